package java.lang;

public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");

    private static final Long[] CACHE = new Long[256];

    private final long value;

    @Deprecated
    public Long(long value) {
        this.value = value;
    }

    @Deprecated
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            int i = (int) l + 128;
            Long c = CACHE[i];
            if (c == null) CACHE[i] = c = new Long(l);
            return c;
        }
        return new Long(l);
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    // ---- parsing ----

    static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    static NumberFormatException forCharSequence(CharSequence s, int beginIndex, int endIndex, int errorIndex) {
        return new NumberFormatException("Error at index " + (errorIndex - beginIndex) + " in: \""
            + s.subSequence(beginIndex, endIndex) + "\"");
    }

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    static void checkFromTo(CharSequence s, int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) throw new IndexOutOfBoundsException();
    }

    /** Negative-accumulating parse of s against [-max or min]; every failure reports the whole string. */
    static long parse(String s, int radix, long min, long max) {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        checkRadix(radix);
        int len = s.length();
        if (len == 0) throw forInputString("", radix);
        int i = 0;
        boolean negative = false;
        long limit = -max;
        char firstChar = s.charAt(0);
        if (firstChar < '0') {
            if (firstChar == '-') {
                negative = true;
                limit = min;
            } else if (firstChar != '+') {
                throw forInputString(s, radix);
            }
            if (len == 1) throw forInputString(s, radix);
            i++;
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < len) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multmin) throw forInputString(s, radix);
            result *= radix;
            if (result < limit + digit) throw forInputString(s, radix);
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** The CharSequence-range parse: failures name the index within the range. */
    static long parse(CharSequence s, int beginIndex, int endIndex, int radix, long min, long max) {
        if (s == null) throw new NullPointerException();
        checkFromTo(s, beginIndex, endIndex);
        checkRadix(radix);
        if (beginIndex == endIndex) throw forInputString("", radix);
        boolean negative = false;
        int i = beginIndex;
        long limit = -max;
        char firstChar = s.charAt(i);
        if (firstChar < '0') {
            if (firstChar == '-') {
                negative = true;
                limit = min;
            } else if (firstChar != '+') {
                throw forCharSequence(s, beginIndex, endIndex, i);
            }
            i++;
        }
        if (i >= endIndex) throw forCharSequence(s, beginIndex, endIndex, i);
        long multmin = limit / radix;
        long result = 0;
        while (i < endIndex) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) throw forCharSequence(s, beginIndex, endIndex, i);
            result *= radix;
            if (result < limit + digit) throw forCharSequence(s, beginIndex, endIndex, i);
            i++;
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static long parseLong(String s, int radix) throws NumberFormatException {
        return parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        return parse(s, beginIndex, endIndex, radix, MIN_VALUE, MAX_VALUE);
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parse(s, 10, MIN_VALUE, MAX_VALUE);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        int len = s.length();
        if (len > 0) {
            char firstChar = s.charAt(0);
            if (firstChar == '-') {
                throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
            }
            if (len <= 12 || (radix == 10 && len <= 18)) return parseLong(s, radix);
            return unsignedTail(s, 0, len, radix);
        }
        throw forInputString(s, radix);
    }

    private static long unsignedTail(CharSequence s, int begin, int end, int radix) {
        long first = parseLong(s, begin, end - 1, radix);
        int second = Character.digit(s.charAt(end - 1), radix);
        if (second < 0) throw new NumberFormatException("Bad digit at end of " + s.subSequence(begin, end));
        long result = first * radix + second;
        int guard = radix * (int) (first >>> 57);
        if (guard >= 128 || (result >= 0 && guard >= 128 - Character.MAX_RADIX)) {
            throw new NumberFormatException("String value " + s.subSequence(begin, end) + " exceeds range of unsigned long.");
        }
        return result;
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        if (s == null) throw new NullPointerException();
        checkFromTo(s, beginIndex, endIndex);
        int len = endIndex - beginIndex;
        if (len > 0) {
            char firstChar = s.charAt(beginIndex);
            if (firstChar == '-') {
                throw new NumberFormatException("Illegal leading minus sign on unsigned string "
                    + s.subSequence(beginIndex, endIndex) + ".");
            }
            if (len <= 12 || (radix == 10 && len <= 18)) return parseLong(s, beginIndex, endIndex, radix);
            return unsignedTail(s, beginIndex, endIndex, radix);
        }
        throw forInputString("", radix);
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static Long decode(String nm) throws NumberFormatException {
        return valueOf(decodeLong(nm, MIN_VALUE, MAX_VALUE));
    }

    /** Integer/Long/Short/Byte.decode: sign, then 0x/0X/#/0 prefixes. */
    static long decodeLong(String nm, long min, long max) {
        int radix = 10;
        int index = 0;
        boolean negative = false;
        if (nm.isEmpty()) throw new NumberFormatException("Zero length string");
        char firstChar = nm.charAt(0);
        if (firstChar == '-') {
            negative = true;
            index++;
        } else if (firstChar == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        long result;
        try {
            result = parse(nm.substring(index), radix, min, max);
            result = negative ? -result : result;
        } catch (NumberFormatException e) {
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            result = parse(constant, radix, min, max);
        }
        return result;
    }

    // ---- formatting ----

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (radix == 10) return toString(i);
        char[] buf = new char[65];
        int p = 65;
        boolean negative = i < 0;
        if (!negative) i = -i;
        while (i <= -radix) {
            buf[--p] = DIGITS[(int) -(i % radix)];
            i = i / radix;
        }
        buf[--p] = DIGITS[(int) -i];
        if (negative) buf[--p] = '-';
        return new String(buf, p, 65 - p);
    }

    static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) return toString(i, radix);
        switch (radix) {
            case 2: return toBinaryString(i);
            case 4: return toUnsigned(i, 2);
            case 8: return toOctalString(i);
            case 16: return toHexString(i);
            case 32: return toUnsigned(i, 5);
            case 10: {
                long quot = (i >>> 1) / 5;
                long rem = i - quot * 10;
                return toString(quot) + rem;
            }
            default:
                if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) return toUnsignedString(i, 10);
                long q = divideUnsigned(i, radix);
                long r = i - q * radix;
                return toString(q, radix) + DIGITS[(int) r];
        }
    }

    static String toUnsigned(long l, int shift) {
        char[] buf = new char[64];
        int p = 64;
        int mask = (1 << shift) - 1;
        do {
            buf[--p] = DIGITS[(int) (l & mask)];
            l >>>= shift;
        } while (l != 0);
        return new String(buf, p, 64 - p);
    }

    public static String toHexString(long i) {
        return toUnsigned(i, 4);
    }

    public static String toOctalString(long i) {
        return toUnsigned(i, 3);
    }

    public static String toBinaryString(long i) {
        return toUnsigned(i, 1);
    }

    public static String toString(long i) {
        if (i == MIN_VALUE) return "-9223372036854775808";
        char[] buf = new char[20];
        int p = 20;
        boolean negative = i < 0;
        if (negative) i = -i;
        do {
            buf[--p] = (char) ('0' + (int) (i % 10));
            i /= 10;
        } while (i != 0);
        if (negative) buf[--p] = '-';
        return new String(buf, p, 20 - p);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    // ---- arithmetic and bits ----

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) < 0 ? 0L : 1L;
        if (dividend > 0) return dividend / divisor;
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) < 0 ? dividend : dividend - divisor;
        if (dividend > 0) return dividend % divisor;
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return compareUnsigned(r, divisor) >= 0 ? r - divisor : r;
    }

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int x = (int) (i >>> 32);
        return x == 0 ? 32 + Integer.numberOfLeadingZeros((int) i) : Integer.numberOfLeadingZeros(x);
    }

    public static int numberOfTrailingZeros(long i) {
        int x = (int) i;
        return x == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32)) : Integer.numberOfTrailingZeros(x);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32) | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return (result == null) ? Long.valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        String v = null;
        if (nm != null && !nm.isEmpty()) v = System.getProperty(nm);
        if (v != null) {
            try {
                return Long.decode(v);
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return val;
    }

    // ---- instance ----

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public int compareTo(Long anotherLong) {
        return compare(this.value, anotherLong.value);
    }

    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).longValue();
    }

    public int hashCode() {
        return hashCode(value);
    }

    public String toString() {
        return toString(value);
    }
}
