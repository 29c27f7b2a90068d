import java.util.Arrays;
import java.util.regex.*;

public class RegexMore {
    static String esc(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 32 || c > 126) sb.append("\\u").append(Integer.toHexString(c));
            else sb.append(c);
        }
        return sb.toString();
    }

    static void finds(String p, int flags, String s) {
        try {
            Matcher m = Pattern.compile(p, flags).matcher(s);
            StringBuilder sb = new StringBuilder(esc(p) + " /" + flags + " on " + esc(s) + ":");
            while (m.find()) {
                sb.append(" [").append(m.start()).append(',').append(m.end());
                for (int g = 1; g <= m.groupCount(); g++) sb.append(' ').append(esc(m.group(g)));
                sb.append(']');
            }
            sb.append(" hitEnd=").append(m.hitEnd());
            System.out.println(sb);
        } catch (RuntimeException e) {
            System.out.println(esc(p) + " threw " + e.getClass().getName() + ": " + esc(e.getMessage()));
        }
    }

    public static void main(String[] args) {
        String e = "a\uD83D\uDE00b";
        System.out.println(e.matches("a.b") + " " + e.matches("a..b") + " " + esc(e.replaceAll(".", "x")) + " " + e.split("").length + " " + e.replaceAll("", "-").length());
        System.out.println(e.matches("a[\uD83D\uDE00]b") + " " + e.matches("a\\x{1F600}b") + " " + e.matches("a[^x]b") + " " + e.matches("a\\W+b")
            + " " + e.matches("a\uD83D\uDE00?b") + " " + e.matches("a\uD83D\uDE00{1}b") + " " + e.matches("a.*?b") + " " + e.matches("a[\\x{1F600}-\\x{1F64F}]+b"));
        finds(".", 0, e);
        finds("", 0, e);
        finds("[^a]", 0, e);
        finds("\\D{1,2}", 0, e + e);
        finds("(?<=\uD83D\uDE00)b", 0, e);
        // hitEnd
        String[][] he = {{"abc", "xab"}, {"a+", "xaa"}, {"a+b", "aac"}, {"a|ab", "a"}, {"\\d{3}", "12a"}, {"foo$", "foo"}, {"x", "abc"}, {"a*?", "aa"}, {"\\bab", "ab"}, {"(?=abc)", "ab"}};
        for (String[] h : he) finds(h[0], 0, h[1]);
        Matcher hm = Pattern.compile("a|ab").matcher("a");
        System.out.println("matches a|ab: " + hm.matches() + " " + hm.hitEnd());
        Matcher hl = Pattern.compile("\\d{3}").matcher("12a");
        System.out.println("lookingAt: " + hl.lookingAt() + " " + hl.hitEnd());
        // flags combinations
        int[] fl = {0, Pattern.CASE_INSENSITIVE, Pattern.MULTILINE, Pattern.DOTALL, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL,
            Pattern.UNIX_LINES, Pattern.COMMENTS, Pattern.LITERAL, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE, Pattern.UNICODE_CHARACTER_CLASS};
        String[] pats = {"^a.c$", "A\\w+", "[a-c]+ # x", "(?-i)a", "\\w+", "\u00e4+", "a.c", "\\bx"};
        String in = "abc\nAbC\r\na\u00e4\u00c4c x\u00e9x";
        for (String p : pats) for (int f : fl) finds(p, f, in);
        // find(int), region interplay, \G
        Matcher m = Pattern.compile("\\Gx").matcher("xxaxx");
        System.out.println(m.find(3) + " " + m.start() + " " + m.find() + " " + m.start() + " " + m.find());
        Matcher r = Pattern.compile("\\w+").matcher("one two three");
        r.region(4, 9);
        StringBuilder sb = new StringBuilder();
        while (r.find()) sb.append(r.group()).append('|');
        System.out.println(sb + " " + r.regionStart() + " " + r.regionEnd());
        r.region(4, 9);
        System.out.println(r.lookingAt() + " " + r.group() + " " + r.matches());
        System.out.println(Pattern.compile("(?<=o)t").matcher("ot").region(1, 2).find() + " "
            + Pattern.compile("(?<=o)t").matcher("ot").region(1, 2).useTransparentBounds(true).find());
        // appendReplacement with groups and escapes in a loop
        Matcher a = Pattern.compile("(?<w>[a-z]+)(\\d*)").matcher("ab12 cd ef3");
        StringBuilder out = new StringBuilder();
        while (a.find()) a.appendReplacement(out, a.group(2).isEmpty() ? "<${w}>" : "\\$$2:$1");
        System.out.println(a.appendTail(out));
        // replaceAll with function that uses groups
        System.out.println(Pattern.compile("(\\w)(\\w*)").matcher("hello big world").replaceAll(mr -> mr.group(1).toUpperCase() + mr.group(2)));
        System.out.println("a-b_c d".replaceAll("[-_ ](\\w)", "$1$1"));
        System.out.println("x".replaceAll("x", "\\\\") + " " + "x".replaceAll("x", "\\$") + " " + "aaa".replaceAll("a*", "<$0>") + " " + "abc".replaceAll("", "/"));
        System.out.println("Tab\tand\nnewline".replaceAll("\\s", "_") + " " + "CamelCaseString".replaceAll("([A-Z])", " $1").trim());
        System.out.println(Arrays.toString("2021-07-04T10:15:30".split("[-T:]")) + Arrays.toString("a1b2c3".split("(?<=\\d)")) + Arrays.toString(" x ".split("\\b")));
        // backtracking-heavy but bounded inputs
        System.out.println(Pattern.matches("(a|aa)+b", "a".repeat(18) + "c") + " " + Pattern.matches("(?:a+)+b", "a".repeat(16)) + " "
            + Pattern.matches("(x+x+)+y", "x".repeat(14)) + " " + Pattern.matches("(a|b|ab)*c", "ab".repeat(12) + "c"));
        System.out.println(Pattern.compile("(\\w+)\\s(\\w+)").matcher("w".repeat(300) + " " + "v".repeat(300)).matches());
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 400; i++) big.append("item").append(i).append(i % 7 == 0 ? ";" : ",");
        System.out.println(big.toString().split("[,;]").length + " " + big.toString().replaceAll("item(\\d+)", "$1").length());
    }
}
