import java.util.ArrayList;
import java.util.List;

// String API: search, compare, strip, repeat, join, code points, regionMatches, indent/stripIndent/translateEscapes, exceptions.
public class LangStringApi {
    interface R { Object run() throws Exception; }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String show(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append("\\u").append(Integer.toHexString(c));
        }
        return sb.append("]").toString();
    }

    public static void main(String[] args) {
        String s = "Hello, World! Hello again.";
        t("length", () -> s.length());
        t("indexOf l", () -> s.indexOf('l') + " " + s.indexOf('l', 5) + " " + s.indexOf('l', -3) + " " + s.indexOf('l', 100));
        t("lastIndexOf l", () -> s.lastIndexOf('l') + " " + s.lastIndexOf('l', 5) + " " + s.lastIndexOf('l', -1) + " " + s.lastIndexOf('l', 99));
        t("indexOf str", () -> s.indexOf("Hello") + " " + s.indexOf("Hello", 1) + " " + s.indexOf("") + " " + s.indexOf("", 99) + " " + s.indexOf("", -5) + " " + s.indexOf("xyz"));
        t("lastIndexOf str", () -> s.lastIndexOf("Hello") + " " + s.lastIndexOf("Hello", 13) + " " + s.lastIndexOf("") + " " + s.lastIndexOf("", 5) + " " + s.lastIndexOf("", -1) + " " + s.lastIndexOf("o", 200));
        t("contains", () -> s.contains("World") + " " + s.contains("world") + " " + s.contains(""));
        t("startsWith", () -> s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.startsWith("", 26) + " " + s.startsWith("", 27) + " " + s.startsWith("H", -1));
        t("endsWith", () -> s.endsWith("again.") + " " + s.endsWith("") + " " + s.endsWith("x"));
        t("compareTo", () -> "abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "".compareTo("a") + " " + "B".compareTo("a") + " " + "\u00e9".compareTo("e"));
        t("compareToIgnoreCase", () -> "ABC".compareToIgnoreCase("abd") + " " + "abc".compareToIgnoreCase("ABC") + " " + "Straße".compareToIgnoreCase("STRASSE") + " " + "\u0130".compareToIgnoreCase("i") + " " + "\u0131".compareToIgnoreCase("I"));
        t("equalsIgnoreCase", () -> "HeLLo".equalsIgnoreCase("hello") + " " + "a".equalsIgnoreCase(null) + " " + "\u00df".equalsIgnoreCase("SS") + " " + "\u03a3".equalsIgnoreCase("\u03c2") + " " + "\u0130".equalsIgnoreCase("i"));
        t("CASE_INSENSITIVE_ORDER", () -> String.CASE_INSENSITIVE_ORDER.compare("Apple", "apple") + " " + String.CASE_INSENSITIVE_ORDER.compare("b", "A"));
        t("regionMatches", () -> s.regionMatches(7, "World", 0, 5) + " " + s.regionMatches(true, 7, "WORLD", 0, 5) + " " + s.regionMatches(false, 7, "WORLD", 0, 5) + " " + s.regionMatches(-1, "x", 0, 1) + " " + s.regionMatches(0, "H", 0, -1) + " " + s.regionMatches(25, "..", 0, 2));
        t("substring", () -> s.substring(7) + "|" + s.substring(7, 12) + "|" + s.substring(26) + "|" + s.subSequence(0, 5));
        t("substring bad", () -> s.substring(5, 3));
        t("substring bad2", () -> s.substring(-1));
        t("substring bad3", () -> s.substring(27));
        t("charAt bad", () -> s.charAt(26));
        t("charAt neg", () -> s.charAt(-1));
        t("concat", () -> "ab".concat("cd") + " " + "ab".concat(""));
        t("replace char", () -> s.replace('l', 'L') + " " + s.replace('z', 'q'));
        t("replace seq", () -> s.replace("Hello", "Bye") + " | " + "aaa".replace("aa", "b") + " | " + "abc".replace("", "-") + " | " + "".replace("", "x"));
        t("trim", () -> show(" \t hi \n\u0000".trim()) + show("\u2003x\u2003".trim()) + show("   ".trim()));
        t("strip", () -> show("\u2003 x \u3000".strip()) + show(" \u2003x".stripLeading()) + show("x\u2003 ".stripTrailing()) + show("\u00a0x\u00a0".strip()) + show("   ".strip()));
        t("isBlank", () -> "".isBlank() + " " + " \t\n".isBlank() + " " + "\u2003".isBlank() + " " + "\u00a0".isBlank() + " " + " x ".isBlank());
        t("isEmpty", () -> "".isEmpty() + " " + " ".isEmpty());
        t("repeat", () -> "ab".repeat(3) + "|" + "ab".repeat(0) + "|" + "".repeat(5) + "|" + "x".repeat(1));
        t("repeat neg", () -> "ab".repeat(-2));
        t("repeat huge", () -> "ab".repeat(Integer.MAX_VALUE));
        t("join", () -> String.join("-", "a", "b", "c") + " " + String.join(", ", new ArrayList<>(List.of("x", "y"))) + " " + String.join("", new String[0]) + " " + String.join("/", "a", null));
        t("valueOf", () -> String.valueOf(1.5f) + String.valueOf(true) + String.valueOf('c') + String.valueOf(42L) + String.valueOf((Object) null) + String.valueOf(new char[] {'x', 'y'}) + String.valueOf(new char[] {'a', 'b', 'c'}, 1, 2));
        t("copyValueOf", () -> String.copyValueOf(new char[] {'q', 'r', 's'}) + String.copyValueOf(new char[] {'q', 'r', 's'}, 1, 1));
        t("copyValueOf bad", () -> String.copyValueOf(new char[3], 2, 2));
        t("new String bad", () -> new String(new char[3], -1, 1));
        t("toCharArray", () -> new String(s.toCharArray(), 7, 5));
        t("getChars", () -> {
            char[] d = new char[8];
            java.util.Arrays.fill(d, '.');
            s.getChars(0, 5, d, 2);
            return new String(d);
        });
        t("getChars bad", () -> {
            s.getChars(3, 2, new char[5], 0);
            return null;
        });
        t("getChars bad dst", () -> {
            s.getChars(0, 5, new char[5], 1);
            return null;
        });
        String sup = "a\uD83D\uDE00b\uD800c\uDC00";
        t("codePointAt", () -> sup.codePointAt(0) + " " + sup.codePointAt(1) + " " + sup.codePointAt(2) + " " + sup.codePointAt(4) + " " + sup.codePointAt(6));
        t("codePointAt bad", () -> sup.codePointAt(7));
        t("codePointBefore", () -> sup.codePointBefore(1) + " " + sup.codePointBefore(3) + " " + sup.codePointBefore(2) + " " + sup.codePointBefore(7));
        t("codePointBefore bad", () -> sup.codePointBefore(0));
        t("codePointCount", () -> sup.codePointCount(0, sup.length()) + " " + sup.codePointCount(2, 3) + " " + sup.codePointCount(1, 3));
        t("codePointCount bad", () -> sup.codePointCount(3, 2));
        t("offsetByCodePoints", () -> sup.offsetByCodePoints(0, 2) + " " + sup.offsetByCodePoints(7, -3) + " " + sup.offsetByCodePoints(2, 1));
        t("offsetByCodePoints bad", () -> sup.offsetByCodePoints(0, 9));
        t("indexOf cp", () -> sup.indexOf(0x1F600) + " " + sup.lastIndexOf(0x1F600) + " " + sup.indexOf(0xDE00) + " " + sup.indexOf(-1) + " " + sup.indexOf(0x110000) + " " + sup.lastIndexOf(0xDC00));
        t("new String(int[])", () -> show(new String(new int[] {65, 0x1F600, 0x10FFFF, 0x20}, 0, 4)));
        t("new String(int[]) bad", () -> new String(new int[] {65, -1}, 0, 2));
        t("new String(int[]) bad range", () -> new String(new int[] {65}, 0, 3));
        t("contentEquals", () -> "abc".contentEquals(new StringBuilder("abc")) + " " + "abc".contentEquals(new StringBuffer("abd")) + " " + "abc".contentEquals("abc"));
        t("hashCode", () -> "".hashCode() + " " + s.hashCode() + " " + sup.hashCode() + " " + "polygenelubricants".hashCode());
        t("intern", () -> (new String("intern-me").intern() == "intern-me") + " " + (new String("x") == "x"));
        t("indent", () -> show("a\nb\r\nc\rd".indent(2)) + show("   a\n  b\n".indent(-1)) + show("  a\n b".indent(-5)) + show("x".indent(0)) + show("".indent(3)) + show("a\n\nb\n".indent(1)));
        t("stripIndent", () -> show("   a\n    b\n   c".stripIndent()) + show("  a\n   b\n".stripIndent()) + show("  x  \n  \n   y".stripIndent()) + show("".stripIndent()));
        t("translateEscapes", () -> show("a\\tb\\nc\\\\d\\'e\\\"f\\s\\0\\12\\101\\377\\400\\bq\\f\\r".translateEscapes()) + show("x\\\ny".translateEscapes()));
        t("translateEscapes bad", () -> "\\q".translateEscapes());
        t("transform", () -> "abc".transform(x -> x.length() * 2));
        t("compareTo null", () -> "x".compareTo(null));
        t("chars of sequence", () -> {
            CharSequence cs = new StringBuilder("xyz");
            return cs.length() + " " + cs.charAt(1) + " " + cs.subSequence(1, 3) + " " + cs.isEmpty();
        });
        t("CharSequence.compare", () -> CharSequence.compare("abc", new StringBuilder("abd")) + " " + CharSequence.compare("b", "ab") + " " + CharSequence.compare("", ""));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300; i++) many.append((char) ('a' + i % 26));
        String m = many.toString();
        int acc = 0;
        for (int i = 0; i < 26; i++) acc = acc * 31 + m.indexOf((char) ('a' + i), i * 3) + m.lastIndexOf("" + (char) ('a' + i) + (char) ('a' + (i + 1) % 26));
        System.out.println("acc " + acc);
    }
}
