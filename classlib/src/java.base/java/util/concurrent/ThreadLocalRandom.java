package java.util.concurrent;

import java.util.Random;

/**
 * A random number generator for concurrent use. The JDK keeps a seed per
 * thread; Mote shares one SplitMix64 state behind a monitor (one Java thread
 * runs at a time, so there is no contention to avoid). Seeded from the clock,
 * so its values are not reproducible, as in the JDK.
 */
public class ThreadLocalRandom extends Random {
    private static final ThreadLocalRandom instance = new ThreadLocalRandom();
    private static long state = System.nanoTime() ^ 0x9E3779B97F4A7C15L;
    private final boolean initialized;

    private ThreadLocalRandom() {
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        return instance;
    }

    public void setSeed(long seed) {
        if (initialized) throw new UnsupportedOperationException();
    }

    private static synchronized long mix64() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    protected int next(int bits) {
        return (int) (mix64() >>> (64 - bits));
    }

    public int nextInt() {
        return (int) mix64();
    }

    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        int r = (int) (mix64() >>> 33);
        int m = bound - 1;
        if ((bound & m) == 0) return r & m;
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (mix64() >>> 33)) {}
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        int n = bound - origin;
        if (n > 0) return nextInt(n) + origin;
        int r;
        do {
            r = nextInt();
        } while (r < origin || r >= bound);
        return r;
    }

    public long nextLong() {
        return mix64();
    }

    public long nextLong(long bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        long m = bound - 1;
        long r = mix64() >>> 1;
        if ((bound & m) == 0L) return r & m;
        for (long u = r; u - (r = u % bound) + m < 0L; u = mix64() >>> 1) {}
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        long n = bound - origin;
        if (n > 0) return nextLong(n) + origin;
        long r;
        do {
            r = mix64();
        } while (r < origin || r >= bound);
        return r;
    }

    public double nextDouble() {
        return (mix64() >>> 11) * 0x1.0p-53;
    }

    public double nextDouble(double bound) {
        if (!(bound > 0.0)) throw new IllegalArgumentException("bound must be positive");
        double r = nextDouble() * bound;
        return r < bound ? r : nextDown(bound);
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound)) throw new IllegalArgumentException("bound must be greater than origin");
        double r = nextDouble() * (bound - origin) + origin;
        return r < bound ? r : nextDown(bound);
    }

    private static double nextDown(double d) {
        if (d == 0.0) return -Double.MIN_VALUE;
        long b = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(d > 0.0 ? b - 1 : b + 1);
    }

    public boolean nextBoolean() {
        return mix64() < 0;
    }

    public float nextFloat() {
        return (mix64() >>> 40) * 0x1.0p-24f;
    }
}
