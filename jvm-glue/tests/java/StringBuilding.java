public class StringBuilding {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            sb.append(i % 10);
            if (i % 100 == 99) sb.append('\n');
        }
        String s = sb.toString();
        System.out.println(s.length() + " " + s.hashCode() + " " + s.substring(0, 20));
        int lines = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') lines++;
        System.out.println(lines);
        String acc = "";
        for (int i = 0; i < 300; i++) acc = acc + (char) ('a' + i % 26);
        System.out.println(acc.length() + " " + acc.substring(290));
        StringBuilder rev = new StringBuilder(acc).reverse();
        System.out.println(rev.substring(0, 10) + " " + rev.indexOf("zyx"));
        System.out.println(String.format("%5d|%-5d|%05d|%x|%X|%o|%s|%10s|%-10s|%c|%b|%%|%n", 42, 42, 42, 255, 255, 8, "str", "right", "left", 'z', true).trim());
        System.out.println(String.format("%.2f %.0f %.3f %10.4f %-8.1f| %e %,d %+d", 3.14159, 2.5, -0.0005, Math.PI, 1.25, 12345.678, 1234567, 5));
        System.out.printf("%s has %d items costing %.2f%n", "cart", 3, 19.999);
        System.out.println(String.format("%08.3f|%,.2f|%.1f|%.2f|%.2f", -3.14159, 1234567.891, 0.05, 1.005, 0.125));
    }
}
