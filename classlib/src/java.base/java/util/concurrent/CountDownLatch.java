package java.util.concurrent;

/** A one-shot gate opened when its count reaches zero (a counter on a private monitor). */
public class CountDownLatch {
    private final Object lock = new Object();
    private long count;

    public CountDownLatch(int count) {
        if (count < 0) throw new IllegalArgumentException("count < 0");
        this.count = count;
    }

    public void await() throws InterruptedException {
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            while (count > 0) lock.wait();
        }
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            while (count > 0) {
                if (nanos <= 0) return false;
                nanos = CU.awaitNanos(lock, nanos);
            }
            return true;
        }
    }

    public void countDown() {
        synchronized (lock) {
            if (count > 0 && --count == 0) lock.notifyAll();
        }
    }

    public long getCount() {
        synchronized (lock) {
            return count;
        }
    }

    public String toString() {
        return super.toString() + "[Count = " + getCount() + "]";
    }
}
