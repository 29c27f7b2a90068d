package java.util;

/**
 * A small backtracking regular-expression matcher for Scanner (delimiters, hasNext(pattern)): alternation,
 * groups ((...), (?:...)), greedy and reluctant quantifiers (* + ? {n} {n,} {n,m}), '.', classes [...] with
 * ranges and negation, \s \S \d \D \w \W \p{...} (javaWhitespace, Alpha, Digit, Alnum, Upper, Lower, Punct,
 * Space, L, N), escapes, ^ and $. No back references or look-around.
 */
final class ScanRegex {
    private interface Cont {
        int run(int pos);
    }

    private abstract static class Node {
        abstract int match(String s, int pos, Cont k);
    }

    /** One character from a set. */
    private static final class CharSet extends Node {
        private final StringBuilder ranges = new StringBuilder(); // pairs lo,hi
        private final ArrayList<CharSet> subs = new ArrayList<>();
        private final ArrayList<CharSet> negSubs = new ArrayList<>();
        boolean negated;
        boolean any; // '.': anything but line terminators

        void range(char lo, char hi) {
            ranges.append(lo).append(hi);
        }

        boolean has(char c) {
            boolean in = false;
            if (any) in = c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029';
            for (int i = 0; !in && i < ranges.length(); i += 2) {
                in = c >= ranges.charAt(i) && c <= ranges.charAt(i + 1);
            }
            for (int i = 0; !in && i < subs.size(); i++) in = subs.get(i).has(c);
            for (int i = 0; !in && i < negSubs.size(); i++) in = !negSubs.get(i).has(c);
            return in != negated;
        }

        int match(String s, int pos, Cont k) {
            return pos < s.length() && has(s.charAt(pos)) ? k.run(pos + 1) : -1;
        }
    }

    private static final class Seq extends Node {
        final ArrayList<Node> items = new ArrayList<>();

        int match(String s, int pos, Cont k) {
            return step(s, 0, pos, k);
        }

        private int step(String s, int i, int pos, Cont k) {
            if (i == items.size()) return k.run(pos);
            return items.get(i).match(s, pos, p -> step(s, i + 1, p, k));
        }
    }

    private static final class Alt extends Node {
        final ArrayList<Node> alts = new ArrayList<>();

        int match(String s, int pos, Cont k) {
            for (Node n : alts) {
                int r = n.match(s, pos, k);
                if (r >= 0) return r;
            }
            return -1;
        }
    }

    private static final class Repeat extends Node {
        final Node atom;
        final int min, max;
        final boolean greedy;

        Repeat(Node atom, int min, int max, boolean greedy) {
            this.atom = atom;
            this.min = min;
            this.max = max;
            this.greedy = greedy;
        }

        int match(String s, int pos, Cont k) {
            if (atom instanceof CharSet) {
                CharSet cs = (CharSet) atom;
                int n = 0;
                while (n < max && pos + n < s.length() && cs.has(s.charAt(pos + n))) n++;
                if (n < min) return -1;
                if (greedy) {
                    for (int j = n; j >= min; j--) {
                        int r = k.run(pos + j);
                        if (r >= 0) return r;
                    }
                } else {
                    for (int j = min; j <= n; j++) {
                        int r = k.run(pos + j);
                        if (r >= 0) return r;
                    }
                }
                return -1;
            }
            return rep(s, pos, 0, k);
        }

        private int rep(String s, int pos, int count, Cont k) {
            if (!greedy && count >= min) {
                int r = k.run(pos);
                if (r >= 0) return r;
            }
            if (count < max) {
                int r = atom.match(s, pos, p -> p == pos && count >= min ? -1 : rep(s, p, count + 1, k));
                if (r >= 0) return r;
            }
            if (greedy && count >= min) return k.run(pos);
            return -1;
        }
    }

    private static final class Anchor extends Node {
        final boolean begin;

        Anchor(boolean begin) {
            this.begin = begin;
        }

        int match(String s, int pos, Cont k) {
            if (begin ? pos == 0 : pos == s.length()) return k.run(pos);
            return -1;
        }
    }

    private final Node root;
    private final String source;

