package java.lang;

public final class Double extends Number implements Comparable<Double> {
    // lang helper: parsing below is pure Java except the correctly rounded decimal conversion (parse0).
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Class.getPrimitiveClass("double");
    private final double value;

    @Deprecated
    public Double(double value) {
        this.value = value;
    }

    @Deprecated
    public Double(String s) throws NumberFormatException {
        this(parseDouble(s));
    }

    public static String toHexString(double d) {
        if (!isFinite(d)) return toString(d);
        long bits = doubleToRawLongBits(d);
        StringBuilder sb = new StringBuilder(24);
        if (bits < 0) sb.append('-');
        sb.append("0x");
        d = Math.abs(d);
        if (d == 0.0) return sb.append("0.0p0").toString();
        boolean subnormal = d < MIN_NORMAL;
        long fract = bits & 0x000fffffffffffffL;
        sb.append(subnormal ? "0." : "1.");
        String h = Long.toHexString(fract | 0x0010000000000000L).substring(1);
        int end = h.length();
        while (end > 1 && h.charAt(end - 1) == '0') end--;
        sb.append(h, 0, end);
        sb.append('p').append(subnormal ? MIN_EXPONENT : Math.getExponent(d));
        return sb.toString();
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static Double valueOf(String s) {
        return new Double(parseDouble(s));
    }

    public static double parseDouble(String s) {
        return parse(s, false);
    }

    /** Double.parseDouble / Float.parseFloat grammar (decimal and hex); decimal digits are rounded natively. */
    static double parse(String in, boolean asFloat) {
        in = in.trim();
        int len = in.length();
        if (len == 0) throw new NumberFormatException("empty String");
        int i = 0;
        boolean neg = false;
        char c = in.charAt(0);
        if (c == '-' || c == '+') {
            neg = c == '-';
            i++;
        }
        if (i < len) {
            c = in.charAt(i);
            if (c == 'N') {
                if (i + 3 == len && in.startsWith("NaN", i)) return NaN;
                throw bad(in);
            }
            if (c == 'I') {
                if (i + 8 == len && in.startsWith("Infinity", i)) return neg ? NEGATIVE_INFINITY : POSITIVE_INFINITY;
                throw bad(in);
            }
            if (c == '0' && i + 1 < len && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X')) {
                double v = parseHex(in, i + 2, asFloat);
                return neg ? -v : v;
            }
        }
        int start = i;
        int digits = 0;
        while (i < len && isDigit(in.charAt(i))) {
            i++;
            digits++;
        }
        if (i < len && in.charAt(i) == '.') {
            i++;
            while (i < len && isDigit(in.charAt(i))) {
                i++;
                digits++;
            }
            if (i < len && in.charAt(i) == '.') throw new NumberFormatException("multiple points");
        }
        if (digits == 0) throw bad(in);
        if (i < len && (in.charAt(i) == 'e' || in.charAt(i) == 'E')) {
            i++;
            if (i < len && (in.charAt(i) == '+' || in.charAt(i) == '-')) i++;
            int ed = 0;
            while (i < len && isDigit(in.charAt(i))) {
                i++;
                ed++;
            }
            if (ed == 0) throw bad(in);
        }
        int end = i;
        if (i < len && isSuffix(in.charAt(i))) i++;
        if (i != len) throw bad(in);
        double v = parse0(in.substring(start, end), asFloat);
        if (v != v) throw bad(in);
        return neg ? -v : v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSuffix(char c) {
        return c == 'f' || c == 'F' || c == 'd' || c == 'D';
    }

    private static NumberFormatException bad(String in) {
        return new NumberFormatException("For input string: \"" + in + "\"");
    }

    /** 0x HexDigits [. HexDigits] (p|P) [sign] Digits [suffix], rounded to nearest even. */
    private static double parseHex(String in, int i, boolean asFloat) {
        int len = in.length();
        long m = 0;
        int kept = 0;
        boolean sticky = false;
        int e2 = 0;
        int digits = 0;
        boolean seenPoint = false;
        for (; i < len; i++) {
            char c = in.charAt(i);
            int d = Character.digit(c, 16);
            if (c == '.' && !seenPoint) {
                seenPoint = true;
                continue;
            }
            if (d < 0 || c > 'f') break;
            digits++;
            if (m == 0 && d == 0) {
                if (seenPoint) e2 -= 4;
                continue;
            }
            if (kept < 15) {
                m = (m << 4) | d;
                kept++;
                if (seenPoint) e2 -= 4;
            } else {
                if (d != 0) sticky = true;
                if (!seenPoint) e2 += 4;
            }
        }
        if (digits == 0 || i >= len || (in.charAt(i) != 'p' && in.charAt(i) != 'P')) throw bad(in);
        i++;
        boolean expNeg = false;
        if (i < len && (in.charAt(i) == '+' || in.charAt(i) == '-')) {
            expNeg = in.charAt(i) == '-';
            i++;
        }
        long exp = 0;
        int ed = 0;
        while (i < len && isDigit(in.charAt(i))) {
            if (exp < 100000000L) exp = exp * 10 + (in.charAt(i) - '0');
            i++;
            ed++;
        }
        if (ed == 0) throw bad(in);
        if (i < len && isSuffix(in.charAt(i))) i++;
        if (i != len) throw bad(in);
        if (m == 0) return 0.0;
        return roundScaled(m, (expNeg ? -exp : exp) + e2, sticky, asFloat);
    }

    /**
     * m * 2^e (plus a tiny positive amount if sticky) rounded to nearest-even double or float
     * (returned as the exact double). m must be positive and below 2^60.
     */
    static double roundScaled(long m, long e, boolean sticky, boolean asFloat) {
        int precision = asFloat ? 24 : 53;
        int minExp = asFloat ? -149 : -1074;
        int maxExp = asFloat ? 127 : 1023;
        int n = 64 - Long.numberOfLeadingZeros(m);
        long top = e + n - 1;
        if (top > maxExp) return POSITIVE_INFINITY;
        long q = Math.max(top - (precision - 1), minExp);
        long shift = q - e;
        long r;
        if (shift <= 0) {
            r = m;
            q = e;
        } else if (shift >= 62) {
            r = 0; // m < 2^60: below half of the smallest step
        } else {
            long keptBits = m >>> shift;
            long rem = m & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            boolean up = rem > half || (rem == half && (sticky || (keptBits & 1) != 0));
            r = keptBits + (up ? 1 : 0);
        }
        if (r == 0) return 0.0;
        return scale(r, (int) q);
    }

    /** r * 2^q for a result known to be representable (or to overflow to infinity). */
    private static double scale(long r, int q) {
        double v = (double) r;
        while (q > 0) {
            int s = Math.min(q, 1000);
            v *= longBitsToDouble((long) (s + 1023) << 52);
            q -= s;
        }
        if (q < 0) {
            if (q >= -1022) {
                v *= longBitsToDouble((long) (q + 1023) << 52);
            } else {
                v *= 0x1p-1000;
                q += 1000;
                v *= longBitsToDouble((long) (q + 1023) << 52);
            }
        }
        return v;
    }

    /** Returns NaN for malformed input; the caller tells it apart from "NaN". */
    private static native double parse0(String s, boolean asFloat);

    public static String toString(double d) {
        return DoubleDigits.toString(d);
    }

    public static native long doubleToRawLongBits(double d);

    public static native double longBitsToDouble(long bits);

    public static long doubleToLongBits(double d) {
        return d != d ? 0x7ff8000000000000L : doubleToRawLongBits(d);
    }

    public static boolean isNaN(double d) {
        return d != d;
    }

    public static boolean isInfinite(double d) {
        return d == POSITIVE_INFINITY || d == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
    }

    public static int compare(double a, double b) {
        if (a < b) return -1;
        if (a > b) return 1;
        long x = doubleToLongBits(a), y = doubleToLongBits(b);
        return x == y ? 0 : (x < y ? -1 : 1);
    }

    public static int hashCode(double d) {
        long b = doubleToLongBits(d);
        return (int) (b ^ (b >>> 32));
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    public boolean isNaN() {
        return value != value;
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

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
        return (long) value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return value;
    }

    public int compareTo(Double o) {
        return compare(value, o.value);
    }

    public boolean equals(Object o) {
        return o instanceof Double && doubleToLongBits(((Double) o).value) == doubleToLongBits(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public String toString() {
        return toString(value);
    }
}
