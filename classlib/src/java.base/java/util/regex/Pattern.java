package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.function.Predicate;

/**
 * A compiled regular expression. The pattern is parsed into a small syntax
 * tree (Ast) and then turned into a graph of matching nodes (see Node); the
 * Matcher runs that graph with backtracking.
 */
public final class Pattern implements java.io.Serializable {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;
    private static final int ALL_FLAGS = 0x1ff;

    private final String pattern;
    /** The text parsed: the pattern with \Q..\E quotes rewritten into escapes, as HotSpot does first. */
    private String src;
    private int flags0;

    // parser state
    private int flags;
    private int pos;
    private int len;
    int groupCount;
    int loopSlots;
    final HashMap<String, Integer> names = new HashMap<>();

    Node root;
    /** No match can be shorter than this; unanchored searches stop that far before the end. */
    int minLength;
    /** Pattern begins with \A or a non-multiline ^ (HotSpot then runs it without a search loop). */
    boolean startsWithBegin;
    /** Every match starts with a character this accepts (null: unknown); lets searches skip positions. */
    CharPred firstChar;

    private static CharPred firstPred(Ast a) {
        if (a instanceof CharAst) return ((CharAst) a).pred;
        if (a instanceof SeqAst) {
            for (Ast x : ((SeqAst) a).items) {
                if (x instanceof AnchorAst) continue;
                return x.minLen() > 0 ? firstPred(x) : null;
            }
            return null;
        }
        if (a instanceof GroupAst) return firstPred(((GroupAst) a).body);
        if (a instanceof AtomicAst) return firstPred(((AtomicAst) a).body);
        if (a instanceof RepeatAst) return ((RepeatAst) a).min > 0 ? firstPred(((RepeatAst) a).body) : null;
        if (a instanceof AltAst) {
            CharPred.Union u = new CharPred.Union();
            for (Ast x : ((AltAst) a).alts) {
                CharPred p = x.minLen() > 0 ? firstPred(x) : null;
                if (p == null) return null;
                u.add(p);
            }
            return u;
        }
        return null;
    }

    private Pattern(String p, int f) {
        pattern = p;
        flags = f;
        if ((f & UNICODE_CHARACTER_CLASS) != 0) flags |= UNICODE_CASE;
        if (pattern.isEmpty()) len = 0;
        src = (f & LITERAL) == 0 ? removeQuotes(p) : p;
        len = src.length();
        Ast ast;
        if ((f & LITERAL) != 0) {
            ArrayList<Ast> items = new ArrayList<>();
            for (int i = 0; i < len; i++) items.add(literal(src.charAt(i)));
            ast = new SeqAst(items);
        } else {
            ast = parseAlt();
            if (pos > len) throw error("Unexpected internal error", len); // a trailing backslash
            if (pos < len) throw error("Unmatched closing ')'", pos - 1);
        }
        flags0 = flags;
        minLength = ast.minLen();
        Ast head = ast instanceof SeqAst && !((SeqAst) ast).group && !((SeqAst) ast).items.isEmpty()
                ? ((SeqAst) ast).items.get(0) : ast;
        startsWithBegin = head instanceof AnchorAst && ((AnchorAst) head).kind == Node.BEGIN;
        firstChar = minLength > 0 ? firstPred(ast) : null;
        root = ast.build(new Node.Last(), this);
    }

    /** Rewrites \Q..\E into the same characters, letters and digits as they are, others escaped. */
    private static String removeQuotes(String p) {
        int n = p.length();
        int i = 0;
        while (i < n - 1) {
            if (p.charAt(i) == '\\') {
                if (p.charAt(i + 1) == 'Q') break;
                i += 2;
            } else {
                i++;
            }
        }
        if (i >= n - 1) return p;
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(p, 0, i);
        i += 2;
        boolean inQuote = true;
        while (i < n) {
            char c = p.charAt(i++);
            if (inQuote) {
                if (c == '\\' && i < n && p.charAt(i) == 'E') {
                    i++;
                    inQuote = false;
                } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    sb.append(c);
                } else {
                    sb.append('\\').append(c);
                }
            } else if (c == '\\' && i < n) {
                char d = p.charAt(i++);
                if (d == 'Q') inQuote = true;
                else sb.append(c).append(d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags0;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    public static String quote(String s) {
        if (s.indexOf("\\E") < 0) return "\\Q" + s + "\\E";
        StringBuilder sb = new StringBuilder("\\Q");
        int i = 0;
        while (true) {
            int k = s.indexOf("\\E", i);
            if (k < 0) break;
            sb.append(s, i, k).append("\\E\\\\E\\Q");
            i = k + 2;
        }
        sb.append(s, i, s.length()).append("\\E");
        return sb.toString();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public String[] split(CharSequence input, int limit) {
        ArrayList<String> parts = new ArrayList<>();
        Matcher m = matcher(input);
        int index = 0;
        boolean limited = limit > 0;
        while (m.find()) {
            if (limited && parts.size() >= limit - 1) break;
            int st = m.start();
            if (st == 0 && m.end() == 0) continue; // no leading empty string for a zero-width match at 0
            parts.add(input.subSequence(index, st).toString());
            index = m.end();
        }
        if (index == 0 && parts.isEmpty()) return new String[] {input.toString()};
        parts.add(input.subSequence(index, input.length()).toString());
        int n = parts.size();
        if (limit == 0) {
            while (n > 0 && parts.get(n - 1).isEmpty()) n--;
        }
        String[] r = new String[n];
        for (int i = 0; i < n; i++) r[i] = parts.get(i);
        return r;
    }

    // ------------------------------------------------------------------ errors

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pattern, index);
    }

    // ------------------------------------------------------------------ parser

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private void skipComments() {
        if (!has(COMMENTS)) return;
        while (pos < len) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                pos++;
            } else if (c == '#') {
                while (pos < len && !CharPred.isTerminator(src.charAt(pos))) pos++;
            } else {
                break;
            }
        }
    }

