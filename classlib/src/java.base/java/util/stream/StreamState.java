package java.util.stream;

import java.util.ArrayList;

/** What all stages of one pipeline share: close handlers and the parallel flag. */
final class StreamState {
    static final String USED = "stream has already been operated upon or closed";
    private ArrayList<Runnable> handlers;
    boolean parallel;

    void add(Runnable r) {
        java.util.Objects.requireNonNull(r);
        if (handlers == null) handlers = new ArrayList<>();
        handlers.add(r);
    }

    void close() {
        ArrayList<Runnable> hs = handlers;
        handlers = null;
        if (hs == null) return;
        Throwable first = null;
        for (int i = 0; i < hs.size(); i++) {
            try {
                hs.get(i).run();
            } catch (Throwable t) {
                if (first == null) first = t;
                else if (first != t) first.addSuppressed(t);
            }
        }
        if (first instanceof RuntimeException) throw (RuntimeException) first;
        if (first instanceof Error) throw (Error) first;
    }

    static IllegalStateException used() {
        return new IllegalStateException(USED);
    }
}