    private ScanRegex(String regex) {
        source = regex;
        this.regex = regex;
        Node n = parseAlt();
        if (p < regex.length()) throw new IllegalArgumentException("Unmatched closing ')' near index " + (p - 1) + "\n" + regex);
        root = n;
    }

    static ScanRegex compile(String regex) {
        return new ScanRegex(regex);
    }

    public String toString() {
        return source;
    }

    /** End of a match starting exactly at pos (first in priority order), or -1. */
    int lookingAt(String s, int pos) {
        return root.match(s, pos, e -> e);
    }

    /** True if the whole of s matches. */
    boolean matches(String s) {
        int n = s.length();
        return root.match(s, 0, e -> e == n ? e : -1) >= 0;
    }

    /** {start, end} of the first match at or after from, or null. */
    int[] find(String s, int from) {
        for (int i = from; i <= s.length(); i++) {
            int e = lookingAt(s, i);
            if (e >= 0) return new int[] {i, e};
        }
        return null;
    }

    // ---- parser ----

    private final String regex;
    private int p;

    private PatternError error(String what) {
        return new PatternError(what + " near index " + p + "\n" + regex);
    }

    /** Thrown for patterns this matcher cannot parse. */
    static final class PatternError extends IllegalArgumentException {
        PatternError(String m) {
            super(m);
        }
    }

    private Node parseAlt() {
        Alt alt = new Alt();
        alt.alts.add(parseSeq());
        while (p < regex.length() && regex.charAt(p) == '|') {
            p++;
            alt.alts.add(parseSeq());
        }
        return alt.alts.size() == 1 ? alt.alts.get(0) : alt;
    }

    private Node parseSeq() {
        Seq seq = new Seq();
        while (p < regex.length()) {
            char c = regex.charAt(p);
            if (c == '|' || c == ')') break;
            Node atom = parseAtom();
            if (p < regex.length()) {
                char q = regex.charAt(p);
                int min = -1, max = -1;
                if (q == '*') {
                    min = 0;
                    max = Integer.MAX_VALUE;
                    p++;
                } else if (q == '+') {
                    min = 1;
                    max = Integer.MAX_VALUE;
                    p++;
                } else if (q == '?') {
                    min = 0;
                    max = 1;
                    p++;
                } else if (q == '{' && p + 1 < regex.length() && Character.isDigit(regex.charAt(p + 1))) {
                    p++;
                    min = number();
                    max = min;
                    if (p < regex.length() && regex.charAt(p) == ',') {
                        p++;
                        max = p < regex.length() && Character.isDigit(regex.charAt(p)) ? number() : Integer.MAX_VALUE;
                    }
                    if (p >= regex.length() || regex.charAt(p) != '}') throw error("Unclosed counted closure");
                    p++;
                }
                if (min >= 0) {
                    boolean greedy = true;
                    if (p < regex.length() && regex.charAt(p) == '?') {
                        greedy = false;
                        p++;
                    } else if (p < regex.length() && regex.charAt(p) == '+') {
                        p++; // possessive treated as greedy
                    }
                    atom = new Repeat(atom, min, max, greedy);
                }
            }
            seq.items.add(atom);
        }
        return seq.items.size() == 1 ? seq.items.get(0) : seq;
    }

    private int number() {
        int v = 0;
        while (p < regex.length() && Character.isDigit(regex.charAt(p))) v = v * 10 + (regex.charAt(p++) - '0');
        return v;
    }

    private Node parseAtom() {
        char c = regex.charAt(p++);
        switch (c) {
            case '(': {
                if (regex.startsWith("?:", p)) p += 2;
                Node inner = parseAlt();
                if (p >= regex.length() || regex.charAt(p) != ')') throw error("Unclosed group");
                p++;
                return inner;
            }
            case '[':
                return parseClass();
            case '.': {
                CharSet cs = new CharSet();
                cs.any = true;
                return cs;
            }
            case '^':
                return new Anchor(true);
            case '$':
                return new Anchor(false);
            case '\\':
                return parseEscape();
            case '*':
            case '+':
            case '?':
                throw error("Dangling meta character '" + c + "'");
            default: {
                CharSet cs = new CharSet();
                cs.range(c, c);
                return cs;
            }
        }
    }

