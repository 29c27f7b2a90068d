package java.lang;

import java.util.ArrayList;

/**
 * A small backtracking regular-expression engine behind String.split,
 * matches, replaceAll and replaceFirst: literals, '.', classes [a-z] [^...],
 * \d \w \s \D \W \S, escapes, groups (...) and (?:...), alternation,
 * greedy * + ? {n} {n,} {n,m}, anchors ^ $. No backreferences, no lazy
 * or possessive quantifiers, no lookaround.
 */
final class Regex {
    // Node kinds.
    private static final int CHAR = 0, ANY = 1, CLASS = 2, GROUP = 3, BOL = 4, EOL = 5;

    private static final class Node {
        int kind;
        char c;
        boolean negated;
        char[] ranges; // pairs lo,hi
        ArrayList<ArrayList<Node>> alts; // GROUP alternatives
        int min = 1, max = 1;
    }

    private final ArrayList<ArrayList<Node>> top;
    private final String src;
    private int p;

    Regex(String pattern) {
        src = pattern;
        top = alternatives();
        if (p != src.length()) throw new IllegalArgumentException("Unmatched closing ')' near index " + p);
    }

    /** True when `s` has no metacharacters, so a plain substring search is exact. */
    static boolean isLiteral(String s) {
        if (s.length() == 2 && s.charAt(0) == '\\' && !Character.isLetterOrDigit(s.charAt(1))) return false;
        for (int i = 0; i < s.length(); i++) {
            if (".$|()[{^?*+\\".indexOf(s.charAt(i)) >= 0) return false;
        }
        return true;
    }

    private ArrayList<ArrayList<Node>> alternatives() {
        ArrayList<ArrayList<Node>> alts = new ArrayList<>();
        ArrayList<Node> seq = new ArrayList<>();
        alts.add(seq);
        while (p < src.length()) {
            char c = src.charAt(p);
            if (c == ')') break;
            if (c == '|') {
                p++;
                seq = new ArrayList<>();
                alts.add(seq);
                continue;
            }
            Node n = atom();
            quantifier(n);
            seq.add(n);
        }
        return alts;
    }

    private Node atom() {
        char c = src.charAt(p++);
        Node n = new Node();
        switch (c) {
            case '.':
                n.kind = ANY;
                return n;
            case '^':
                n.kind = BOL;
                return n;
            case '$':
                n.kind = EOL;
                return n;
            case '(':
                if (src.startsWith("?:", p)) p += 2;
                n.kind = GROUP;
                n.alts = alternatives();
                if (p >= src.length()) throw new IllegalArgumentException("Unclosed group near index " + p);
                p++;
                return n;
            case '[':
                return charClass();
            case '\\':
                return escape(n);
            default:
                n.kind = CHAR;
                n.c = c;
                return n;
        }
    }

    private Node escape(Node n) {
        if (p >= src.length()) throw new IllegalArgumentException("Unexpected internal error near index " + p);
        char e = src.charAt(p++);
        String cls = predefined(e);
        if (cls != null) {
            n.kind = CLASS;
            n.negated = Character.isUpperCase(e);
            n.ranges = cls.toCharArray();
            return n;
        }
        n.kind = CHAR;
        n.c = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == 'f' ? '\f' : e;
        return n;
    }

    private static String predefined(char e) {
        switch (Character.toLowerCase(e)) {
            case 'd':
                return "09";
            case 'w':
                return "azAZ09__";
            case 's':
                return "  \t\r\u000b\u000b\f\f";
            default:
                return null;
        }
    }

    private Node charClass() {
        Node n = new Node();
        n.kind = CLASS;
        StringBuilder r = new StringBuilder();
        if (p < src.length() && src.charAt(p) == '^') {
            n.negated = true;
            p++;
        }
        boolean first = true;
        while (p < src.length() && (src.charAt(p) != ']' || first)) {
            first = false;
            char c = src.charAt(p++);
            if (c == '\\' && p < src.length()) {
                char e = src.charAt(p++);
                String cls = predefined(e);
                if (cls != null && !Character.isUpperCase(e)) {
                    r.append(cls);
                    continue;
                }
                c = e == 't' ? '\t' : e == 'n' ? '\n' : e;
            }
            char hi = c;
            if (p + 1 < src.length() && src.charAt(p) == '-' && src.charAt(p + 1) != ']') {
                hi = src.charAt(p + 1);
                p += 2;
            }
            r.append(c).append(hi);
        }
        if (p >= src.length()) throw new IllegalArgumentException("Unclosed character class near index " + (p - 1));
        p++;
        n.ranges = r.toString().toCharArray();
        return n;
    }

