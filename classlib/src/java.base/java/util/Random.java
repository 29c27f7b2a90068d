package java.util;

/** The 48-bit linear congruential generator whose constants the Random specification fixes. */
public class Random {
    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;
    private static long seedUniquifier = 8682522807148012L;

    public Random() {
        this((seedUniquifier *= 1181783497276652981L) ^ System.nanoTime());
    }

    public Random(long seed) {
        setSeed(seed);
    }

    public synchronized void setSeed(long s) {
        seed = (s ^ 0x5DEECE66DL) & ((1L << 48) - 1);
        haveNextNextGaussian = false;
    }

    protected synchronized int next(int bits) {
        seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (seed >>> (48 - bits));
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        if ((bound & -bound) == bound) return (int) ((bound * (long) next(31)) >> 31);
        int bits, val;
        do {
            bits = next(31);
            val = bits % bound;
        } while (bits - val + (bound - 1) < 0);
        return val;
    }

    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
    }

    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len; ) {
            for (int rnd = nextInt(), n = Math.min(len - i, 4); n-- > 0; rnd >>= 8) bytes[i++] = (byte) rnd;
        }
    }

    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    // ---- bounded values and streams (RandomGenerator's algorithms) ----

    public int nextInt(int origin, int bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        return boundedInt(origin, bound);
    }

    public long nextLong(long bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {}
        }
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        return boundedLong(origin, bound);
    }

    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        double r = nextDouble() * bound;
        if (r >= bound) r = nextDown(bound);
        return r;
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return boundedDouble(origin, bound);
    }

    public float nextFloat(float bound) {
        if (!(bound > 0.0f && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        float r = nextFloat() * bound;
        if (r >= bound) r = nextDown(bound);
        return r;
    }

    private int boundedInt(int origin, int bound) {
        int r = nextInt();
        if (origin < bound) {
            int n = bound - origin, m = n - 1;
            if ((n & m) == 0) {
                r = (r & m) + origin;
            } else if (n > 0) {
                for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {}
                r += origin;
            } else {
                while (r < origin || r >= bound) r = nextInt();
            }
        }
        return r;
    }

    private long boundedLong(long origin, long bound) {
        long r = nextLong();
        if (origin < bound) {
            long n = bound - origin, m = n - 1;
            if ((n & m) == 0L) {
                r = (r & m) + origin;
            } else if (n > 0L) {
                for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) {}
                r += origin;
            } else {
                while (r < origin || r >= bound) r = nextLong();
            }
        }
        return r;
    }

    private double boundedDouble(double origin, double bound) {
        double r = nextDouble();
        if (origin < bound) {
            r = r * (bound - origin) + origin;
            if (r >= bound) r = nextDown(bound);
        }
        return r;
    }

    private static void checkSize(long n) {
        if (n < 0L) throw new IllegalArgumentException("size must be non-negative");
    }

    private static void checkRange(boolean ok) {
        if (!ok) throw new IllegalArgumentException("bound must be greater than origin");
    }

    public java.util.stream.IntStream ints() {
        return java.util.stream.IntStream.generate(this::nextInt);
    }

    public java.util.stream.IntStream ints(long streamSize) {
        checkSize(streamSize);
        return ints().limit(streamSize);
    }

    public java.util.stream.IntStream ints(int origin, int bound) {
        checkRange(origin < bound);
        return java.util.stream.IntStream.generate(() -> boundedInt(origin, bound));
    }

    public java.util.stream.IntStream ints(long streamSize, int origin, int bound) {
        checkSize(streamSize);
        checkRange(origin < bound);
        return ints(origin, bound).limit(streamSize);
    }

    public java.util.stream.LongStream longs() {
        return java.util.stream.LongStream.generate(this::nextLong);
    }

    public java.util.stream.LongStream longs(long streamSize) {
        checkSize(streamSize);
        return longs().limit(streamSize);
    }

    public java.util.stream.LongStream longs(long origin, long bound) {
        checkRange(origin < bound);
        return java.util.stream.LongStream.generate(() -> boundedLong(origin, bound));
    }

    public java.util.stream.LongStream longs(long streamSize, long origin, long bound) {
        checkSize(streamSize);
        checkRange(origin < bound);
        return longs(origin, bound).limit(streamSize);
    }

    public java.util.stream.DoubleStream doubles() {
        return java.util.stream.DoubleStream.generate(this::nextDouble);
    }

    public java.util.stream.DoubleStream doubles(long streamSize) {
        checkSize(streamSize);
        return doubles().limit(streamSize);
    }

    public java.util.stream.DoubleStream doubles(double origin, double bound) {
        checkRange(origin < bound && bound - origin < Double.POSITIVE_INFINITY);
        return java.util.stream.DoubleStream.generate(() -> boundedDouble(origin, bound));
    }

    public java.util.stream.DoubleStream doubles(long streamSize, double origin, double bound) {
        checkSize(streamSize);
        checkRange(origin < bound && bound - origin < Double.POSITIVE_INFINITY);
        return doubles(origin, bound).limit(streamSize);
    }

    private static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) return d;
        if (d == 0.0) return -Double.MIN_VALUE;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d > 0.0 ? -1 : 1));
    }

    private static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) return f;
        if (f == 0.0f) return -Float.MIN_VALUE;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f > 0.0f ? -1 : 1));
    }
}
