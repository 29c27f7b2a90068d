package java.lang;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-thread variables. Values live in a map from Thread to value held by the ThreadLocal itself;
 * entries of threads that have terminated are dropped as the map grows.
 */
public class ThreadLocal<T> {
    private static final Object NULL = new Object();
    private final HashMap<Thread, Object> values = new HashMap<>();
    private int purgeAt = 16;

    public ThreadLocal() {}

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) throw new NullPointerException();
        return new SuppliedThreadLocal<>(supplier);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        synchronized (values) {
            Object v = values.get(t);
            if (v != null) return v == NULL ? null : (T) v;
        }
        T init = initialValue();
        put(t, init);
        return init;
    }

    public void set(T value) {
        put(Thread.currentThread(), value);
    }

    public void remove() {
        synchronized (values) {
            values.remove(Thread.currentThread());
        }
    }

    private void put(Thread t, T value) {
        synchronized (values) {
            values.put(t, value == null ? NULL : value);
            if (values.size() >= purgeAt) {
                Iterator<Map.Entry<Thread, Object>> it = values.entrySet().iterator();
                while (it.hasNext()) {
                    Thread k = it.next().getKey();
                    if (k != t && !k.isAlive()) it.remove();
                }
                purgeAt = Math.max(16, values.size() * 2);
            }
        }
    }

    static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) {
            this.supplier = supplier;
        }

        @Override
        protected T initialValue() {
            return supplier.get();
        }
    }
}
