import java.util.Objects;

// Static int checks the JVM runs in place (String.checkBoundsBeginEnd and
// checkOffsetCount behind substring/new String, Objects.checkIndex/
// checkFromToIndex/checkFromIndexSize, Math.max/min): results when they
// pass, and when they fail the same exception, message and user frames as
// the Java methods, including int overflow at the edges.
public class InterpCheckCalls {
    static final int MIN = Integer.MIN_VALUE, MAX = Integer.MAX_VALUE;

    interface Body {
        Object run();
    }

    static void attempt(String what, Body b) {
        try {
            System.out.println(what + " = " + b.run());
        } catch (RuntimeException e) {
            StringBuilder sb = new StringBuilder(what + " threw " + e);
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().startsWith("InterpCheckCalls")) {
                    sb.append(" @").append(el.getMethodName()).append(':').append(el.getLineNumber());
                }
            }
            System.out.println(sb);
        }
    }

    static String sub(String s, int b, int e) {
        return s.substring(b, e);
    }

    public static void main(String[] args) {
        String s = "hello, world";
        int[][] triples = {
            {0, 0, 0}, {0, 5, 12}, {3, 3, 12}, {12, 12, 12}, {-1, 2, 12}, {5, 4, 12}, {0, 13, 12},
            {MIN, 0, 12}, {0, MAX, 12}, {MAX, MAX, 12}, {2, MIN, 12}, {1, 2, MIN}, {1, 2, MAX},
            {MAX, 1, MIN}, {1, MAX, MAX}, {MAX, MAX, MAX}, {MIN, MIN, MIN}, {-5, -3, 10},
        };
        for (int[] t : triples) {
            int a = t[0], b = t[1], c = t[2];
            String tag = "(" + a + ", " + b + ", " + c + ")";
            attempt("checkFromToIndex" + tag, () -> Objects.checkFromToIndex(a, b, c));
            attempt("checkFromIndexSize" + tag, () -> Objects.checkFromIndexSize(a, b, c));
            attempt("checkIndex" + tag, () -> Objects.checkIndex(a, c));
            attempt("max" + tag, () -> Math.max(a, b) + Math.max(b, c) + Math.max(MIN, a));
            attempt("min" + tag, () -> Math.min(a, b) + Math.min(b, c) + Math.min(MAX, a));
            if (c >= 0 && c <= s.length()) {
                String base = s.substring(0, c);
                attempt("substring" + tag, () -> sub(base, a, b));
                attempt("subSequence" + tag, () -> base.subSequence(a, b));
                attempt("substring1" + tag, () -> base.substring(a));
                char[] chars = base.toCharArray();
                attempt("new String" + tag, () -> new String(chars, a, b));
                attempt("valueOf" + tag, () -> String.valueOf(chars, a, b));
                attempt("sb.append" + tag, () -> new StringBuilder("x").append(base, a, b));
            }
        }
        // In a hot loop (the checks quickened in place), then failing in the same place.
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            sum += Objects.checkIndex(i % 7, 7) + Math.max(i, 1000) - Math.min(i, 3);
            sum += s.substring(i % 5, 5 + i % 7).length();
        }
        System.out.println("sum " + sum);
        for (int i = 0; i < 3; i++) {
            int k = 5 + i;
            attempt("loop checkIndex " + k, () -> Objects.checkIndex(k, 7));
            attempt("loop substring " + k, () -> sub("abcdef", k - 5, k));
        }
    }
}