    private void quantifier(Node n) {
        if (p >= src.length()) return;
        char c = src.charAt(p);
        if (c == '*') {
            n.min = 0;
            n.max = Integer.MAX_VALUE;
        } else if (c == '+') {
            n.min = 1;
            n.max = Integer.MAX_VALUE;
        } else if (c == '?') {
            n.min = 0;
            n.max = 1;
        } else if (c == '{') {
            int close = src.indexOf('}', p);
            if (close < 0) return;
            String body = src.substring(p + 1, close);
            int comma = body.indexOf(',');
            if (comma < 0) {
                n.min = n.max = Integer.parseInt(body);
            } else {
                n.min = Integer.parseInt(body.substring(0, comma));
                n.max = comma == body.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(body.substring(comma + 1));
            }
            p = close + 1;
            return;
        } else {
            return;
        }
        p++;
    }

    private static boolean classHas(Node n, char c) {
        boolean in = false;
        for (int i = 0; i + 1 < n.ranges.length; i += 2) {
            if (c >= n.ranges[i] && c <= n.ranges[i + 1]) {
                in = true;
                break;
            }
        }
        return in != n.negated;
    }

    /** End index of a match of `seq[k..]` at `i`, then `rest`, or -1. */
    private int matchSeq(ArrayList<Node> seq, int k, String s, int i, Cont rest) {
        if (k == seq.size()) return rest.run(i);
        Node n = seq.get(k);
        if (n.kind == BOL) return i == 0 ? matchSeq(seq, k + 1, s, i, rest) : -1;
        if (n.kind == EOL) return i == s.length() ? matchSeq(seq, k + 1, s, i, rest) : -1;
        return matchRepeat(seq, k, n, 0, s, i, rest);
    }

    private int matchRepeat(ArrayList<Node> seq, int k, Node n, int count, String s, int i, Cont rest) {
        if (count < n.max) {
            // Greedy: try one more repetition first.
            if (n.kind == GROUP) {
                final int c = count;
                int r = matchAlts(n.alts, s, i, j -> j == i && c >= n.min ? -1 : matchRepeat(seq, k, n, c + 1, s, j, rest));
                if (r >= 0) return r;
            } else if (i < s.length() && single(n, s.charAt(i))) {
                int r = matchRepeat(seq, k, n, count + 1, s, i + 1, rest);
                if (r >= 0) return r;
            }
        }
        return count >= n.min ? matchSeq(seq, k + 1, s, i, rest) : -1;
    }

    private static boolean single(Node n, char c) {
        switch (n.kind) {
            case CHAR:
                return n.c == c;
            case ANY:
                return c != '\n';
            default:
                return classHas(n, c);
        }
    }

    private int matchAlts(ArrayList<ArrayList<Node>> alts, String s, int i, Cont rest) {
        for (ArrayList<Node> seq : alts) {
            int r = matchSeq(seq, 0, s, i, rest);
            if (r >= 0) return r;
        }
        return -1;
    }

    private interface Cont {
        int run(int i);
    }

    /** End of a match starting exactly at `i`, or -1. */
    int matchAt(String s, int i) {
        return matchAlts(top, s, i, j -> j);
    }

    boolean matches(String s) {
        return matchAlts(top, s, 0, j -> j == s.length() ? j : -1) >= 0;
    }

    /** [start, end] of the first match at or after `from`, or null. */
    int[] find(String s, int from) {
        for (int i = from; i <= s.length(); i++) {
            int e = matchAt(s, i);
            if (e >= 0) return new int[] {i, e};
        }
        return null;
    }

    /** Pattern.split semantics, including the rules for zero-width matches. */
    String[] split(String s, int limit) {
        ArrayList<String> parts = new ArrayList<>();
        int index = 0, from = 0;
        boolean matched = false;
        while (from <= s.length()) {
            int[] m = find(s, from);
            if (m == null) break;
            from = m[1] == m[0] ? m[1] + 1 : m[1];
            if (limit > 0 && parts.size() >= limit - 1) break;
            if (index == 0 && m[0] == 0 && m[1] == 0) continue;
            matched = true;
            parts.add(s.substring(index, m[0]));
            index = m[1];
        }
        if (!matched) return new String[] {s};
        parts.add(s.substring(index));
        int n = parts.size();
        if (limit == 0) {
            while (n > 0 && parts.get(n - 1).isEmpty()) n--;
        }
        String[] r = new String[n];
        for (int k = 0; k < n; k++) r[k] = parts.get(k);
        return r;
    }

    String replace(String s, String replacement, boolean all) {
        StringBuilder sb = new StringBuilder();
        int from = 0, last = 0;
        while (from <= s.length()) {
            int[] m = find(s, from);
            if (m == null) break;
            sb.append(s, last, m[0]);
            for (int k = 0; k < replacement.length(); k++) {
                char c = replacement.charAt(k);
                if (c == '\\' && k + 1 < replacement.length()) c = replacement.charAt(++k);
                sb.append(c);
            }
            last = m[1];
            if (m[1] == m[0]) {
                if (m[0] < s.length()) sb.append(s.charAt(m[0]));
                last = m[0] + 1;
                from = m[0] + 1;
            } else {
                from = m[1];
            }
            if (!all) break;
        }
        if (last < s.length()) sb.append(s, last, s.length());
        return sb.toString();
    }
}
