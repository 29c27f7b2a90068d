package java.util.regex;

/**
 * A compiled regex is a graph of nodes; each node matches its own piece at
 * position i and then asks its successor (`next`) to match the rest, so a
 * `false` return means "backtrack". State that must be undone on backtracking
 * (captures, loop counters) is saved before and restored after the recursive call.
 */
abstract class Node {
    Node next;

    abstract boolean match(Matcher m, int i, CharSequence s);

    /** The end of every compiled pattern: records where the match ended. */
    static final class Last extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.matchAll && i != m.to) return false;
            m.groups[1] = i;
            return true;
        }
    }

    /** End of an atomic / lookahead body: succeeds and remembers the position. */
    static final class Accept extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            m.acceptPos = i;
            return true;
        }
    }

    /** End of a look-behind body: it must end exactly where the look-behind started. */
    static final class BehindEnd extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.lbTarget;
        }
    }

    static final class One extends Node {
        final CharPred p;

        One(CharPred p) {
            this.p = p;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                int c = s.charAt(i);
                int w = 1;
                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < m.to) {
                    char d = s.charAt(i + 1);
                    if (d >= 0xDC00 && d <= 0xDFFF) {
                        c = ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
                        w = 2;
                    }
                }
                return p.is(c) && next.match(m, i + w, s);
            }
            m.hitEnd = true;
            return false;
        }
    }

    /** Width (1 or 2) of the code point at i, within the region. */
    static int width(Matcher m, int i, CharSequence s) {
        char c = s.charAt(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < m.to) {
            char d = s.charAt(i + 1);
            if (d >= 0xDC00 && d <= 0xDFFF) return 2;
        }
        return 1;
    }

    static int codePoint(CharSequence s, int i, int w) {
        if (w == 1) return s.charAt(i);
        return ((s.charAt(i) - 0xD800) << 10) + (s.charAt(i + 1) - 0xDC00) + 0x10000;
    }

    /** Start of the code point that ends at j (never before lo). */
    static int back(CharSequence s, int j, int lo) {
        if (j - 2 >= lo) {
            char d = s.charAt(j - 1), c = s.charAt(j - 2);
            if (d >= 0xDC00 && d <= 0xDFFF && c >= 0xD800 && c <= 0xDBFF) return j - 2;
        }
        return j - 1;
    }

    /** A literal string. */
    static final class Slice extends Node {
        final char[] text;
        final boolean ci, unicode;

        Slice(char[] text, boolean ci, boolean unicode) {
            this.text = text;
            this.ci = ci;
            this.unicode = unicode;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int n = text.length;
            for (int k = 0; k < n; k++) {
                if (i + k >= m.to) {
                    m.hitEnd = true;
                    return false;
                }
                char c = s.charAt(i + k);
                char t = text[k];
                if (c != t && (!ci || CharPred.fold(c, unicode) != CharPred.fold(t, unicode))) return false;
            }
            return next.match(m, i + n, s);
        }
    }

    /** A quantifier over a single-character predicate: iterative, no recursion per char. */
    static final class CharLoop extends Node {
        final CharPred p;
        final int min, max, kind; // kind: 0 greedy, 1 lazy, 2 possessive

        CharLoop(CharPred p, int min, int max, int kind) {
            this.p = p;
            this.min = min;
            this.max = max;
            this.kind = kind;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int to = m.to;
            if (kind == 1) {
                int n = 0, j = i;
                while (n < min) {
                    if (j >= to) {
                        m.hitEnd = true;
                        return false;
                    }
                    int w = width(m, j, s);
                    if (!p.is(codePoint(s, j, w))) return false;
                    j += w;
                    n++;
                }
                while (true) {
                    if (next.match(m, j, s)) return true;
                    if (n >= max) return false;
                    if (j >= to) {
                        m.hitEnd = true;
                        return false;
                    }
                    int w = width(m, j, s);
                    if (!p.is(codePoint(s, j, w))) return false;
                    j += w;
                    n++;
                }
            }
            int n = 0, j = i;
            while (n < max) {
                if (j >= to) {
                    m.hitEnd = true;
                    break;
                }
                int w = width(m, j, s);
                if (!p.is(codePoint(s, j, w))) break;
                j += w;
                n++;
            }
            if (n < min) return false;
            if (kind == 2) return next.match(m, j, s);
            while (true) {
                if (next.match(m, j, s)) return true;
                if (n == min) return false;
                j = back(s, j, i);
                n--;
            }
        }
    }

    static final class Branch extends Node {
        final Node[] alts;

        Branch(Node[] alts) {
            this.alts = alts;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            for (Node a : alts) {
                if (a.match(m, i, s)) return true;
            }
            return false;
        }
    }

    static final class GroupHead extends Node {
        final int n;

        GroupHead(int n) {
            this.n = n;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int old = m.tmp[n];
            m.tmp[n] = i;
            boolean r = next.match(m, i, s);
            m.tmp[n] = old;
            return r;
        }
    }

    static final class GroupTail extends Node {
        final int n;

        GroupTail(int n) {
            this.n = n;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] g = m.groups;
            int os = g[2 * n], oe = g[2 * n + 1];
            g[2 * n] = m.tmp[n];
            g[2 * n + 1] = i;
            if (next.match(m, i, s)) return true;
            g[2 * n] = os;
            g[2 * n + 1] = oe;
            return false;
        }
    }

    /** A general quantifier: body ends in a LoopTail that comes back here. */
    static final class Loop extends Node {
        Node body;
        final int min, max, slot;
        final boolean lazy;

        Loop(int min, int max, boolean lazy, int slot) {
            this.min = min;
            this.max = max;
            this.lazy = lazy;
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int oc = m.lc[slot], op = m.lp[slot];
            m.lc[slot] = 0;
            m.lp[slot] = i;
            boolean r = step(m, i, s, 0);
            m.lc[slot] = oc;
            m.lp[slot] = op;
            return r;
        }

        boolean step(Matcher m, int i, CharSequence s, int c) {
            if (c < min) return body.match(m, i, s);
            if (lazy) {
                if (next.match(m, i, s)) return true;
                return c < max && body.match(m, i, s);
            }
            if (c < max && body.match(m, i, s)) return true;
            return next.match(m, i, s);
        }
    }

    static final class LoopTail extends Node {
        final Loop loop;

        LoopTail(Loop loop) {
            this.loop = loop;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int k = loop.slot;
            int oc = m.lc[k], op = m.lp[k];
            int c = oc + 1;
            if (i == op) {
                // an empty iteration ends the loop, even below the minimum (as HotSpot does)
                return loop.next.match(m, i, s);
            }
            m.lc[k] = c;
            m.lp[k] = i;
            boolean r = loop.step(m, i, s, c);
            m.lc[k] = oc;
            m.lp[k] = op;
            return r;
        }
    }

    /**
     * A quantifier over a deterministic body (fixed length, no alternation, at
     * most one capturing group around the whole body): the body can match in at
     * most one way, so iterations are found in a loop and backtracking just
     * drops iterations, without recursion per iteration.
     */
    static final class DetLoop extends Node {
        Node body; // ends in Accept
        final int min, max, kind, group; // group: capture number around the body, or -1
        boolean allowEmpty;

        DetLoop(int min, int max, int kind, int group) {
            this.min = min;
            this.max = max;
            this.kind = kind;
            this.group = group;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] pos = new int[8];
            pos[0] = i;
            int n = 0;
            int[] g = m.groups;
            int os = group >= 0 ? g[2 * group] : 0, oe = group >= 0 ? g[2 * group + 1] : 0;
            // the minimum iterations must match (an empty one counts)
            while (n < min) {
                if (!body.match(m, pos[n], s)) {
                    if (kind != 2) restore(m, os, oe);
                    return false;
                }
                if (++n == pos.length) pos = grow(pos);
                pos[n] = m.acceptPos;
                setGroup(m, pos, n, os, oe); // later iterations see this capture (back references)
            }
            if (kind == 1) {
                while (true) {
                    setGroup(m, pos, n, os, oe);
                    if (next.match(m, pos[n], s)) return true;
                    if (n >= max || !body.match(m, pos[n], s) || m.acceptPos == pos[n]) break;
                    if (++n == pos.length) pos = grow(pos);
                    pos[n] = m.acceptPos;
                    setGroup(m, pos, n, os, oe);
                }
                restore(m, os, oe);
                return false;
            }
            // further iterations stop at the first failure or empty match
            int fixed = n;
            boolean emptyStop = false;
            while (n < max && body.match(m, pos[n], s)) {
                if (!allowEmpty && m.acceptPos == pos[n]) {
                    emptyStop = true;
                    break;
                }
                if (++n == pos.length) pos = grow(pos);
                pos[n] = m.acceptPos;
                setGroup(m, pos, n, os, oe);
            }
            if (kind == 2) {
                // possessive: like HotSpot, the last matched iteration's capture stays (even an empty one,
                // and even if the rest fails)
                if (emptyStop && group >= 0) {
                    m.groups[2 * group] = pos[n];
                    m.groups[2 * group + 1] = pos[n];
                } else {
                    setGroup(m, pos, n, os, oe);
                }
                return next.match(m, pos[n], s);
            }
            for (; n >= fixed; n--) {
                setGroup(m, pos, n, os, oe); // an empty last iteration is not captured (HotSpot's GroupCurly)
                if (next.match(m, pos[n], s)) return true;
            }
            restore(m, os, oe);
            return false;
        }

        private static int[] grow(int[] a) {
            int[] b = new int[a.length * 2];
            System.arraycopy(a, 0, b, 0, a.length);
            return b;
        }

        private void setGroup(Matcher m, int[] pos, int n, int os, int oe) {
            if (group < 0) return;
            if (n == 0) {
                m.groups[2 * group] = os;
                m.groups[2 * group + 1] = oe;
            } else {
                m.groups[2 * group] = pos[n - 1];
                m.groups[2 * group + 1] = pos[n];
            }
        }

        private void restore(Matcher m, int os, int oe) {
            if (group < 0) return;
            m.groups[2 * group] = os;
            m.groups[2 * group + 1] = oe;
        }
    }

    /** Atomic group (?>X) and possessive quantifiers. */
    static final class Atomic extends Node {
        Node body;

        // Like HotSpot, captures made inside stay set when the rest of the pattern fails.
        boolean match(Matcher m, int i, CharSequence s) {
            return body.match(m, i, s) && next.match(m, m.acceptPos, s);
        }
    }

    static final class Look extends Node {
        Node body;
        final boolean behind, negative;
        final int minLen, maxLen; // look-behind lengths, maxLen < 0 when unbounded

        Look(boolean behind, boolean negative, int minLen, int maxLen) {
            this.behind = behind;
            this.negative = negative;
            this.minLen = minLen;
            this.maxLen = maxLen;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int oldTo = m.to, oldFrom = m.from;
            if (m.transparent) {
                m.to = m.textLen;
                m.from = 0;
            }
            boolean found = false;
            if (!behind) {
                if (negative && i >= oldTo) m.requireEnd = true;
                found = body.match(m, i, s);
            } else {
                int oldTarget = m.lbTarget;
                m.lbTarget = i;
                int lowest = m.from;
                if (maxLen >= 0 && i - maxLen > lowest) lowest = i - maxLen;
                for (int j = i - minLen; j >= lowest; j--) {
                    if (body.match(m, j, s)) {
                        found = true;
                        break;
                    }
                }
                m.lbTarget = oldTarget;
            }
            m.to = oldTo;
            m.from = oldFrom;
            // Like HotSpot, captures made inside a look-around are not undone.
            return found != negative && next.match(m, i, s);
        }
    }

    static final class BackRef extends Node {
        final int n;
        final boolean ci, unicode;

        BackRef(int n, boolean ci, boolean unicode) {
            this.n = n;
            this.ci = ci;
            this.unicode = unicode;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (2 * n + 1 >= m.groups.length) return false;
            int gs = m.groups[2 * n], ge = m.groups[2 * n + 1];
            if (gs < 0) return false;
            int len = ge - gs;
            if (i + len > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int k = 0; k < len; k++) {
                char a = s.charAt(gs + k), b = s.charAt(i + k);
                if (a != b && (!ci || CharPred.fold(a, unicode) != CharPred.fold(b, unicode))) return false;
            }
            return next.match(m, i + len, s);
        }
    }

    // Anchor kinds.
    static final int BEGIN = 0, CARET_ML = 1, END_Z = 2, END_z = 3, DOLLAR_ML = 4, WORDB = 5, NOT_WORDB = 6,
            LAST_MATCH = 7;

    static final class Anchor extends Node {
        final int kind;
        final boolean unixLines;
        boolean unicodeWords; // \b and \B under UNICODE_CHARACTER_CLASS

        Anchor(int kind, boolean unixLines) {
            this.kind = kind;
            this.unixLines = unixLines;
        }

        private boolean term(int c) {
            return unixLines ? c == '\n' : CharPred.isTerminator(c);
        }

        boolean match(Matcher m, int i, CharSequence s) {
            return test(m, i, s) && next.match(m, i, s);
        }

        private boolean test(Matcher m, int i, CharSequence s) {
            int start = m.anchoring ? m.from : 0;
            int end = m.anchoring ? m.to : m.textLen;
            switch (kind) {
                case BEGIN:
                    return i == start;
                case CARET_ML: {
                    if (i >= end) {
                        if (i >= m.to) m.hitEnd = true;
                        return false;
                    }
                    if (i == start) return true;
                    if (i == 0) return false;
                    char c = s.charAt(i - 1);
                    if (!term(c)) return false;
                    return !(c == '\r' && !unixLines && s.charAt(i) == '\n');
                }
                case END_z:
                    if (i >= m.to) m.hitEnd = true;
                    return i == end;
                case END_Z: {
                    // as in HotSpot, a match at or just before the end means more input could change it
                    boolean ok;
                    if (i >= end) {
                        ok = i == end;
                    } else if (i + 1 == end) {
                        char c = s.charAt(i);
                        ok = term(c) && !(c == '\n' && !unixLines && i > 0 && s.charAt(i - 1) == '\r');
                    } else {
                        ok = i + 2 == end && !unixLines && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
                    }
                    if (ok || i >= m.to) m.hitEnd = true;
                    if (ok) m.requireEnd = true; // more input could make it fail
                    return ok;
                }
                case DOLLAR_ML: {
                    if (i >= m.to) m.hitEnd = true;
                    if (i >= end) {
                        m.requireEnd = true;
                        return true;
                    }
                    char c = s.charAt(i);
                    if (!term(c)) return false;
                    return !(c == '\n' && !unixLines && i > 0 && s.charAt(i - 1) == '\r');
                }
                case WORDB:
                case NOT_WORDB: {
                    int lo = m.transparent ? 0 : m.from;
                    int hi = m.transparent ? m.textLen : m.to;
                    boolean left = i > lo && wordChar(s.charAt(i - 1), unicodeWords);
                    boolean right = i < hi && wordChar(s.charAt(i), unicodeWords);
                    if (i >= hi) {
                        m.hitEnd = true;
                        m.requireEnd = true;
                    }
                    return (left != right) == (kind == WORDB);
                }
                case LAST_MATCH:
                    return i == m.lastEnd;
                default:
                    return false;
            }
        }

        private static boolean wordChar(char c, boolean unicodeWords) {
            if (unicodeWords) return UCC_WORD.is(c);
            return c == '_' || UnicodeData.in(CharPred.L_MASK | CharPred.ND_MASK, c);
        }

        private static final CharPred UCC_WORD = new CharPred.Builtin(CharPred.U_WORD);
    }
}
