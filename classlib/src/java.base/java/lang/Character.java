package java.lang;

/**
 * The char wrapper and Unicode character properties. Properties come from the generated
 * {@link CharacterData} tables (runs of code points sharing one property record).
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uffff';
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final int SIZE = 16;
    public static final int BYTES = 2;
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;

    private static final Character[] CACHE = new Character[128];
    private final char value;

    @Deprecated
    public Character(char value) {
        this.value = value;
    }

    public static Character valueOf(char c) {
        if (c < 128) {
            Character r = CACHE[c];
            if (r == null) CACHE[c] = r = new Character(c);
            return r;
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char c) {
        return c;
    }

    public boolean equals(Object o) {
        return o instanceof Character && ((Character) o).value == value;
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint));
    }

    public int compareTo(Character anotherCharacter) {
        return compare(this.value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- code points and surrogates ----

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAtImpl(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) throw new IndexOutOfBoundsException();
        return codePointAtImpl(a, index, limit);
    }

    private static int codePointAtImpl(char[] a, int index, int limit) {
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBeforeImpl(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || start >= a.length) throw new IndexOutOfBoundsException();
        return codePointBeforeImpl(a, index, start);
    }

    private static int codePointBeforeImpl(char[] a, int index, int start) {
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[--index];
            if (isHighSurrogate(c1)) return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        } else if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw new IllegalArgumentException(invalidCodePoint(codePoint));
    }

    static String invalidCodePoint(int codePoint) {
        return "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase();
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) return new char[] {(char) codePoint};
        if (isValidCodePoint(codePoint)) return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        throw new IllegalArgumentException(invalidCodePoint(codePoint));
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) throw new IndexOutOfBoundsException();
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex;) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex && isLowSurrogate(seq.charAt(i))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0) throw new IndexOutOfBoundsException();
        int endIndex = offset + count;
        int n = count;
        for (int i = offset; i < endIndex;) {
            if (isHighSurrogate(a[i++]) && i < endIndex && isLowSurrogate(a[i])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) throw new IndexOutOfBoundsException();
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) x++;
            }
            if (i < codePointOffset) throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) x--;
            }
            if (i < 0) throw new IndexOutOfBoundsException();
        }
        return x;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0 || index < start || index > start + count) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        int limit = start + count;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < limit && i < codePointOffset; i++) {
                if (isHighSurrogate(a[x++]) && x < limit && isLowSurrogate(a[x])) x++;
            }
            if (i < codePointOffset) throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > start && i < 0; i++) {
                if (isLowSurrogate(a[--x]) && x > start && isHighSurrogate(a[x - 1])) x--;
            }
            if (i < 0) throw new IndexOutOfBoundsException();
        }
        return x;
    }

    // ---- properties (generated tables) ----

    private static final int F_ALPHABETIC = 1, F_IDEOGRAPHIC = 2, F_UPPER = 4, F_LOWER = 8, F_JSTART = 16,
            F_JPART = 32, F_USTART = 64, F_UPART = 128, F_IGNORABLE = 256, F_MIRRORED = 512, F_WHITESPACE = 1024;

    /** Per record: type, flags, upper/lower/title deltas, numeric kind and delta, digit kind and delta. */
    private static final int[] REC;
    private static final int[] RUN_START;
    private static final short[] RUN_REC;
    private static final short[] LATIN1 = new short[256];

    static {
        String r = CharacterData.records();
        int[] pos = {0};
        REC = new int[CharacterData.N_RECORDS * CharacterData.RECORD_INTS];
        for (int i = 0; i < REC.length; i++) REC[i] = readSmall(r, pos);
        String runs = CharacterData.runs();
        pos[0] = 0;
        RUN_START = new int[CharacterData.N_RUNS];
        RUN_REC = new short[CharacterData.N_RUNS];
        int start = 0;
        for (int i = 0; i < RUN_START.length; i++) {
            start += readSmall(runs, pos);
            RUN_START[i] = start;
            RUN_REC[i] = (short) readSmall(runs, pos);
        }
        for (int c = 0; c < 256; c++) LATIN1[c] = (short) lookup(c);
    }

    private static int readSmall(String s, int[] pos) {
        int c = s.charAt(pos[0]++);
        if (c == 0xFFFF) {
            int p = pos[0];
            int v = ((s.charAt(p) - 1) << 22) | ((s.charAt(p + 1) - 1) << 11) | (s.charAt(p + 2) - 1);
            pos[0] = p + 3;
            return v;
        }
        int z = c - 1;
        return (z >>> 1) ^ -(z & 1);
    }

    private static String readChars(String s, int[] pos) {
        int n = readSmall(s, pos);
        if (n == 0) return null;
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) readSmall(s, pos);
        return new String(c);
    }

    private static int lookup(int cp) {
        int lo = 0, hi = RUN_START.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (RUN_START[mid] <= cp) lo = mid;
            else hi = mid - 1;
        }
        return RUN_REC[lo];
    }

    /** Offset of the record of `cp` in REC, or -1 if cp is not a code point. */
    private static int rec(int cp) {
        if (cp >= 0 && cp < 256) return LATIN1[cp] * CharacterData.RECORD_INTS;
        if (cp < 0 || cp > MAX_CODE_POINT) return -1;
        return lookup(cp) * CharacterData.RECORD_INTS;
    }

    private static boolean flag(int cp, int f) {
        int r = rec(cp);
        return r >= 0 && (REC[r + 1] & f) != 0;
    }

    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static int getType(int codePoint) {
        int r = rec(codePoint);
        return r < 0 ? UNASSIGNED : REC[r];
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int codePoint) {
        return flag(codePoint, F_LOWER);
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int codePoint) {
        return flag(codePoint, F_UPPER);
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int codePoint) {
        return getType(codePoint) == TITLECASE_LETTER;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        return getType(codePoint) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int codePoint) {
        int t = getType(codePoint);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == DECIMAL_DIGIT_NUMBER;
    }

    @Deprecated
    public static boolean isJavaLetter(char ch) {
        return isJavaIdentifierStart(ch);
    }

    @Deprecated
    public static boolean isJavaLetterOrDigit(char ch) {
        return isJavaIdentifierPart(ch);
    }

    public static boolean isAlphabetic(int codePoint) {
        return flag(codePoint, F_ALPHABETIC);
    }

    public static boolean isIdeographic(int codePoint) {
        return flag(codePoint, F_IDEOGRAPHIC);
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int codePoint) {
        return flag(codePoint, F_JSTART);
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int codePoint) {
        return flag(codePoint, F_JPART);
    }

    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    public static boolean isUnicodeIdentifierStart(int codePoint) {
        return flag(codePoint, F_USTART);
    }

    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    public static boolean isUnicodeIdentifierPart(int codePoint) {
        return flag(codePoint, F_UPART);
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int codePoint) {
        return flag(codePoint, F_IGNORABLE);
    }

    public static boolean isMirrored(char ch) {
        return isMirrored((int) ch);
    }

    public static boolean isMirrored(int codePoint) {
        return flag(codePoint, F_MIRRORED);
    }

    @Deprecated
    public static boolean isSpace(char ch) {
        return ch <= 0x0020 && (((((1L << 0x0009) | (1L << 0x000A) | (1L << 0x000C) | (1L << 0x000D) | (1L << 0x0020)) >> ch) & 1L) != 0);
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int codePoint) {
        int t = getType(codePoint);
        return t == SPACE_SEPARATOR || t == LINE_SEPARATOR || t == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int codePoint) {
        if (codePoint < 128) {
            return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0D) || (codePoint >= 0x1C && codePoint <= 0x1F);
        }
        return flag(codePoint, F_WHITESPACE);
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9F && (codePoint >= 0x7F || (codePoint >>> 5 == 0));
    }

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int codePoint) {
        if (codePoint >= 'A' && codePoint <= 'Z') return codePoint + 32;
        if (codePoint < 128) return codePoint;
        int r = rec(codePoint);
        return r < 0 ? codePoint : codePoint + REC[r + 3];
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int codePoint) {
        if (codePoint >= 'a' && codePoint <= 'z') return codePoint - 32;
        if (codePoint < 128) return codePoint;
        int r = rec(codePoint);
        return r < 0 ? codePoint : codePoint + REC[r + 2];
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int codePoint) {
        int r = rec(codePoint);
        return r < 0 ? codePoint : codePoint + REC[r + 4];
    }

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) return -1;
        int d;
        if (codePoint < 128) {
            if (codePoint >= '0' && codePoint <= '9') d = codePoint - '0';
            else if (codePoint >= 'a' && codePoint <= 'z') d = codePoint - 'a' + 10;
            else if (codePoint >= 'A' && codePoint <= 'Z') d = codePoint - 'A' + 10;
            else return -1;
        } else {
            int r = rec(codePoint);
            if (r < 0 || REC[r + 7] == 0) return -1;
            d = codePoint + REC[r + 8];
        }
        return d < radix ? d : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int codePoint) {
        int r = rec(codePoint);
        if (r < 0) return -1;
        int kind = REC[r + 5];
        return kind == 0 ? -1 : kind == 1 ? -2 : codePoint + REC[r + 6];
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0) return '\0';
        if (radix < MIN_RADIX || radix > MAX_RADIX) return '\0';
        if (digit < 10) return (char) ('0' + digit);
        return (char) ('a' - 10 + digit);
    }

    /** Full upper-case mapping (may be several chars) or null when it is the simple mapping. */
    static String upperSpecial(int cp) {
        return special(cp, true);
    }

    static String lowerSpecial(int cp) {
        return special(cp, false);
    }

    private static String[] SPECIAL_UP, SPECIAL_LO;
    private static int[] SPECIAL_CP;

    private static String special(int cp, boolean upper) {
        if (SPECIAL_CP == null) {
            String s = CharacterData.special();
            int n = CharacterData.N_SPECIAL;
            int[] cps = new int[n];
            String[] up = new String[n], lo = new String[n];
            int[] pos = {0};
            for (int i = 0; i < n; i++) {
                cps[i] = readSmall(s, pos);
                up[i] = readChars(s, pos);
                lo[i] = readChars(s, pos);
            }
            SPECIAL_UP = up;
            SPECIAL_LO = lo;
            SPECIAL_CP = cps;
        }
        int lo = 0, hi = SPECIAL_CP.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = SPECIAL_CP[mid];
            if (v == cp) return upper ? SPECIAL_UP[mid] : SPECIAL_LO[mid];
            if (v < cp) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }
}
