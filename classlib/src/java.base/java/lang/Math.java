package java.lang;

/**
 * Basic numeric operations. Where HotSpot's Math delegates to StrictMath (asin, acos, atan, atan2,
 * cbrt, hypot, sinh, cosh, tanh, expm1, log1p, IEEEremainder) so does this class, giving identical
 * bits; sin/cos/tan/exp/log/log10/pow are HotSpot intrinsics whose last bit cannot be reproduced,
 * and use libm natives here. The rest is exact Java.
 */
public final class Math {
    public static final double PI = 3.141592653589793;
    public static final double E = 2.718281828459045;

    private Math() {}

    // ---- natives (libm) ----

    public static native double sqrt(double a);

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static native double sin(double a);

    public static native double cos(double a);

    public static native double tan(double a);

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static native double exp(double a);

    public static native double log(double a);

    public static native double log10(double a);

    public static double pow(double a, double b) {
        if (b != b) return b;
        if (Double.isInfinite(b) && abs(a) == 1.0) return Double.NaN;
        return pow0(a, b);
    }

    private static native double pow0(double a, double b);

    public static native double floor(double a);

    public static native double ceil(double a);

    public static native double rint(double a);

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    public static double fma(double a, double b, double c) {
        return fma0(a, b, c);
    }

    public static float fma(float a, float b, float c) {
        return fmaf0(a, b, c);
    }

    private static native double fma0(double a, double b, double c);

    private static native float fmaf0(float a, float b, float c);

    // ---- abs / max / min ----

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7fffffffffffffffL);
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) return a;
        if (a == 0.0 && b == 0.0 && Double.doubleToRawLongBits(a) == Long.MIN_VALUE) return b;
        return (a >= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) return a;
        if (a == 0.0 && b == 0.0 && Double.doubleToRawLongBits(b) == Long.MIN_VALUE) return b;
        return (a <= b) ? a : b;
    }

    public static float max(float a, float b) {
        if (a != a) return a;
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == Integer.MIN_VALUE) return b;
        return (a >= b) ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) return a;
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == Integer.MIN_VALUE) return b;
        return (a <= b) ? a : b;
    }

    // ---- rounding ----

    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        long biasedExp = (bits >> 52) & 0x7ff;
        long shift = (51 + 1023) - biasedExp;
        if (shift >= 0 && shift < 64) {
            // fixed point with one fraction bit beyond the units, then round half up
            long r = (bits & 0x000fffffffffffffL) | 0x0010000000000000L;
            if (bits < 0) r = -r;
            return ((r >> shift) + 1) >> 1;
        }
        return (long) a;
    }

    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        int biasedExp = (bits >> 23) & 0xff;
        int shift = (22 + 127) - biasedExp;
        if (shift >= 0 && shift < 32) {
            int r = (bits & 0x007fffff) | 0x00800000;
            if (bits < 0) r = -r;
            return ((r >> shift) + 1) >> 1;
        }
        return (int) a;
    }

    private static long seed = 0x2545F4914F6CDD1DL ^ System.nanoTime();

    public static synchronized double random() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (seed >>> 11) * 0x1.0p-53;
    }

    // ---- exact arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) throw new ArithmeticException("integer overflow");
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = Math.abs(x), ay = Math.abs(y);
        if (((ax | ay) >>> 31 != 0)) {
            if (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) throw new ArithmeticException("integer overflow");
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) throw new ArithmeticException("long overflow");
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) throw new ArithmeticException("integer overflow");
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32, x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32, y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) q--;
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) q--;
        return q;
    }

    public static int floorMod(int x, int y) {
        int mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) mod += y;
        return mod;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) mod += y;
        return mod;
    }

    // ---- IEEE helpers ----

    public static double toRadians(double angdeg) {
        return angdeg * 0.017453292519943295;
    }

    public static double toDegrees(double angrad) {
        return angrad * 57.29577951308232;
    }

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & Long.MIN_VALUE)
            | (Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & Integer.MIN_VALUE)
            | (Float.floatToRawIntBits(magnitude) & Integer.MAX_VALUE));
    }

    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7ff) - 1023;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xff) - 127;
    }

    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == 1024) return abs(d);
        if (exp == -1023) return Double.MIN_VALUE;
        exp -= 52;
        if (exp >= -1022) return Double.longBitsToDouble((long) (exp + 1023) << 52);
        return Double.longBitsToDouble(1L << (exp + 1074));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == 128) return abs(f);
        if (exp == -127) return Float.MIN_VALUE;
        exp -= 23;
        if (exp >= -126) return Float.intBitsToFloat((exp + 127) << 23);
        return Float.intBitsToFloat(1 << (exp + 149));
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            if (start != 0.0) {
                long b = Double.doubleToRawLongBits(start);
                return Double.longBitsToDouble(b + ((b > 0) ? -1 : 1));
            }
            return -Double.MIN_VALUE;
        } else if (start < direction) {
            if (start != 0.0) {
                long b = Double.doubleToRawLongBits(start);
                return Double.longBitsToDouble(b + ((b > 0) ? 1 : -1));
            }
            return Double.MIN_VALUE;
        } else if (start == direction) {
            return direction;
        }
        return start + direction;
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            if (start != 0.0f) {
                int b = Float.floatToRawIntBits(start);
                return Float.intBitsToFloat(b + ((b > 0) ? -1 : 1));
            }
            return -Float.MIN_VALUE;
        } else if (start < direction) {
            if (start != 0.0f) {
                int b = Float.floatToRawIntBits(start);
                return Float.intBitsToFloat(b + ((b > 0) ? 1 : -1));
            }
            return Float.MIN_VALUE;
        } else if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) return d;
        d += 0.0d;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d >= 0.0d) ? 1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) return f;
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f >= 0.0f) ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) return d;
        if (d == 0.0) return -Double.MIN_VALUE;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d > 0.0d) ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) return f;
        if (f == 0.0f) return -Float.MIN_VALUE;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : 1));
    }

    public static double scalb(double d, int scaleFactor) {
        if (d != d || d == 0.0 || Double.isInfinite(d)) return d * 2.0; // (quiets a signaling NaN, as HotSpot does)
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0x000fffffffffffffL;
        long e;
        if (be == 0) {
            e = -1074;
        } else {
            m |= 0x0010000000000000L;
            e = be - 1075;
        }
        long ne = e + Math.max(-4000, Math.min(4000, scaleFactor));
        double r = Double.roundScaled(m, ne, false, false);
        return bits < 0 ? -r : r;
    }

    public static float scalb(float f, int scaleFactor) {
        if (f != f || f == 0.0f || Float.isInfinite(f)) return f * 2.0f;
        int bits = Float.floatToRawIntBits(f);
        int be = (bits >>> 23) & 0xff;
        long m = bits & 0x007fffff;
        long e;
        if (be == 0) {
            e = -149;
        } else {
            m |= 0x00800000;
            e = be - 150;
        }
        long ne = e + Math.max(-4000, Math.min(4000, scaleFactor));
        float r = (float) Double.roundScaled(m, ne, false, true);
        return bits < 0 ? -r : r;
    }
}
