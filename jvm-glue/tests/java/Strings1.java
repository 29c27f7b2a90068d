public class Strings1 {
    public static void main(String[] args) {
        String s = "  Hello, World!  ";
        String t = s.trim();
        System.out.println("[" + t + "] " + t.length() + " " + t.toUpperCase() + " " + t.toLowerCase());
        System.out.println(t.indexOf('o') + " " + t.lastIndexOf('o') + " " + t.indexOf("World") + " " + t.indexOf("xyz") + " " + t.indexOf('o', 5));
        System.out.println(t.substring(7) + "|" + t.substring(0, 5) + "|" + t.charAt(4) + "|" + t.replace('l', 'L') + "|" + t.replace("World", "There"));
        System.out.println(t.startsWith("Hell") + " " + t.endsWith("!") + " " + t.contains(", ") + " " + t.isEmpty() + " " + "".isEmpty() + " " + "  ".isBlank());
        System.out.println("a,b,,c,".split(",").length + " " + String.join("|", "a,b,,c,".split(",")) + " " + String.join("-", java.util.List.of("x", "y")));
        System.out.println("abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "B".compareToIgnoreCase("a") + " " + "Hello".equalsIgnoreCase("hELLO"));
        System.out.println("hash " + "hello".hashCode() + " " + "".hashCode() + " " + "The quick brown fox".hashCode());
        String a = "lit";
        String b = new String("lit");
        System.out.println((a == b) + " " + a.equals(b) + " " + (a == b.intern()) + " " + (a == "li" + "t"));
        String c1 = "li";
        String dyn = c1 + "t";
        System.out.println((dyn == a) + " " + (dyn.intern() == a));
        System.out.println("ab".repeat(3) + " " + "x".concat("y") + " " + "  pad ".strip() + "|");
        StringBuilder sb = new StringBuilder("abcdef");
        sb.reverse();
        sb.insert(2, "--").deleteCharAt(0).setCharAt(0, 'Z');
        System.out.println(sb + " " + sb.indexOf("--") + " " + sb.charAt(3));
        sb.setLength(3);
        sb.append(1.5).append('c').append(true).delete(0, 1).replace(0, 2, "RR");
        System.out.println(sb);
        char[] cs = {'d', 'a', 'c'};
        java.util.Arrays.sort(cs);
        System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 2).length());
        System.out.println(Character.isDigit('7') + " " + Character.isLetter('x') + " " + Character.isWhitespace('\t') + " " + Character.isUpperCase('Q')
                + " " + Character.getNumericValue('9') + " " + (int) Character.forDigit(11, 16) + " " + Character.digit('f', 16));
        String multi = "line1\nline2\n";
        System.out.print(multi);
        System.out.println("é".length() + " " + (int) "é".charAt(0) + " " + "日本".length());
        System.out.println(String.valueOf(new char[] {'o', 'k'}) + " " + "Mississippi".replace("ss", "SS") + " " + "aaa".replace("a", "bb"));
        System.out.println("x".compareTo("x") == 0 ? "equal" : "not");
    }
}
