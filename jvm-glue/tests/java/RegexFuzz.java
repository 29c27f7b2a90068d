import java.util.Random;
import java.util.regex.*;

/** Seeded random patterns and inputs; prints every match so any engine difference shows. */
public class RegexFuzz {
    static Random r = new Random(20261122);
    static int groups;

    static String atom(int depth) {
        switch (r.nextInt(depth > 2 ? 9 : 16)) {
            case 0: case 1: case 2: return String.valueOf("ab1 ".charAt(r.nextInt(4)));
            case 3: return ".";
            case 4: return new String[] {"[ab]", "[^a]", "[a-c1]", "\\d", "\\w", "\\s", "[^\\s]", "\\W"}[r.nextInt(8)];
            case 5: return new String[] {"^", "$", "\\b", "\\B"}[r.nextInt(4)];
            case 6: return groups > 0 && r.nextInt(3) == 0 ? "\\" + (1 + r.nextInt(groups)) : "a";
            case 7: return "(?i)" + "AB".charAt(r.nextInt(2));
            case 8: return "b";
            case 9: case 10: groups++; return "(" + alt(depth + 1) + ")";
            case 11: return "(?:" + alt(depth + 1) + ")";
            case 12: return "(?=" + alt(depth + 1) + ")";
            case 13: return "(?!" + alt(depth + 1) + ")";
            case 14: return "(?<=" + new String[] {"a", "b", "ab", "a|b1", "[ab]{1,2}"}[r.nextInt(5)] + ")";
            default: return "(?>" + alt(depth + 1) + ")";
        }
    }

    static String quant(String a) {
        if (a.equals("^") || a.equals("$") || a.startsWith("\\b") || a.startsWith("\\B") || a.startsWith("(?i)")) return a;
        int k = r.nextInt(12);
        String q = k < 5 ? "" : new String[] {"*", "+", "?", "{2}", "{0,2}", "{1,}", "{2,3}"}[k - 5];
        if (!q.isEmpty()) {
            int m = r.nextInt(5);
            if (m == 0) q += "?";
            else if (m == 1) q += "+";
        }
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
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) sb.append("aab1 B".charAt(r.nextInt(6)));
        return sb.toString();
    }

    public static void main(String[] args) {
        int cases = 0;
        for (int p = 0; p < 400; p++) {
            groups = 0;
            String pat = alt(0);
            Pattern c;
            try {
                c = Pattern.compile(pat);
            } catch (PatternSyntaxException e) {
                System.out.println(pat + " ! " + e.getDescription() + " @" + e.getIndex());
                continue;
            }
            StringBuilder sb = new StringBuilder(pat).append(" :");
            for (int k = 0; k < 4; k++) {
                String in = input();
                cases++;
                Matcher m = c.matcher(in);
                sb.append(" '").append(in).append("'=").append(m.matches() ? "M" : "-");
                m.reset();
                while (m.find()) {
                    sb.append(' ').append(m.start()).append('-').append(m.end());
                    for (int g = 1; g <= m.groupCount(); g++) sb.append(g == 1 ? "(" : ",").append(m.start(g)).append(g == m.groupCount() ? ")" : "");
                }
                sb.append(m.hitEnd() ? " E" : "");
            }
            System.out.println(sb);
        }
        System.out.println("cases " + cases);
    }
}