    private CharSet parseEscape() {
        if (p >= regex.length()) throw error("Unexpected internal error");
        char e = regex.charAt(p++);
        CharSet cs = new CharSet();
        switch (e) {
            case 's':
            case 'S':
                cs.range('\t', '\r');
                cs.range(' ', ' ');
                cs.negated = e == 'S';
                return cs;
            case 'd':
            case 'D':
                cs.range('0', '9');
                cs.negated = e == 'D';
                return cs;
            case 'w':
            case 'W':
                cs.range('a', 'z');
                cs.range('A', 'Z');
                cs.range('0', '9');
                cs.range('_', '_');
                cs.negated = e == 'W';
                return cs;
            case 'p':
            case 'P': {
                int close = regex.indexOf('}', p);
                if (p >= regex.length() || regex.charAt(p) != '{' || close < 0) throw error("Unknown character property");
                String name = regex.substring(p + 1, close);
                p = close + 1;
                property(cs, name);
                cs.negated = e == 'P';
                return cs;
            }
            case 't':
                cs.range('\t', '\t');
                return cs;
            case 'n':
                cs.range('\n', '\n');
                return cs;
            case 'r':
                cs.range('\r', '\r');
                return cs;
            case 'f':
                cs.range('\f', '\f');
                return cs;
            case 'R':
                cs.range('\n', '\r');
                cs.range('\u0085', '\u0085');
                cs.range('\u2028', '\u2029');
                return cs;
            default:
                if (Character.isLetterOrDigit(e)) throw error("Illegal/unsupported escape sequence");
                cs.range(e, e);
                return cs;
        }
    }

    private void property(CharSet cs, String name) {
        switch (name) {
            case "javaWhitespace":
            case "Space":
            case "IsWhite_Space":
                cs.range('\t', '\r');
                cs.range('\u001c', ' ');
                cs.range('\u2000', '\u2006');
                cs.range('\u2008', '\u200a');
                cs.range('\u2028', '\u2029');
                cs.range('\u205f', '\u205f');
                cs.range('\u3000', '\u3000');
                cs.range('\u1680', '\u1680');
                return;
            case "Alpha":
            case "L":
            case "IsAlphabetic":
                cs.range('a', 'z');
                cs.range('A', 'Z');
                return;
            case "Digit":
            case "N":
            case "Nd":
                cs.range('0', '9');
                return;
            case "Alnum":
                cs.range('a', 'z');
                cs.range('A', 'Z');
                cs.range('0', '9');
                return;
            case "Upper":
            case "Lu":
                cs.range('A', 'Z');
                return;
            case "Lower":
            case "Ll":
                cs.range('a', 'z');
                return;
            case "Punct":
                cs.range('!', '/');
                cs.range(':', '@');
                cs.range('[', '`');
                cs.range('{', '~');
                return;
            default:
                throw error("Unknown character property name {" + name + "}");
        }
    }

    private CharSet parseClass() {
        CharSet cs = new CharSet();
        if (p < regex.length() && regex.charAt(p) == '^') {
            cs.negated = true;
            p++;
        }
        boolean first = true;
        while (true) {
            if (p >= regex.length()) throw error("Unclosed character class");
            char c = regex.charAt(p);
            if (c == ']' && !first) {
                p++;
                return cs;
            }
            first = false;
            if (c == '[') {
                p++;
                cs.subs.add(parseClass());
                continue;
            }
            char lo;
            if (c == '\\') {
                p++;
                CharSet esc = parseEscape();
                if (esc.ranges.length() == 2 && !esc.negated && esc.subs.isEmpty()) {
                    lo = esc.ranges.charAt(0);
                } else {
                    if (esc.negated) {
                        esc.negated = false;
                        cs.negSubs.add(esc);
                    } else {
                        cs.subs.add(esc);
                    }
                    continue;
                }
            } else {
                lo = c;
                p++;
            }
            char hi = lo;
            if (p + 1 < regex.length() && regex.charAt(p) == '-' && regex.charAt(p + 1) != ']') {
                p++;
                char h = regex.charAt(p++);
                if (h == '\\') {
                    CharSet esc = parseEscape();
                    h = esc.ranges.length() > 0 ? esc.ranges.charAt(0) : h;
                }
                if (h < lo) throw error("Illegal character range");
                hi = h;
            }
            cs.range(lo, hi);
        }
    }
}
