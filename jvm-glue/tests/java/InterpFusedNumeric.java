// Numeric instruction pairs the JVM fuses at decode: lcmp + if (all six
// conditions, at the long range's edges), dmul + dadd/dsub (two roundings,
// never a fused multiply-add; NaN, infinities, signed zeros), i2l + ladd
// (negative ints, wrap-around) and store + goto (loop tails).
public class InterpFusedNumeric {
    static final long[] LONGS = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L << 32, -2, -1, 0, 1, 2, 1L << 31, 1L << 32, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    static final double[] DOUBLES = {Double.NaN, Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.5, -0.0, 0.0, Double.MIN_VALUE, 1.0 + Math.ulp(1.0), 1.0 - Math.ulp(1.0) / 2, 3.0, 1e300, Double.POSITIVE_INFINITY};
    static final int[] INTS = {Integer.MIN_VALUE, -7, -1, 0, 1, 3, Integer.MAX_VALUE};

    static int cmp(long a, long b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        return r;
    }

    static double mulAdd(double z, double x, double y) {
        return z + x * y;
    }

    static double mulSub(double z, double x, double y) {
        return z - x * y;
    }

    static long addInt(long a, int i) {
        return a + i;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (long a : LONGS) {
            for (long b : LONGS) sb.append(cmp(a, b)).append(' ');
            sb.append('\n');
        }
        System.out.print(sb);
        sb.setLength(0);
        for (double z : DOUBLES) {
            for (double x : DOUBLES) {
                for (double y : DOUBLES) {
                    // (NaN payloads are not specified: canonical bits)
                    sb.append(Double.doubleToLongBits(mulAdd(z, x, y)) ^ Double.doubleToLongBits(mulSub(z, x, y))).append(',');
                }
            }
            sb.append('\n');
        }
        System.out.print(sb.toString().hashCode() + " " + sb.length() + "\n");
        // exact fused multiply-add would give -2^-104 here; Java rounds twice and gets 0
        double x = 1.0 + Math.ulp(1.0), y = 1.0 - Math.ulp(1.0);
        System.out.println(mulAdd(-1.0, x, y) + " " + mulSub(1.0, x, y) + " " + Math.fma(x, y, -1.0));
        System.out.println(mulAdd(-0.0, 0.0, -1.0) + " " + mulSub(-0.0, 0.0, 1.0) + " " + mulAdd(1.0, Double.NaN, 0.0));
        for (long a : LONGS) {
            sb.setLength(0);
            for (int i : INTS) sb.append(addInt(a, i)).append(' ');
            System.out.println(sb);
        }
        // a sieve with a long inner counter (lcmp; ifgt, i2l; ladd, lstore; goto)
        int n = 100_000, count = 0;
        boolean[] composite = new boolean[n + 1];
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
            }
        }
        System.out.println(count);
        // store; goto as the tail of a while loop, and a jump onto the goto itself
        int k = 0, steps = 0;
        while (k < 1000) {
            k = k * 2 + 1;
            steps++;
            if (steps > 5) continue;
            k = k + 0;
        }
        System.out.println(k + " " + steps);
        double acc = 0;
        for (int i = 0; i < 1000; i++) acc = acc + (i * 0.5) * (i - 3.25) - (i * 1e-3) * 7.0;
        System.out.println(acc);
    }
}
