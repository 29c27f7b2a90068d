import java.util.ArrayList;
import java.util.List;

// String.substring(int, int) done in place by the JVM: results, identity
// (the whole range is the String itself, other ranges are new Strings),
// bounds errors with their messages and user frames, a null receiver's
// helpful NullPointerException, and many substrings kept alive across
// collections.
public class InterpSubstring {
    static String cut(String s, int b, int e) {
        return s.substring(b, e);
    }

    public static void main(String[] args) {
        String s = "hello, w\u00f6rld \u4e2d\u6587";
        int n = s.length();
        System.out.println(cut(s, 0, 5) + "|" + cut(s, 7, n) + "|" + cut(s, 3, 3) + "|");
        // An empty range is the literal "" on HotSpot 17; the whole range is the String itself.
        System.out.println((cut(s, 0, n) == s) + " " + cut(s, 2, 2).isEmpty() + " " + (cut(s, 2, 2) == "")
                + " " + (s.substring(n) == "") + " " + ("" == cut(s, n, n)));
        String a = cut(s, 0, 5), b = cut(s, 0, 5);
        System.out.println((a == b) + " " + a.equals(b) + " " + (a.hashCode() == "hello".hashCode()));
        System.out.println((a.intern() == "hello") + " " + s.subSequence(7, 13));
        System.out.println(cut("", 0, 0).length() + " " + ("" == cut("", 0, 0)));
        int[][] bad = {{-1, 2}, {3, 2}, {0, n + 1}, {n + 1, n + 1}, {Integer.MIN_VALUE, 0}, {0, Integer.MAX_VALUE}};
        for (int[] r : bad) {
            try {
                System.out.println(cut(s, r[0], r[1]));
            } catch (StringIndexOutOfBoundsException e) {
                StringBuilder sb = new StringBuilder(e.toString());
                for (StackTraceElement el : e.getStackTrace()) {
                    if (el.getClassName().equals("InterpSubstring")) {
                        sb.append(" @").append(el.getMethodName()).append(':').append(el.getLineNumber());
                    }
                }
                System.out.println(sb);
            }
        }
        String nul = args.length > 99 ? s : null;
        try {
            System.out.println(nul.substring(1, 2));
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        // Lots of garbage and lots kept: collections happen between fast and slow paths.
        List<String> kept = new ArrayList<>();
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.append((char) ('a' + i % 26));
        String text = big.toString();
        long sum = 0;
        for (int i = 0; i < 200000; i++) {
            String t = text.substring(i % 1000, i % 1000 + 1 + i % 700);
            sum += t.length() + t.charAt(0);
            if (i % 1000 == 0) kept.add(t);
        }
        long keptSum = 0;
        for (String k : kept) keptSum += k.hashCode();
        System.out.println(sum + " " + kept.size() + " " + keptSum);
    }
}
