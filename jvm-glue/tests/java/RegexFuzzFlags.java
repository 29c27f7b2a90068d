import java.util.Random;
import java.util.regex.*;

/** Seeded random patterns with flags, classes, properties and named groups, on inputs with line breaks and case. */
public class RegexFuzzFlags {
    static Random r;
    static int groups;

    static String cls() {
        String[] items = {"a-c", "A-Z", "x", "\\d", "\\s", "\\w", "\\p{Lu}", "\\p{Punct}", "\u00e0-\u00ff", "_", "\\n", ".", "-", "\\]", "&&"};
        StringBuilder sb = new StringBuilder("[");
        if (r.nextInt(3) == 0) sb.append('^');
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String it = items[r.nextInt(items.length)];
            if (it.equals("&&") && (i == 0 || i == n - 1)) it = "b";
            if (it.equals("&&") && r.nextBoolean()) it = "&&[^a]";
            sb.append(it);
        }
        return sb.append(']').toString();
    }

    static String atom(int depth) {
        switch (r.nextInt(depth > 2 ? 10 : 15)) {
            case 0: case 1: return String.valueOf("aAbB1 \u00e9\u00c9".charAt(r.nextInt(8)));
            case 2: return ".";
            case 3: case 4: return cls();
            case 5: return new String[] {"^", "$", "\\b", "\\A", "\\z", "\\Z", "\\R", "\\G"}[r.nextInt(8)];
            case 6: return new String[] {"\\p{L}", "\\P{L}", "\\p{IsUppercase}", "\\W", "\\S", "\\h", "\\x{e9}", "\\Q.*\\E"}[r.nextInt(8)];
            case 7: return groups > 0 ? (r.nextBoolean() ? "\\" + (1 + r.nextInt(groups)) : "\\k<g" + (1 + r.nextInt(groups)) + ">") : "a";
            case 8: return new String[] {"(?i)", "(?-i)", "(?m)", "(?s)", "(?x) ", "(?u)"}[r.nextInt(6)];
            case 9: return "b";
            case 10: case 11: groups++; return "(?<g" + groups + ">" + alt(depth + 1) + ")";
            case 12: return "(?" + new String[] {"i", "m", "s", "-i", "iu"}[r.nextInt(5)] + ":" + alt(depth + 1) + ")";
            case 13: return "(?=" + alt(depth + 1) + ")";
            default: return "(?<!" + new String[] {"a", "\\d", "[ab]{1,2}", "B|\u00e9"}[r.nextInt(4)] + ")";
        }
    }

    static String quant(String a) {
        if (a.startsWith("(?") && a.endsWith(")") && !a.contains(":") && !a.contains("=") && !a.contains("<")) return a;
        if (a.startsWith("\\b") || a.equals("^") || a.equals("$") || a.startsWith("\\A") || a.startsWith("\\z") || a.startsWith("\\Z") || a.startsWith("\\G")) return a;
        if (a.equals("(?x) ")) return a;
        int k = r.nextInt(10);
        String q = k < 5 ? "" : new String[] {"*", "+", "?", "{1,2}", "{2}"}[k - 5];
        if (!q.isEmpty() && r.nextInt(4) == 0) q += r.nextBoolean() ? "?" : "+";
        return a + q;
    }

    static String seq(int depth) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) sb.append(quant(atom(depth)));
        return sb.toString();
    }

    static String alt(int depth) {
        String s = seq(depth);
        if (r.nextInt(4) == 0) s += "|" + seq(depth);
        return s;
    }

    static String input() {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(9);
        for (int i = 0; i < n; i++) sb.append("aAbB1 \n\u00e9\u00c9._-\r".charAt(r.nextInt(13)));
        return sb.toString();
    }

    static String esc(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    public static void main(String[] args) {
        r = new Random(args.length > 0 ? Long.parseLong(args[0]) : 31337);
        int[] flagSet = {0, Pattern.CASE_INSENSITIVE, Pattern.MULTILINE, Pattern.DOTALL, Pattern.COMMENTS,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, Pattern.UNIX_LINES, Pattern.MULTILINE | Pattern.DOTALL};
        for (int p = 0; p < 500; p++) {
            groups = 0;
            String pat = alt(0);
            int flags = flagSet[r.nextInt(flagSet.length)];
            Pattern c;
            try {
                c = Pattern.compile(pat, flags);
            } catch (PatternSyntaxException e) {
                System.out.println(esc(pat) + " /" + flags + " ! " + e.getDescription() + " @" + e.getIndex());
                continue;
            }
            StringBuilder sb = new StringBuilder(esc(pat)).append(" /").append(flags).append(" :");
            for (int k = 0; k < 4; k++) {
                String in = input();
                Matcher m = c.matcher(in);
                sb.append(" '").append(esc(in)).append("'=").append(m.matches() ? "M" : "-").append(m.hitEnd() ? "e" : "");
                m.reset();
                while (m.find()) {
                    sb.append(' ').append(m.start()).append('-').append(m.end());
                    for (int g = 1; g <= m.groupCount(); g++) sb.append(g == 1 ? "(" : ",").append(m.start(g)).append(g == m.groupCount() ? ")" : "");
                }
                sb.append(m.hitEnd() ? " E" : "");
                try {
                    sb.append(" r=").append(esc(c.matcher(in).replaceAll("<$0>")));
                } catch (RuntimeException e) {
                    sb.append(" r!").append(e.getClass().getSimpleName());
                }
            }
            System.out.println(sb);
        }
    }
}
