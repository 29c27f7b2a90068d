public class StringBuild {
    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 40; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20000; i++) {
                sb.append("item").append(i).append(',');
                if (i % 50 == 0) sb.append('\n');
            }
            String s = sb.toString();
            total += s.length() + s.indexOf("item19999") + s.hashCode();
            String concat = "";
            for (int i = 0; i < 200; i++) concat = concat + i + ";";
            total += concat.length();
        }
        System.out.println(total);
    }
}
