package java.util;

import java.util.function.DoubleConsumer;

public class DoubleSummaryStatistics implements DoubleConsumer {
    private long count;
    /** k[0] = running sum, k[1] = compensation (Kahan summation), k[2] = plain sum (for infinities). */
    private final double[] k = new double[3];
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public DoubleSummaryStatistics() {}

    public DoubleSummaryStatistics(long count, double min, double max, double sum) {
        if (count < 0L) throw new IllegalArgumentException("Negative count value");
        if (count > 0L) {
            if (min > max) throw new IllegalArgumentException("Minimum greater than maximum");
            long ncount = 0;
            if (Double.isNaN(min)) ncount++;
            if (Double.isNaN(max)) ncount++;
            if (Double.isNaN(sum)) ncount++;
            if (ncount > 0 && ncount < 3) throw new IllegalArgumentException("Some, not all, of the minimum, maximum, or sum is NaN");
            this.count = count;
            k[0] = sum;
            k[2] = sum;
            this.min = min;
            this.max = max;
        }
    }

    public void accept(double value) {
        count++;
        mote.util.Kahan.add(k, value);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    public void combine(DoubleSummaryStatistics other) {
        count += other.count;
        mote.util.Kahan.add(k, other.k[0]);
        mote.util.Kahan.add(k, -other.k[1]);
        k[2] += other.k[2] - other.k[0] + other.k[1];
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    public final long getCount() {
        return count;
    }

    public final double getSum() {
        return mote.util.Kahan.sum(k);
    }

    public final double getMin() {
        return min;
    }

    public final double getMax() {
        return max;
    }

    public final double getAverage() {
        return count > 0 ? getSum() / count : 0.0d;
    }

    public String toString() {
        return String.format("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}",
                getClass().getSimpleName(), count, getSum(), min, getAverage(), max);
    }
}
