package java.util.concurrent.atomic;

/** A reference paired with an int stamp, updated together. */
public class AtomicStampedReference<V> {
    private V ref;
    private int stamp;

    public AtomicStampedReference(V initialRef, int initialStamp) {
        ref = initialRef;
        stamp = initialStamp;
    }

    public synchronized V getReference() {
        return ref;
    }

    public synchronized int getStamp() {
        return stamp;
    }

    public synchronized V get(int[] stampHolder) {
        stampHolder[0] = stamp;
        return ref;
    }

    public synchronized boolean compareAndSet(V expectedReference, V newReference, int expectedStamp, int newStamp) {
        if (ref != expectedReference || stamp != expectedStamp) return false;
        ref = newReference;
        stamp = newStamp;
        return true;
    }

    public boolean weakCompareAndSet(V expectedReference, V newReference, int expectedStamp, int newStamp) {
        return compareAndSet(expectedReference, newReference, expectedStamp, newStamp);
    }

    public synchronized void set(V newReference, int newStamp) {
        ref = newReference;
        stamp = newStamp;
    }

    public synchronized boolean attemptStamp(V expectedReference, int newStamp) {
        if (ref != expectedReference) return false;
        stamp = newStamp;
        return true;
    }
}
