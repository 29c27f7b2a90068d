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

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            int k = (int) l + 128;
            Long c = CACHE[k];
            if (c == null) {
                c = new Long(l);
                CACHE[k] = c;
            }
            return c;
        }
        return new Long(l);
    }

    public static Long valueOf(String s) {
        return valueOf(parseLong(s));
    }

    public static long parseLong(String s) {
        return parseLong(s, 10);
    }

    public static long parseLong(String s, int radix) {
        if (s == null) throw new NumberFormatException("Cannot parse null string: null");
        return parseSigned(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /** Parses digits with overflow checks against [min, max]; shared by the integral types. */
    static long parseSigned(String s, int radix, long min, long max) {
        int n = s.length();
        if (n == 0) throw new NumberFormatException("For input string: \"\"" + (radix == 10 ? "" : " under radix " + radix));
        int i = 0;
        boolean neg = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            neg = first == '-';
            i = 1;
            if (n == 1) throw forInput(s, radix);
        }
        long limit = neg ? min : -max;
        long result = 0;
        long multmin = limit / radix;
        for (; i < n; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0 || result < multmin) throw forInput(s, radix);
            result *= radix;
            if (result < limit + d) throw forInput(s, radix);
            result -= d;
        }
        return neg ? result : -result;
    }

    private static NumberFormatException forInput(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    public static String toString(long l) {
        return toString(l, 10);
    }

    public static String toString(long l, int radix) {
        if (radix < 2 || radix > 36) radix = 10;
        if (l == 0) return "0";
        char[] buf = new char[65];
        int p = 65;
        boolean neg = l < 0;
        if (!neg) l = -l;
        while (l != 0) {
            buf[--p] = Character.forDigit((int) -(l % radix), radix);
            l /= radix;
        }
        if (neg) buf[--p] = '-';
        return new String(buf, p, 65 - p);
    }

    static String toUnsigned(long l, int shift) {
        char[] buf = new char[64];
        int p = 64;
        int mask = (1 << shift) - 1;
        do {
            buf[--p] = Character.forDigit((int) (l & mask), 1 << shift);
            l >>>= shift;
        } while (l != 0);
        return new String(buf, p, 64 - p);
    }

    public static String toHexString(long l) {
        return toUnsigned(l, 4);
    }

    public static String toOctalString(long l) {
        return toUnsigned(l, 3);
    }

    public static String toBinaryString(long l) {
        return toUnsigned(l, 1);
    }

    public static int compare(long a, long b) {
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    public static int compareUnsigned(long a, long b) {
        return compare(a + MIN_VALUE, b + MIN_VALUE);
    }

    public static int signum(long l) {
        return (int) ((l >> 63) | (-l >>> 63));
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

    public static int hashCode(long l) {
        return (int) (l ^ (l >>> 32));
    }

    public static int bitCount(long l) {
        return Integer.bitCount((int) l) + Integer.bitCount((int) (l >>> 32));
    }

    public static int numberOfLeadingZeros(long l) {
        int hi = (int) (l >>> 32);
        return hi == 0 ? 32 + Integer.numberOfLeadingZeros((int) l) : Integer.numberOfLeadingZeros(hi);
    }

    public static int numberOfTrailingZeros(long l) {
        int lo = (int) l;
        return lo == 0 ? 32 + Integer.numberOfTrailingZeros((int) (l >>> 32)) : Integer.numberOfTrailingZeros(lo);
    }

    public static long rotateLeft(long i, int d) {
        return (i << d) | (i >>> -d);
    }

    public static long rotateRight(long i, int d) {
        return (i >>> d) | (i << -d);
    }

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public int compareTo(Long o) {
        return compare(value, o.value);
    }

    public boolean equals(Object o) {
        return o instanceof Long && ((Long) o).value == value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public String toString() {
        return toString(value);
    }
}
