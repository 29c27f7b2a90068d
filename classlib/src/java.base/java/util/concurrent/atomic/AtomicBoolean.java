package java.util.concurrent.atomic;

/** Atomic because the VM runs one Java thread at a time and these methods are synchronized. */
public class AtomicBoolean {
    private volatile boolean value;

    public AtomicBoolean() {}

    public AtomicBoolean(boolean v) {
        value = v;
    }

    public final boolean get() {
        return value;
    }

    public final void set(boolean v) {
        value = v;
    }

    public final synchronized boolean compareAndSet(boolean expect, boolean update) {
        if (value != expect) return false;
        value = update;
        return true;
    }

    public final synchronized boolean getAndSet(boolean v) {
        boolean old = value;
        value = v;
        return old;
    }

    public String toString() {
        return Boolean.toString(value);
    }
}
