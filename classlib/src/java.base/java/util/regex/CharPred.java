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
        final int ch, key;
        final boolean unicode;

        SingleCI(int ch, boolean unicode) {
            this.ch = ch;
            this.unicode = unicode;
            // a character without a case partner (like U+00DF) only matches itself, as in HotSpot
            int up = unicode ? UnicodeCase.toUpper(ch) : ch;
            key = unicode && UnicodeCase.toLower(up) == up ? -1 : fold(ch, unicode);
        }

        boolean is(int c) {
            return c == ch || (key >= 0 && fold(c, unicode) == key);
        }
    }

    /** Case-insensitive comparison key: ASCII lower case, or lower(upper(c)) with UNICODE_CASE. */
    static int fold(int c, boolean unicode) {
        if (!unicode) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        return UnicodeCase.toLower(UnicodeCase.toUpper(c));
    }

    static int lower(int c, boolean unicode) {
        if (c >= 'A' && c <= 'Z') return c + 32;
        if (unicode && c >= 128) return UnicodeCase.toLower(c);
        return c;
    }

    static int upper(int c, boolean unicode) {
        if (c >= 'a' && c <= 'z') return c - 32;
        if (unicode && c >= 128) return UnicodeCase.toUpper(c);
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
            GREEK = 30, U_ALPHABETIC = 31, U_WORD = 32, U_GRAPH = 33, U_PRINT = 34, U_BLANK = 35, U_CNTRL = 36,
            U_XDIGIT = 37, U_CASED = 38;

    // Masks of Unicode general categories (bit numbers as in UnicodeData.NAMES).
    static final int L_MASK = 0x3E, M_MASK = 0x1C0, ND_MASK = 1 << 9, Z_MASK = 0x7000,
            P_MASK = (0x1F << 19) | (3 << 28), CC_MASK = 1 << 15;

    static boolean isUpper(int c) {
        return UnicodeData.in(1 << 1, c) || (c >= 0x2160 && c <= 0x216F) || (c >= 0x24B6 && c <= 0x24CF);
    }

    static boolean isLower(int c) {
        return UnicodeData.in(1 << 2, c) || c == 0xAA || c == 0xBA || (c >= 0x2B0 && c <= 0x2B8)
                || (c >= 0x2C0 && c <= 0x2C1) || (c >= 0x2E0 && c <= 0x2E4) || c == 0x345 || c == 0x37A
                || (c >= 0x2170 && c <= 0x217F) || (c >= 0x24D0 && c <= 0x24E9);
    }

    static boolean isUnicodeSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13) || c == 0x85 || UnicodeData.in(Z_MASK, c);
    }

    /** A set of Unicode general categories (\p{Lu}, \p{P}, \p{gc=Zs}, ...). */
    static final class Category extends CharPred {
        final int mask;

        Category(int mask) {
            this.mask = mask;
        }

        boolean is(int c) {
            return UnicodeData.in(mask, c);
        }
    }

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
                    return UnicodeData.in(L_MASK, c);
                case U_UPPER:
                case J_UPPER:
                    return isUpper(c);
                case U_LOWER:
                case J_LOWER:
                    return isLower(c);
                case U_TITLE:
                    return UnicodeData.in(1 << 3, c);
                case U_CASED:
                    return UnicodeData.in(0xE, c) || isUpper(c) || isLower(c);
                case U_DIGIT:
                    return UnicodeData.in(ND_MASK, c);
                case U_ALPHABETIC:
                    return UnicodeData.in(L_MASK | (1 << 10), c) || isUpper(c) || isLower(c);
                case U_WORD:
                    return UnicodeData.in(L_MASK | (1 << 10) | M_MASK | ND_MASK | (1 << 22), c) || isUpper(c) || isLower(c)
                            || c == 0x200C || c == 0x200D;
                case U_WHITE:
                    return isUnicodeSpace(c);
                case U_GRAPH:
                    return !isUnicodeSpace(c) && !UnicodeData.in(CC_MASK | 1 | (1 << 18), c);
                case U_PRINT:
                    return (!isUnicodeSpace(c) && !UnicodeData.in(CC_MASK | 1 | (1 << 18), c))
                            || (UnicodeData.in(1 << 12, c) || c == '\t') && !UnicodeData.in(CC_MASK, c);
                case U_BLANK:
                    return c == '\t' || UnicodeData.in(1 << 12, c);
                case U_CNTRL:
                    return UnicodeData.in(CC_MASK, c);
                case U_XDIGIT:
                    return UnicodeData.in(ND_MASK, c) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
                            || (c >= 'A' && c <= 'F') || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF26)
                            || (c >= 0xFF41 && c <= 0xFF46);
                case U_LETTER_DIGIT:
                    return UnicodeData.in(L_MASK | ND_MASK, c);
                case J_WHITESPACE:
                    return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F)
                            || (UnicodeData.in(Z_MASK, c) && c != 0xA0 && c != 0x2007 && c != 0x202F);
                case J_SPACECHAR:
                    return UnicodeData.in(Z_MASK, c);
                case U_PUNCT:
                    return UnicodeData.in(P_MASK, c);
                case LATIN:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0xAA || c == 0xBA
                            || (c >= 0xC0 && c <= 0x2B8 && c != 0xD7 && c != 0xF7) || (c >= 0x2E0 && c <= 0x2E4)
                            || (c >= 0x1D00 && c <= 0x1D25) || (c >= 0x1D2C && c <= 0x1D5C) || (c >= 0x1D62 && c <= 0x1D65)
                            || (c >= 0x1D6B && c <= 0x1D77) || (c >= 0x1D79 && c <= 0x1DBE) || (c >= 0x1E00 && c <= 0x1EFF)
                            || c == 0x2071 || c == 0x207F || (c >= 0x2090 && c <= 0x209C) || c == 0x212A || c == 0x212B
                            || c == 0x2132 || c == 0x214E || (c >= 0x2160 && c <= 0x2188) || (c >= 0x2C60 && c <= 0x2C7F)
                            || (c >= 0xA722 && c <= 0xA787) || (c >= 0xA78B && c <= 0xA7CA) || (c >= 0xA7F2 && c <= 0xA7FF)
                            || (c >= 0xAB30 && c <= 0xAB5A) || (c >= 0xAB5C && c <= 0xAB64) || (c >= 0xFB00 && c <= 0xFB06)
                            || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
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
