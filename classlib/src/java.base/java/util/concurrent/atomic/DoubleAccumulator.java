package java.util.concurrent.atomic;

import java.util.function.DoubleBinaryOperator;

/** A double updated with a function (one synchronized variable; see LongAdder). */
public class DoubleAccumulator extends Number implements java.io.Serializable {
    private final DoubleBinaryOperator function;
    private final double identity;
    private double value;

    public DoubleAccumulator(DoubleBinaryOperator accumulatorFunction, double identity) {
        this.function = accumulatorFunction;
        this.identity = identity;
        this.value = identity;
    }

    public void accumulate(double x) {
        for (;;) {
            double prev;
            synchronized (this) {
                prev = value;
            }
            double next = function.applyAsDouble(prev, x);
            synchronized (this) {
                if (Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(prev)) {
                    value = next;
                    return;
                }
            }
        }
    }

    public synchronized double get() {
        return value;
    }

    public synchronized void reset() {
        value = identity;
    }

    public synchronized double getThenReset() {
        double v = value;
        value = identity;
        return v;
    }

    public String toString() {
        return Double.toString(get());
    }

    public double doubleValue() {
        return get();
    }

    public long longValue() {
        return (long) get();
    }

    public int intValue() {
        return (int) get();
    }

    public float floatValue() {
        return (float) get();
    }
}