    private Ast parseAlt() {
        ArrayList<Ast> alts = new ArrayList<>();
        alts.add(parseSeq());
        while (pos < len && src.charAt(pos) == '|') {
            pos++;
            alts.add(parseSeq());
        }
        return alts.size() == 1 ? alts.get(0) : new AltAst(alts);
    }

    private Ast parseSeq() {
        ArrayList<Ast> items = new ArrayList<>();
        while (true) {
            skipComments();
            if (pos >= len) break;
            char c = src.charAt(pos);
            if (c == '|' || c == ')') break;
            Ast a = parseAtom();
            if (a == null) continue;
            if (a instanceof SeqAst && ((SeqAst) a).quoted && !((SeqAst) a).items.isEmpty()) {
                // \Q..\E is a run of literals: a quantifier applies to the last one
                ArrayList<Ast> q = ((SeqAst) a).items;
                for (int i = 0; i < q.size() - 1; i++) items.add(q.get(i));
                items.add(parseQuant(q.get(q.size() - 1)));
                continue;
            }
            items.add(parseQuant(a));
        }
        return items.size() == 1 ? items.get(0) : new SeqAst(items);
    }

    private Ast parseQuant(Ast a) {
        skipComments();
        if (pos >= len) return a;
        char c = src.charAt(pos);
        int min, max;
        boolean ques = false;
        if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
            ques = true;
        } else if (c == '{') {
            pos++;
            if (pos >= len || !isDigit(src.charAt(pos))) throw error("Illegal repetition", pos);
            min = readInt();
            skipComments();
            if (pos < len && src.charAt(pos) == ',') {
                pos++;
                skipComments();
                if (pos < len && isDigit(src.charAt(pos))) {
                    max = readInt();
                    skipComments();
                } else {
                    max = Integer.MAX_VALUE;
                }
            } else {
                max = min;
            }
            if (pos >= len || src.charAt(pos) != '}') throw error("Unclosed counted closure", pos);
            if (max < min || min < 0 || max < 0) throw error("Illegal repetition range", pos);
            pos++;
        } else {
            return a;
        }
        int kind = 0;
        skipComments(); // HotSpot reads the lazy/possessive mark past comments too
        if (pos < len) {
            char k = src.charAt(pos);
            if (k == '?') {
                kind = 1;
                pos++;
            } else if (k == '+') {
                kind = 2;
                pos++;
            }
        }
        RepeatAst r = new RepeatAst(a, min, max, kind);
        r.ques = ques;
        return r;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int readInt() {
        long v = 0;
        while (pos < len && isDigit(src.charAt(pos))) {
            v = v * 10 + (src.charAt(pos) - '0');
            if (v > Integer.MAX_VALUE) throw error("Illegal repetition range", pos);
            pos++;
        }
        return (int) v;
    }

    private Ast literal(int c) {
        if (c > 0xFFFF) {
            return new CharAst(new CharPred.Single(c), -1, false, false);
        }
        return new CharAst(has(CASE_INSENSITIVE) ? (CharPred) new CharPred.SingleCI(c, has(UNICODE_CASE))
                : new CharPred.Single(c), c, has(CASE_INSENSITIVE), has(UNICODE_CASE));
    }

