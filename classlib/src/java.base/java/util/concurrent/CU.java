package java.util.concurrent;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;

/** Shared helpers of Mote's java.util.concurrent (package-private). */
final class CU {
    private CU() {}

    /** Waits on `m` (held) for at most `nanos`; returns the nanos left (<= 0: timed out). */
    static long awaitNanos(Object m, long nanos) throws InterruptedException {
        if (nanos <= 0) return nanos;
        long start = System.nanoTime();
        m.wait(Math.max(1L, (nanos + 999_999L) / 1_000_000L));
        return nanos - (System.nanoTime() - start);
    }

    @SuppressWarnings("unchecked")
    static <T> T[] toArray(Object[] snapshot, T[] a) {
        int n = snapshot.length;
        if (a.length < n) a = Arrays.copyOf(a, n);
        System.arraycopy(snapshot, 0, a, 0, n);
        if (a.length > n) a[n] = null;
        return a;
    }

    static boolean containsAll(Collection<?> self, Collection<?> c) {
        for (Object o : c) if (!self.contains(o)) return false;
        return true;
    }

    static boolean removeAll(Collection<?> self, Collection<?> c, boolean keep) {
        Objects.requireNonNull(c);
        boolean changed = false;
        Iterator<?> it = self.iterator();
        while (it.hasNext()) {
            if (c.contains(it.next()) != keep) {
                it.remove();
                changed = true;
            }
        }
        return changed;
    }

    static String toString(Object[] a, Object self) {
        if (a.length == 0) return "[]";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) b.append(", ");
            b.append(a[i] == self ? "(this Collection)" : String.valueOf(a[i]));
        }
        return b.append(']').toString();
    }
}
