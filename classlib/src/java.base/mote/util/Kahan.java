package mote.util;

/** Compensated (Kahan) summation shared by DoubleStream, DoubleSummaryStatistics and Collectors. */
public final class Kahan {
    private Kahan() {}

    /** Adds x to k: k[0] running sum, k[1] compensation, k[2] plain sum (kept for infinities). */
    public static void add(double[] k, double x) {
        double y = x - k[1];
        double t = k[0] + y;
        k[1] = (t - k[0]) - y;
        k[0] = t;
        k[2] += x;
    }

    /** The result of k; the plain sum when compensation turned infinities into NaN. */
    public static double sum(double[] k) {
        double r = k[0] - k[1];
        if (Double.isNaN(r) && Double.isInfinite(k[2])) return k[2];
        return r;
    }
}
