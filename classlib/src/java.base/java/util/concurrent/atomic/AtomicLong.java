package java.util.concurrent.atomic;

/** Atomic because the VM runs one Java thread at a time and these methods are synchronized. */
public class AtomicLong extends Number {
    private volatile long value;

    public AtomicLong() {}

    public AtomicLong(long v) {
        value = v;
    }

    public final long get() {
        return value;
    }

    public final void set(long v) {
        value = v;
    }

    public final synchronized boolean compareAndSet(long expect, long update) {
        if (value != expect) return false;
        value = update;
        return true;
    }

    public final synchronized long getAndIncrement() {
        return value++;
    }

    public final synchronized long incrementAndGet() {
        return ++value;
    }

    public final synchronized long decrementAndGet() {
        return --value;
    }

    public final synchronized long addAndGet(long d) {
        return value += d;
    }

    public final synchronized long getAndAdd(long d) {
        long old = value;
        value += d;
        return old;
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

    public String toString() {
        return Long.toString(value);
    }
}
