package java.util.regex;

import java.util.function.Function;

public final class Matcher implements MatchResult {
    private Pattern pat;
    private CharSequence text;

    // state read by the nodes
    int from, to, textLen;
    int[] groups;
    int[] tmp;
    int[] lc, lp;
    boolean hitEnd, matchAll, requireEnd;
    boolean transparent, anchoring = true;
    int acceptPos, lbTarget;
    int lastEnd;

    private int regionStart, regionEnd;
    private int first = -1, last;
    private int appendPos;
    private int modCount;

    Matcher(Pattern p, CharSequence text) {
        this.pat = p;
        this.text = text;
        alloc();
        reset();
    }

    private void alloc() {
        int gc = pat.groupCount;
        groups = new int[2 * (gc + 1)];
        tmp = new int[gc + 1];
        lc = new int[pat.loopSlots];
        lp = new int[pat.loopSlots];
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
    }

    public Pattern pattern() {
        return pat;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        lastEnd = -1;
        appendPos = 0;
        textLen = text.length();
        regionStart = 0;
        regionEnd = textLen;
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    public Matcher usePattern(Pattern p) {
        if (p == null) throw new IllegalArgumentException("Pattern cannot be null");
        pat = p;
        alloc();
        return this;
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("start");
        if (end < 0 || end > text.length()) throw new IndexOutOfBoundsException("end");
        if (start > end) throw new IndexOutOfBoundsException("start > end");
        reset();
        regionStart = start;
        regionEnd = end;
        return this;
    }

    public int regionStart() {
        return regionStart;
    }

    public int regionEnd() {
        return regionEnd;
    }

    public boolean hasTransparentBounds() {
        return transparent;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparent = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoring;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoring = b;
        return this;
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    /** Runs the pattern at positions lo..hi (inclusive), or only at lo when anchored. */
    private boolean search(int lo, int hi, boolean toEnd, boolean anchored) {
        from = regionStart;
        to = regionEnd;
        hitEnd = false;
        matchAll = toEnd;
        requireEnd = false;
        if (lastEnd < 0) lastEnd = lo;
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        if (pat.startsWithBegin) hi = lo; // \A or ^ can only match where the search starts
        else if (!anchored) hi -= pat.minLength;
        CharPred fc = anchored ? null : pat.firstChar;
        for (int s = lo; s <= hi; s++) {
            if (fc != null && s < to && !fc.is(Node.codePoint(text, s, Node.width(this, s, text)))) continue;
            if (pat.root.match(this, s, text)) {
                groups[0] = s;
                first = s;
                last = groups[1];
                lastEnd = last;
                modCount++;
                return true;
            }
        }
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        first = -1;
        if (!anchored && !pat.startsWithBegin) hitEnd = true;
        return false;
    }

    public boolean matches() {
        return search(regionStart, regionStart, true, true);
    }

    public boolean lookingAt() {
        return search(regionStart, regionStart, false, true);
    }

    public boolean find() {
        int next = last;
        if (next == first) next++;
        if (next < regionStart) next = regionStart;
        if (next > regionEnd) {
            for (int i = 0; i < groups.length; i++) groups[i] = -1;
            first = -1;
            return false;
        }
        return search(next, regionEnd, false, false);
    }

    public boolean find(int start) {
        if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("Illegal start index");
        reset();
        return search(start, regionEnd, false, false);
    }

    private void checkMatch(String msg) {
        if (first < 0) throw new IllegalStateException(msg);
    }

    private void checkGroup(int g) {
        if (g < 0 || g > groupCount()) throw new IndexOutOfBoundsException("No group " + g);
    }

    private int named(String name) {
        if (name == null) throw new NullPointerException("Group name");
        Integer n = pat.names.get(name);
        if (n == null) throw new IllegalArgumentException("No group with name <" + name + ">");
        return n;
    }

    public int groupCount() {
        return pat.groupCount;
    }

    public String group() {
        return group(0);
    }

    public String group(int g) {
        checkMatch("No match found");
        checkGroup(g);
        int s = groups[2 * g], e = groups[2 * g + 1];
        if (s < 0 || e < 0) return null;
        return text.subSequence(s, e).toString();
    }

    public String group(String name) {
        checkMatch("No match found");
        return group(named(name));
    }

    public int start() {
        checkMatch("No match available");
        return first;
    }

    public int start(int g) {
        checkMatch("No match available");
        checkGroup(g);
        return groups[2 * g];
    }

    public int start(String name) {
        checkMatch("No match available");
        return groups[2 * named(name)];
    }

    public int end() {
        checkMatch("No match available");
        return last;
    }

    public int end(int g) {
        checkMatch("No match available");
        checkGroup(g);
        return groups[2 * g + 1];
    }

    public int end(String name) {
        checkMatch("No match available");
        return groups[2 * named(name) + 1];
    }

    public MatchResult toMatchResult() {
        return new Result(first < 0 ? null : text.toString(), first < 0 ? null : groups.clone(), pat.groupCount);
    }

    private static final class Result implements MatchResult {
        private final String text;
        private final int[] g;
        private final int count;

        Result(String text, int[] g, int count) {
            this.text = text;
            this.g = g;
            this.count = count;
        }

        private void check(String msg) {
            if (g == null) throw new IllegalStateException(msg);
        }

        private void checkGroup(int n) {
            if (n < 0 || n > count) throw new IndexOutOfBoundsException("No group " + n);
        }

        public int start() {
            return start(0);
        }

        public int start(int n) {
            check("No match found");
            checkGroup(n);
            return g[2 * n];
        }

        public int end() {
            return end(0);
        }

        public int end(int n) {
            check("No match found");
            checkGroup(n);
            return g[2 * n + 1];
        }

        public String group() {
            return group(0);
        }

        public String group(int n) {
            check("No match found");
            checkGroup(n);
            if (g[2 * n] < 0) return null;
            return text.substring(g[2 * n], g[2 * n + 1]);
        }

        public int groupCount() {
            return count;
        }
    }

    // ------------------------------------------------------------------ replacement

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    private void expand(String replacement, StringBuilder out) {
        int n = replacement.length();
        String r = replacement;
        int i = 0;
        while (i < n) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= n) throw new IllegalArgumentException("character to be escaped is missing");
                out.append(r.charAt(i++));
            } else if (c == '$') {
                i++;
                if (i >= n) throw new IllegalArgumentException("Illegal group reference: group index is missing");
                char d = r.charAt(i);
                int g;
                if (d == '{') {
                    i++;
                    int st = i;
                    while (i < n) {
                        char x = r.charAt(i);
                        if ((x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9')) i++;
                        else break;
                    }
                    if (i == st) throw new IllegalArgumentException("named capturing group has 0 length name");
                    if (i >= n || r.charAt(i) != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String name = r.substring(st, i);
                    i++;
                    char f = name.charAt(0);
                    if (f >= '0' && f <= '9') {
                        throw new IllegalArgumentException(
                                "capturing group name {" + name + "} starts with digit character");
                    }
                    Integer gi = pat.names.get(name);
                    if (gi == null) throw new IllegalArgumentException("No group with name {" + name + "}");
                    g = gi;
                } else {
                    if (d < '0' || d > '9') throw new IllegalArgumentException("Illegal group reference");
                    g = d - '0';
                    i++;
                    if (g > groupCount()) throw new IndexOutOfBoundsException("No group " + g);
                    while (i < n) {
                        char x = r.charAt(i);
                        if (x < '0' || x > '9') break;
                        int ng = g * 10 + (x - '0');
                        if (ng > groupCount()) break;
                        g = ng;
                        i++;
                    }
                }
                int s = groups[2 * g], e = groups[2 * g + 1];
                if (s >= 0) out.append(text, s, e);
            } else {
                out.append(c);
                i++;
            }
        }
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch("No match available");
        StringBuilder r = new StringBuilder();
        expand(replacement, r);
        sb.append(text, appendPos, first);
        sb.append(r);
        appendPos = last;
        modCount++;
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, appendPos, text.length());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        if (replacer == null) throw new NullPointerException();
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        do {
            int mc = modCount;
            String r = replacer.apply(this);
            if (mc != modCount) throw new java.util.ConcurrentModificationException();
            appendReplacement(sb, r);
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) throw new NullPointerException("replacement");
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        if (replacer == null) throw new NullPointerException();
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        int mc = modCount;
        String r = replacer.apply(this);
        if (mc != modCount) throw new java.util.ConcurrentModificationException();
        appendReplacement(sb, r);
        return appendTail(sb).toString();
    }

    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pat.pattern() + " region=" + regionStart() + "," + regionEnd()
                + " lastmatch=" + (first >= 0 ? text.subSequence(first, last).toString() : "") + "]";
    }
}
