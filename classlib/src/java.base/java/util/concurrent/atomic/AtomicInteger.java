package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** Atomic because the VM runs one Java thread at a time and these methods are synchronized. */
public class AtomicInteger extends Number {
    private volatile int value;

    public AtomicInteger() {}

    public AtomicInteger(int v) {
        value = v;
    }

    public final int get() {
        return value;
    }

    public final void set(int v) {
        value = v;
    }

    public final synchronized int getAndSet(int v) {
        int old = value;
        value = v;
        return old;
    }

    public final synchronized boolean compareAndSet(int expect, int update) {
        if (value != expect) return false;
        value = update;
        return true;
    }

    public final synchronized int getAndIncrement() {
        return value++;
    }

    public final synchronized int getAndDecrement() {
        return value--;
    }

    public final synchronized int getAndAdd(int d) {
        int old = value;
        value += d;
        return old;
    }

    public final synchronized int incrementAndGet() {
        return ++value;
    }

    public final synchronized int decrementAndGet() {
        return --value;
    }

    public final synchronized int addAndGet(int d) {
        return value += d;
    }

    public final synchronized int updateAndGet(IntUnaryOperator f) {
        return value = f.applyAsInt(value);
    }

    public final synchronized int accumulateAndGet(int x, IntBinaryOperator f) {
        return value = f.applyAsInt(value, x);
    }

    public int intValue() {
        return value;
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

    public String toString() {
        return Integer.toString(value);
    }
}