    private Ast parseAtom() {
        char c = src.charAt(pos);
        switch (c) {
            case '(':
                return parseGroup();
            case '[':
                pos++;
                return new CharAst(parseClass(), -1, false, false);
            case '\\':
                return parseEscapeAtom();
            case '.':
                pos++;
                return new CharAst(new CharPred.Dot(has(DOTALL) ? 2 : has(UNIX_LINES) ? 1 : 0), -1, false, false);
            case '^':
                pos++;
                return new AnchorAst(has(MULTILINE) ? Node.CARET_ML : Node.BEGIN, has(UNIX_LINES));
            case '$':
                pos++;
                return new AnchorAst(has(MULTILINE) ? Node.DOLLAR_ML : Node.END_Z, has(UNIX_LINES));
            case '*':
            case '+':
            case '?':
                pos++;
                skipComments();
                throw error("Dangling meta character '" + c + "'", pos - 1);
            case '{':
                return new SeqAst(new ArrayList<>());
            default:
                pos++;
                return literal(joinSurrogate(c));
        }
    }

    /** A high surrogate at pos-1 followed by a low one makes one code point. */
    private int joinSurrogate(int c) {
        if (c >= 0xD800 && c <= 0xDBFF && pos < len) {
            char d = src.charAt(pos);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                pos++;
                return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
            }
        }
        return c;
    }

    private Ast parseGroup() {
        pos++;
        int saved = flags;
        Ast r;
        if (pos < len && src.charAt(pos) == '?') {
            pos++;
            char c = pos < len ? src.charAt(pos) : 0;
            if (c == ':') {
                pos++;
                r = group(parseAlt());
            } else if (c == '=' || c == '!') {
                pos++;
                r = new LookAst(parseAlt(), false, c == '!');
            } else if (c == '>') {
                pos++;
                r = new AtomicAst(parseAlt());
            } else if (c == '<') {
                pos++;
                char d = pos < len ? src.charAt(pos) : 0;
                if (d == '=' || d == '!') {
                    pos++;
                    r = new LookAst(parseAlt(), true, d == '!');
                } else {
                    String name = groupName('>');
                    if (names.containsKey(name)) {
                        throw error("Named capturing group <" + name + "> is already defined", pos);
                    }
                    pos++;
                    int n = ++groupCount;
                    names.put(name, n);
                    r = new GroupAst(n, parseAlt());
                }
            } else {
                // inline flags (?imsx-imsx) or (?imsx-imsx:X)
                boolean neg = false;
                while (true) {
                    if (pos >= len) throw error("Unknown inline modifier", pos);
                    char f = src.charAt(pos);
                    int bit;
                    switch (f) {
                        case 'i':
                            bit = CASE_INSENSITIVE;
                            break;
                        case 'd':
                            bit = UNIX_LINES;
                            break;
                        case 'm':
                            bit = MULTILINE;
                            break;
                        case 's':
                            bit = DOTALL;
                            break;
                        case 'u':
                            bit = UNICODE_CASE;
                            break;
                        case 'x':
                            bit = COMMENTS;
                            break;
                        case 'c':
                            bit = CANON_EQ;
                            break;
                        case 'U':
                            bit = UNICODE_CHARACTER_CLASS | UNICODE_CASE;
                            break;
                        case '-':
                            neg = true;
                            pos++;
                            continue;
                        case ')':
                            pos++;
                            return null; // flags stay in force to the end of the enclosing group
                        case ':':
                            pos++;
                            r = group(parseAlt());
                            closeGroup();
                            flags = saved;
                            return r;
                        default:
                            throw error("Unknown inline modifier", pos);
                    }
                    if (neg) flags &= ~bit;
                    else flags |= bit;
                    pos++;
                }
            }
        } else {
            int n = ++groupCount;
            r = new GroupAst(n, parseAlt());
        }
        closeGroup();
        flags = saved;
        return r;
    }

    private static SeqAst group(Ast a) {
        SeqAst g = new SeqAst(one(a));
        g.group = true;
        return g;
    }

    private static ArrayList<Ast> one(Ast a) {
        ArrayList<Ast> l = new ArrayList<>();
        l.add(a);
        return l;
    }

    private void closeGroup() {
        if (pos >= len || src.charAt(pos) != ')') throw error("Unclosed group", pos);
        pos++;
    }

    /** Reads a group name at pos; leaves pos on the terminator. */
    private String groupName(char term) {
        int st = pos;
        char c = pos < len ? src.charAt(pos) : 0;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            throw error("capturing group name does not start with a Latin letter", pos);
        }
        while (pos < len) {
            c = src.charAt(pos);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) pos++;
            else break;
        }
        if (pos >= len || src.charAt(pos) != term) {
            throw error("named capturing group is missing trailing '" + term + "'", pos);
        }
        return src.substring(st, pos);
    }

    private Ast parseEscapeAtom() {
        int st = pos;
        pos++;
        if (pos >= len) {
            pos = len + 1; // reported by the enclosing group, or at the end of the pattern
            return new SeqAst(new ArrayList<>());
        }
        char c = src.charAt(pos);
        switch (c) {
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
            case '8':
            case '9': {
                pos++;
                int ref = c - '0';
                while (pos < len && isDigit(src.charAt(pos))) {
                    int nr = ref * 10 + (src.charAt(pos) - '0');
                    if (nr > groupCount) break;
                    ref = nr;
                    pos++;
                }
                return new BackRefAst(ref, has(CASE_INSENSITIVE), has(UNICODE_CASE));
            }
            case 'k': {
                pos++;
                if (pos >= len || src.charAt(pos) != '<') {
                    throw error("\\k is not followed by '<' for named capturing group", pos);
                }
                pos++;
                String name = groupName('>');
                Integer n = names.get(name);
                if (n == null) throw error("named capturing group <" + name + "> does not exist", pos);
                pos++;
                return new BackRefAst(n, has(CASE_INSENSITIVE), has(UNICODE_CASE));
            }
            case 'b':
            case 'B': {
                pos++;
                AnchorAst a = new AnchorAst(c == 'b' ? Node.WORDB : Node.NOT_WORDB, false);
                a.unicodeWords = has(UNICODE_CHARACTER_CLASS);
                return a;
            }
            case 'A':
                pos++;
                return new AnchorAst(Node.BEGIN, false);
            case 'G':
                pos++;
                return new AnchorAst(Node.LAST_MATCH, false);
            case 'z':
                pos++;
                return new AnchorAst(Node.END_z, false);
            case 'Z':
                pos++;
                return new AnchorAst(Node.END_Z, has(UNIX_LINES));
            case 'R': {
                pos++;
                ArrayList<Ast> crlf = new ArrayList<>();
                crlf.add(new CharAst(new CharPred.Single('\r'), '\r', false, false));
                crlf.add(new CharAst(new CharPred.Single('\n'), '\n', false, false));
                ArrayList<Ast> alts = new ArrayList<>();
                alts.add(new SeqAst(crlf));
                alts.add(new CharAst(new CharPred.Builtin(CharPred.VSPACE), -1, false, false));
                AltAst lb = new AltAst(alts);
                lb.linebreak = true;
                return lb;
            }
            case 'Q': {
                pos++;
                int e = src.indexOf("\\E", pos);
                int end = e < 0 ? len : e;
                ArrayList<Ast> items = new ArrayList<>();
                for (int i = pos; i < end; i++) items.add(literal(src.charAt(i)));
                pos = e < 0 ? len : e + 2;
                SeqAst quote = new SeqAst(items);
                quote.quoted = true;
                return quote;
            }
            default:
                pos = st;
                CharPred p = parseEscape();
                if (p == null) return literal(escChar);
                return new CharAst(p, -1, false, false);
        }
    }

    private int escChar;

    /** Escapes shared by atoms and classes; pos at the backslash. Returns a class, or null with escChar set. */
    private CharPred parseEscape() {
        pos++;
        if (pos >= len) {
            pos = len + 1; // the class is then reported unclosed
            escChar = 0;
            return null;
        }
        char c = src.charAt(pos++);
        boolean uc = has(UNICODE_CHARACTER_CLASS);
        switch (c) {
            case '0': {
                if (pos >= len || !isOctal(src.charAt(pos))) throw error("Illegal octal escape sequence", pos);
                int v = src.charAt(pos++) - '0';
                if (pos < len && isOctal(src.charAt(pos))) {
                    v = v * 8 + (src.charAt(pos++) - '0');
                    if (v < 32 && pos < len && isOctal(src.charAt(pos))) v = v * 8 + (src.charAt(pos++) - '0');
                }
                escChar = v;
                return null;
            }
            case 'a':
                escChar = 7;
                return null;
            case 'e':
                escChar = 27;
                return null;
            case 'f':
                escChar = 12;
                return null;
            case 'n':
                escChar = 10;
                return null;
            case 'r':
                escChar = 13;
                return null;
            case 't':
                escChar = 9;
                return null;
            case 'c':
                if (pos >= len) throw error("Illegal control escape sequence", pos - 1);
                skipComments(); // HotSpot reads the control character past comments
                if (pos >= len) {
                    pos = len + 1;
                    escChar = 64;
                    return null;
                }
                escChar = src.charAt(pos++) ^ 64;
                return null;
            case 'x': {
                if (pos < len && src.charAt(pos) == '{') {
                    int st = pos;
                    pos++;
                    long v = 0;
                    int nd = 0;
                    while (pos < len && hex(src.charAt(pos)) >= 0) {
                        v = v * 16 + hex(src.charAt(pos++));
                        nd++;
                        if (v > 0x10FFFF) v = 0x110000;
                    }
                    if (nd == 0) throw error("Illegal hexadecimal escape sequence", st);
                    if (pos >= len || src.charAt(pos) != '}') {
                        throw error("Unclosed hexadecimal escape sequence", pos);
                    }
                    if (v > 0x10FFFF) throw error("Hexadecimal codepoint is too big", pos - 1);
                    pos++;
                    escChar = (int) v;
                    return null;
                }
                int v = 0;
                for (int k = 0; k < 2; k++) {
                    int h = pos < len ? hex(src.charAt(pos)) : -1;
                    if (h < 0) throw error("Illegal hexadecimal escape sequence", pos);
                    v = v * 16 + h;
                    pos++;
                }
                escChar = v;
                return null;
            }
            case 'u': {
                int v = 0;
                for (int k = 0; k < 4; k++) {
                    int h = pos < len ? hex(src.charAt(pos)) : -1;
                    if (h < 0) throw error("Illegal Unicode escape sequence", pos);
                    v = v * 16 + h;
                    pos++;
                }
                escChar = v;
                return null;
            }
            case 'd':
                return new CharPred.Builtin(uc ? CharPred.U_DIGIT : CharPred.DIGIT);
            case 'D':
                return new CharPred.Not(new CharPred.Builtin(uc ? CharPred.U_DIGIT : CharPred.DIGIT));
            case 'w':
                return new CharPred.Builtin(uc ? CharPred.U_WORD : CharPred.WORD);
            case 'W':
                return new CharPred.Not(new CharPred.Builtin(uc ? CharPred.U_WORD : CharPred.WORD));
            case 's':
                return new CharPred.Builtin(uc ? CharPred.U_WHITE : CharPred.SPACE);
            case 'S':
                return new CharPred.Not(new CharPred.Builtin(uc ? CharPred.U_WHITE : CharPred.SPACE));
            case 'h':
                return new CharPred.Builtin(CharPred.HSPACE);
            case 'H':
                return new CharPred.Not(new CharPred.Builtin(CharPred.HSPACE));
            case 'v':
                return new CharPred.Builtin(CharPred.VSPACE);
            case 'V':
                return new CharPred.Not(new CharPred.Builtin(CharPred.VSPACE));
            case 'p':
            case 'P':
                return property(c == 'P');
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c)) {
                    throw error("Illegal/unsupported escape sequence", pos - 1);
                }
                escChar = c;
                return null;
        }
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private CharPred property(boolean negate) {
        String name;
        if (pos >= len) throw error("Unknown character property name {\u0000}", pos);
        if (src.charAt(pos) == '{') {
            int e = src.indexOf('}', pos);
            if (e < 0) throw error("Unclosed character family", len);
            name = src.substring(pos + 1, e);
            pos = e + 1;
        } else {
            name = String.valueOf(src.charAt(pos));
            pos++;
        }
        int kind = propertyKind(name);
        CharPred p;
        if (kind >= 0 && has(CASE_INSENSITIVE) && (kind == CharPred.U_LOWER || kind == CharPred.U_UPPER
                || kind == CharPred.J_LOWER || kind == CharPred.J_UPPER || kind == CharPred.U_TITLE)) {
            p = new CharPred.Builtin(CharPred.U_CASED);
        } else if (kind >= 0) {
            p = new CharPred.Builtin(kind);
        } else {
            String cat = name;
            if (cat.startsWith("Is")) cat = cat.substring(2);
            else if (cat.startsWith("gc=")) cat = cat.substring(3);
            else if (cat.startsWith("general_category=")) cat = cat.substring(17);
            int mask = UnicodeData.mask(cat);
            if (mask == 0) throw error("Unknown character property name {" + name + "}", pos - 1);
            // case-insensitively, any cased-letter category stands for all of them (as in HotSpot)
            if (has(CASE_INSENSITIVE) && (mask & 0xE) != 0) mask |= 0xE;
            p = new CharPred.Category(mask);
        }
        if (has(CASE_INSENSITIVE) && (kind == CharPred.LOWER || kind == CharPred.UPPER)) {
            p = new CharPred.CaseFold(p, has(UNICODE_CASE));
        }
        return negate ? new CharPred.Not(p) : p;
    }

    private int propertyKind(String name) {
        boolean uc = has(UNICODE_CHARACTER_CLASS);
        switch (name) {
            case "Lower":
                return uc ? CharPred.U_LOWER : CharPred.LOWER;
            case "Upper":
                return uc ? CharPred.U_UPPER : CharPred.UPPER;
            case "ASCII":
                return CharPred.ASCII;
            case "Alpha":
                return uc ? CharPred.U_ALPHABETIC : CharPred.ALPHA;
            case "Digit":
                return uc ? CharPred.U_DIGIT : CharPred.DIGIT;
            case "Alnum":
                return uc ? CharPred.U_WORD : CharPred.ALNUM;
            case "Punct":
                return uc ? CharPred.U_PUNCT : CharPred.PUNCT;
            case "Graph":
                return uc ? CharPred.U_GRAPH : CharPred.GRAPH;
            case "Print":
                return uc ? CharPred.U_PRINT : CharPred.PRINT;
            case "Blank":
                return uc ? CharPred.U_BLANK : CharPred.BLANK;
            case "Cntrl":
                return uc ? CharPred.U_CNTRL : CharPred.CNTRL;
            case "XDigit":
                return uc ? CharPred.U_XDIGIT : CharPred.XDIGIT;
            case "Space":
                return uc ? CharPred.U_WHITE : CharPred.SPACE;
            case "javaLowerCase":
                return CharPred.J_LOWER;
            case "javaUpperCase":
                return CharPred.J_UPPER;
            case "javaWhitespace":
                return CharPred.J_WHITESPACE;
            case "javaSpaceChar":
                return CharPred.J_SPACECHAR;
            case "javaLetter":
                return CharPred.U_LETTER;
            case "javaAlphabetic":
            case "IsAlphabetic":
                return CharPred.U_ALPHABETIC;
            case "javaTitleCase":
                return CharPred.U_TITLE;
            case "javaDigit":
                return CharPred.U_DIGIT;
            case "javaLetterOrDigit":
                return CharPred.U_LETTER_DIGIT;
            case "IsLetter":
                return CharPred.U_LETTER;
            case "IsUppercase":
                return CharPred.U_UPPER;
            case "IsLowercase":
                return CharPred.U_LOWER;
            case "IsTitlecase":
                return CharPred.U_TITLE;
            case "IsDigit":
                return CharPred.U_DIGIT;
            case "IsWhite_Space":
            case "IsWhiteSpace":
                return CharPred.U_WHITE;
            case "IsPunctuation":
                return CharPred.U_PUNCT;
            case "IsControl":
                return CharPred.U_CNTRL;
            case "IsLatin":
                return CharPred.LATIN;
            case "IsGreek":
            case "InGreek":
                return CharPred.GREEK;
            case "InBasicLatin":
                return CharPred.ASCII;
            default:
                return -1;
        }
    }

    /** Character class; pos just after '['. */
    private CharPred parseClass() {
        boolean neg = false;
        if (pos < len && src.charAt(pos) == '^') {
            neg = true;
            pos++;
        }
        CharPred result = null;
        CharPred.Union cur = new CharPred.Union();
        boolean first = true;
        boolean ci = has(CASE_INSENSITIVE), uni = has(UNICODE_CASE);
        while (true) {
            skipComments();
            if (pos >= len) throw error("Unclosed character class", pos - 1);
            char c = src.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[') {
                pos++;
                cur.add(parseClass());
                continue;
            }
            if (c == '&' && pos + 1 < len && src.charAt(pos + 1) == '&') {
                pos += 2;
                result = result == null ? cur : new CharPred.And(result, cur);
                cur = new CharPred.Union();
                continue;
            }
            int lo;
            if (c == '\\') {
                if (pos + 1 < len && src.charAt(pos + 1) == 'Q') {
                    pos += 2;
                    int e = src.indexOf("\\E", pos);
                    int end = e < 0 ? len : e;
                    for (int i = pos; i < end; i++) cur.add(single(src.charAt(i), ci, uni));
                    if (e < 0) throw error("Unclosed character class", len - 2);
                    pos = e + 2;
                    continue;
                }
                CharPred p = parseEscape();
                if (p != null) {
                    cur.add(p);
                    continue;
                }
                lo = escChar;
            } else {
                pos++;
                lo = joinSurrogate(c);
            }
            skipComments();
            if (pos < len && src.charAt(pos) == '-') {
                int dash = pos;
                pos++;
                skipComments();
                if (pos >= len) throw error("Illegal character range", len);
                char d = src.charAt(pos);
                if (d == ']' || d == '[') {
                    pos = dash;
                } else {
                    int hi;
                    if (d == '\\') {
                        if (pos + 1 < len && (src.charAt(pos + 1) == 'p' || src.charAt(pos + 1) == 'P')) {
                            throw error("Illegal/unsupported escape sequence", pos + 1);
                        }
                        CharPred p = parseEscape();
                        if (p != null) throw error("Illegal character range", pos - 1);
                        hi = escChar;
                    } else {
                        pos++;
                        hi = joinSurrogate(d);
                    }
                    if (hi < lo) throw error("Illegal character range", pos - 1);
                    cur.add(new CharPred.Range(lo, hi, ci, uni));
                    continue;
                }
            }
            cur.add(single(lo, ci, uni));
        }
        result = result == null ? cur : new CharPred.And(result, cur);
        return neg ? new CharPred.Not(result) : result;
    }

    private static CharPred single(int c, boolean ci, boolean uni) {
        return ci ? new CharPred.SingleCI(c, uni) : new CharPred.Single(c);
    }

    // ------------------------------------------------------------------ syntax tree

    abstract static class Ast {
        abstract Node build(Node next, Pattern p);

        abstract int minLen();

        /** -1 when unbounded. */
        abstract int maxLen();
    }

    static final class CharAst extends Ast {
        final CharPred pred;
        final int lit; // the literal char, or -1
        final boolean ci, uni;

        CharAst(CharPred pred, int lit, boolean ci, boolean uni) {
            this.pred = pred;
            this.lit = lit;
            this.ci = ci;
            this.uni = uni;
        }

        Node build(Node next, Pattern p) {
            Node n = new Node.One(pred);
            n.next = next;
            return n;
        }

        int minLen() {
            return 1;
        }

        int maxLen() {
            return lit >= 0 && lit <= 0xFFFF ? 1 : 2;
        }
    }

    static final class SeqAst extends Ast {
        final ArrayList<Ast> items;
        boolean quoted; // from \Q..\E
        boolean group; // a (?:...) group

        SeqAst(ArrayList<Ast> items) {
            this.items = items;
        }

        Node build(Node next, Pattern p) {
            Node n = next;
            int i = items.size() - 1;
            while (i >= 0) {
                Ast a = items.get(i);
                if (a instanceof CharAst && ((CharAst) a).lit >= 0) {
                    CharAst ca = (CharAst) a;
                    int j = i;
                    while (j > 0 && items.get(j - 1) instanceof CharAst) {
                        CharAst b = (CharAst) items.get(j - 1);
                        if (b.lit < 0 || b.ci != ca.ci || b.uni != ca.uni) break;
                        j--;
                    }
                    if (j < i) {
                        char[] t = new char[i - j + 1];
                        for (int k = j; k <= i; k++) t[k - j] = (char) ((CharAst) items.get(k)).lit;
                        Node s = new Node.Slice(t, ca.ci, ca.uni);
                        s.next = n;
                        n = s;
                        i = j - 1;
                        continue;
                    }
                }
                n = a.build(n, p);
                i--;
            }
            return n;
        }

        int minLen() {
            int s = 0;
            for (Ast a : items) s += a.minLen();
            return s;
        }

        int maxLen() {
            long s = 0;
            for (Ast a : items) {
                int m = a.maxLen();
                if (m < 0) return -1;
                s += m;
                if (s > Integer.MAX_VALUE) return -1;
            }
            return (int) s;
        }
    }

    static final class AltAst extends Ast {
        final ArrayList<Ast> alts;
        boolean linebreak; // \R: one node in HotSpot, so a quantifier does not backtrack into it

        AltAst(ArrayList<Ast> alts) {
            this.alts = alts;
        }

        Node build(Node next, Pattern p) {
            Node[] a = new Node[alts.size()];
            for (int i = 0; i < a.length; i++) a[i] = alts.get(i).build(next, p);
            Node b = new Node.Branch(a);
            b.next = next;
            return b;
        }

        int minLen() {
            int m = Integer.MAX_VALUE;
            for (Ast a : alts) m = Math.min(m, a.minLen());
            return m;
        }

        int maxLen() {
            int m = 0;
            for (Ast a : alts) {
                int x = a.maxLen();
                if (x < 0) return -1;
                m = Math.max(m, x);
            }
            return m;
        }
    }

    static final class GroupAst extends Ast {
        final int n;
        final Ast body;

        GroupAst(int n, Ast body) {
            this.n = n;
            this.body = body;
        }

        Node build(Node next, Pattern p) {
            Node tail = new Node.GroupTail(n);
            tail.next = next;
            Node head = new Node.GroupHead(n);
            head.next = body.build(tail, p);
            return head;
        }

        int minLen() {
            return body.minLen();
        }

        int maxLen() {
            return body.maxLen();
        }
    }

    static final class RepeatAst extends Ast {
        final Ast body;
        final int min, max, kind;
        boolean ques; // written '?' (HotSpot's possessive '?+' keeps an empty match)

        RepeatAst(Ast body, int min, int max, int kind) {
            this.body = body;
            this.min = min;
            this.max = max;
            this.kind = kind;
        }

        Node build(Node next, Pattern p) {
            if (body instanceof CharAst) {
                Node n = new Node.CharLoop(((CharAst) body).pred, min, max, kind);
                n.next = next;
                return n;
            }
            Ast inner = body;
            int group = -1;
            if (inner instanceof GroupAst) {
                group = ((GroupAst) inner).n;
                inner = ((GroupAst) inner).body;
            }
            // Possessive quantifiers match each iteration independently (first way that works), as HotSpot does.
            // (a written '?' is a plain branch in HotSpot, not a counted loop)
            if (kind == 2 || (!ques && deterministic(inner))) {
                Node.DetLoop d = new Node.DetLoop(min, max, kind, group);
                d.allowEmpty = ques && kind == 2;
                d.body = inner.build(new Node.Accept(), p);
                d.next = next;
                return d;
            }
            if (kind == 2) {
                Node.Atomic a = new Node.Atomic();
                a.body = loop(new Node.Accept(), p, false);
                a.next = next;
                return a;
            }
            return loop(next, p, kind == 1);
        }

        /** Can `a` match in at most one way (so iterations never need backtracking)? */
        private static boolean deterministic(Ast a) {
            if (a instanceof CharAst || a instanceof AnchorAst || a instanceof BackRefAst) return true;
            if (a instanceof AltAst && ((AltAst) a).linebreak) return true;
            if (a instanceof SeqAst) {
                for (Ast x : ((SeqAst) a).items) {
                    if (!deterministic(x)) return false;
                }
                return true;
            }
            if (a instanceof GroupAst) return deterministic(((GroupAst) a).body);
            if (a instanceof RepeatAst) {
                RepeatAst r = (RepeatAst) a;
                return r.min == r.max && deterministic(r.body); // as HotSpot: any variable count is not
            }
            if (a instanceof AtomicAst) return deterministic(((AtomicAst) a).body);
            return a instanceof LookAst;
        }

        private static boolean hasGroup(Ast a) {
            if (a instanceof GroupAst) return true;
            if (a instanceof SeqAst) {
                for (Ast x : ((SeqAst) a).items) {
                    if (hasGroup(x)) return true;
                }
                return false;
            }
            if (a instanceof AltAst) {
                for (Ast x : ((AltAst) a).alts) {
                    if (hasGroup(x)) return true;
                }
                return false;
            }
            if (a instanceof RepeatAst) return hasGroup(((RepeatAst) a).body);
            if (a instanceof AtomicAst) return hasGroup(((AtomicAst) a).body);
            if (a instanceof LookAst) return hasGroup(((LookAst) a).body);
            return false;
        }

        private Node loop(Node next, Pattern p, boolean lazy) {
            Node.Loop l = new Node.Loop(min, max, lazy, p.loopSlots++);
            l.next = next;
            l.body = body.build(new Node.LoopTail(l), p);
            return l;
        }

        int minLen() {
            long v = (long) min * body.minLen();
            return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
        }

        int maxLen() {
            int b = body.maxLen();
            if (b < 0 || max == Integer.MAX_VALUE) return b == 0 ? 0 : -1;
            long v = (long) max * b;
            return v > Integer.MAX_VALUE ? -1 : (int) v;
        }
    }

    static final class AtomicAst extends Ast {
        final Ast body;

        AtomicAst(Ast body) {
            this.body = body;
        }

        Node build(Node next, Pattern p) {
            Node.Atomic a = new Node.Atomic();
            a.body = body.build(new Node.Accept(), p);
            a.next = next;
            return a;
        }

        int minLen() {
            return body.minLen();
        }

        int maxLen() {
            return body.maxLen();
        }
    }

    static final class LookAst extends Ast {
        final Ast body;
        final boolean behind, negative;

        LookAst(Ast body, boolean behind, boolean negative) {
            this.body = body;
            this.behind = behind;
            this.negative = negative;
        }

        Node build(Node next, Pattern p) {
            Node.Look l = new Node.Look(behind, negative, body.minLen(), body.maxLen());
            l.body = body.build(behind ? new Node.BehindEnd() : new Node.Accept(), p);
            l.next = next;
            return l;
        }

        int minLen() {
            return 0;
        }

        int maxLen() {
            return 0;
        }
    }

    static final class AnchorAst extends Ast {
        final int kind;
        final boolean unix;

        AnchorAst(int kind, boolean unix) {
            this.kind = kind;
            this.unix = unix;
        }

        boolean unicodeWords;

        Node build(Node next, Pattern p) {
            Node.Anchor n = new Node.Anchor(kind, unix);
            n.unicodeWords = unicodeWords;
            n.next = next;
            return n;
        }

        int minLen() {
            return 0;
        }

        int maxLen() {
            return 0;
        }
    }

    static final class BackRefAst extends Ast {
        final int n;
        final boolean ci, uni;

        BackRefAst(int n, boolean ci, boolean uni) {
            this.n = n;
            this.ci = ci;
            this.uni = uni;
        }

        Node build(Node next, Pattern p) {
            Node b = new Node.BackRef(n, ci, uni);
            b.next = next;
            return b;
        }

        int minLen() {
            return 0;
        }

        int maxLen() {
            return -1;
        }
    }
}
