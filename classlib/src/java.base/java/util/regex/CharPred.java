package java.util.regex;

/** A predicate on one UTF-16 unit, used for '.', character classes and literals. */
abstract class CharPred {
    abstract boolean is(int c);

    static boolean isTerminator(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isWord(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    static final class Single extends CharPred {
        final int ch;

        Single(int ch) {
            this.ch = ch;
        }

        boolean is(int c) {
            return c == ch;
        }
    }

    /** Case-insensitive single char (ASCII only unless unicode). */
    static final class SingleCI extends CharPred {
        final int lo, up;

        SingleCI(int ch, boolean unicode) {
            lo = lower(ch, unicode);
            up = upper(ch, unicode);
        }

        boolean is(int c) {
            return c == lo || c == up;
        }
    }

    static int lower(int c, boolean unicode) {
        if (c >= 'A' && c <= 'Z') return c + 32;
        if (unicode && c >= 128) return Character.toLowerCase(c);
        return c;
    }

    static int upper(int c, boolean unicode) {
        if (c >= 'a' && c <= 'z') return c - 32;
        if (unicode && c >= 128) return Character.toUpperCase(c);
        return c;
    }

    static final class Range extends CharPred {
        final int lo, hi;
        final boolean ci, unicode;

        Range(int lo, int hi, boolean ci, boolean unicode) {
            this.lo = lo;
            this.hi = hi;
            this.ci = ci;
            this.unicode = unicode;
        }

        boolean is(int c) {
            if (c >= lo && c <= hi) return true;
            if (!ci) return false;
            int l = lower(c, unicode);
            if (l >= lo && l <= hi) return true;
            int u = upper(c, unicode);
            return u >= lo && u <= hi;
        }
    }

    static final class Union extends CharPred {
        CharPred[] items = new CharPred[4];
        int n;

        void add(CharPred p) {
            if (n == items.length) {
                CharPred[] a = new CharPred[n * 2];
                System.arraycopy(items, 0, a, 0, n);
                items = a;
            }
            items[n++] = p;
        }

        boolean is(int c) {
            for (int i = 0; i < n; i++) if (items[i].is(c)) return true;
            return false;
        }
    }

    static final class And extends CharPred {
        final CharPred a, b;

        And(CharPred a, CharPred b) {
            this.a = a;
            this.b = b;
        }

        boolean is(int c) {
            return a.is(c) && b.is(c);
        }
    }

    static final class Not extends CharPred {
        final CharPred a;

        Not(CharPred a) {
            this.a = a;
        }

        boolean is(int c) {
            return !a.is(c);
        }
    }

    /** '.' in its three flavours. */
    static final class Dot extends CharPred {
        final int mode; // 0 normal, 1 unix lines, 2 dotall

        Dot(int mode) {
            this.mode = mode;
        }

        boolean is(int c) {
            if (mode == 2) return true;
            if (mode == 1) return c != '\n';
            return !isTerminator(c);
        }
    }

    // Built-in classes, by kind.
    static final int DIGIT = 0, WORD = 1, SPACE = 2, HSPACE = 3, VSPACE = 4, LOWER = 5, UPPER = 6, ASCII = 7, ALPHA = 8,
            ALNUM = 9, PUNCT = 10, GRAPH = 11, PRINT = 12, BLANK = 13, CNTRL = 14, XDIGIT = 15, U_LETTER = 16,
            U_UPPER = 17, U_LOWER = 18, U_DIGIT = 19, U_WHITE = 20, U_LETTER_DIGIT = 21, ANY = 22, U_TITLE = 23,
            J_LOWER = 24, J_UPPER = 25, J_WHITESPACE = 26, J_SPACECHAR = 27, U_PUNCT = 28, LATIN = 29,
            GREEK = 30;

    static final class Builtin extends CharPred {
        final int kind;

        Builtin(int kind) {
            this.kind = kind;
        }

        boolean is(int c) {
            switch (kind) {
                case DIGIT:
                    return c >= '0' && c <= '9';
                case WORD:
                    return isWord(c);
                case SPACE:
                    return c == ' ' || (c >= 9 && c <= 13);
                case HSPACE:
                    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180e
                            || (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x3000;
                case VSPACE:
                    return (c >= 10 && c <= 13) || c == 0x85 || c == 0x2028 || c == 0x2029;
                case LOWER:
                    return c >= 'a' && c <= 'z';
                case UPPER:
                    return c >= 'A' && c <= 'Z';
                case ASCII:
                    return c < 128;
                case ALPHA:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                case ALNUM:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                case PUNCT:
                    return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60)
                            || (c >= 0x7b && c <= 0x7e);
                case GRAPH:
                    return c >= 0x21 && c <= 0x7e;
                case PRINT:
                    return c >= 0x20 && c <= 0x7e;
                case BLANK:
                    return c == ' ' || c == '\t';
                case CNTRL:
                    return c < 0x20 || c == 0x7f;
                case XDIGIT:
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                case U_LETTER:
                    return Character.isLetter((char) c);
                case U_UPPER:
                case J_UPPER:
                    return Character.isUpperCase((char) c);
                case U_LOWER:
                case J_LOWER:
                    return Character.isLowerCase((char) c);
                case U_TITLE:
                    return false;
                case U_DIGIT:
                    return Character.isDigit(c);
                case U_WHITE:
                    return c == ' ' || (c >= 9 && c <= 13) || c == 0x85 || c == 0xA0 || c == 0x1680
                            || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
                            || c == 0x205f || c == 0x3000;
                case U_LETTER_DIGIT:
                    return Character.isLetterOrDigit((char) c);
                case J_WHITESPACE:
                    return Character.isWhitespace(c);
                case J_SPACECHAR:
                    return Character.isSpaceChar((char) c);
                case U_PUNCT:
                    return c < 128 && (c >= 0x21 && c <= 0x2f || c >= 0x3a && c <= 0x40 || c >= 0x5b && c <= 0x60
                            || c >= 0x7b && c <= 0x7e) && "$+<=>^`|~".indexOf(c) < 0;
                case LATIN:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0xAA || c == 0xBA
                            || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
                case GREEK:
                    return c >= 0x370 && c <= 0x3FF;
                default:
                    return true;
            }
        }
    }

    /** A POSIX class under CASE_INSENSITIVE: matches when either case does. */
    static final class CaseFold extends CharPred {
        final CharPred a;
        final boolean unicode;

        CaseFold(CharPred a, boolean unicode) {
            this.a = a;
            this.unicode = unicode;
        }

        boolean is(int c) {
            return a.is(c) || a.is(lower(c, unicode)) || a.is(upper(c, unicode));
        }
    }
}
