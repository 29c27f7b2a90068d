package java.util.concurrent.atomic;

/** A reference paired with a boolean mark, updated together. */
public class AtomicMarkableReference<V> {
    private V ref;
    private boolean mark;

    public AtomicMarkableReference(V initialRef, boolean initialMark) {
        ref = initialRef;
        mark = initialMark;
    }

    public synchronized V getReference() {
        return ref;
    }

    public synchronized boolean isMarked() {
        return mark;
    }

    public synchronized V get(boolean[] markHolder) {
        markHolder[0] = mark;
        return ref;
    }

    public synchronized boolean compareAndSet(V expectedReference, V newReference, boolean expectedMark, boolean newMark) {
        if (ref != expectedReference || mark != expectedMark) return false;
        ref = newReference;
        mark = newMark;
        return true;
    }

    public boolean weakCompareAndSet(V expectedReference, V newReference, boolean expectedMark, boolean newMark) {
        return compareAndSet(expectedReference, newReference, expectedMark, newMark);
    }

    public synchronized void set(V newReference, boolean newMark) {
        ref = newReference;
        mark = newMark;
    }

    public synchronized boolean attemptMark(V expectedReference, boolean newMark) {
        if (ref != expectedReference) return false;
        mark = newMark;
        return true;
    }
}
