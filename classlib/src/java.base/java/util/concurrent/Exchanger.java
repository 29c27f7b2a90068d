package java.util.concurrent;

/** Pairs up threads that swap objects (a single slot on a private monitor). */
public class Exchanger<V> {
    private static final class Slot {
        Object item;
        Object reply;
        boolean done;
    }

    private final Object lock = new Object();
    private Slot waiting;

    public Exchanger() {}

    @SuppressWarnings("unchecked")
    private V doExchange(V x, boolean timed, long nanos) throws InterruptedException, TimeoutException {
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            Slot s = waiting;
            if (s != null) {
                waiting = null;
                s.reply = x;
                s.done = true;
                lock.notifyAll();
                return (V) s.item;
            }
            s = new Slot();
            s.item = x;
            waiting = s;
            try {
                while (!s.done) {
                    if (!timed) lock.wait();
                    else if ((nanos = CU.awaitNanos(lock, nanos)) <= 0 && !s.done) {
                        waiting = null;
                        throw new TimeoutException();
                    }
                }
            } catch (InterruptedException ie) {
                if (s.done) {
                    Thread.currentThread().interrupt();
                    return (V) s.reply;
                }
                waiting = null;
                throw ie;
            }
            return (V) s.reply;
        }
    }

    public V exchange(V x) throws InterruptedException {
        try {
            return doExchange(x, false, 0L);
        } catch (TimeoutException e) {
            throw new Error(e);
        }
    }

    public V exchange(V x, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        return doExchange(x, true, unit.toNanos(timeout));
    }
}
