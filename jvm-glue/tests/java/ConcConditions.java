import java.util.concurrent.locks.*;

public class ConcConditions {
    /** A bounded buffer with two conditions. */
    static final class Buffer {
        final ReentrantLock lock = new ReentrantLock();
        final Condition notFull = lock.newCondition();
        final Condition notEmpty = lock.newCondition();
        final int[] items = new int[4];
        int putIdx, takeIdx, count;

        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) notFull.await();
                items[putIdx] = x;
                putIdx = (putIdx + 1) % items.length;
                count++;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) notEmpty.await();
                int x = items[takeIdx];
                takeIdx = (takeIdx + 1) % items.length;
                count--;
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition ping = lock.newCondition(), pong = lock.newCondition();
        StringBuilder log = new StringBuilder();
        boolean[] pingTurn = {true};
        Thread p2 = new Thread(() -> {
            for (int i = 0; i < 6; i++) {
                lock.lock();
                try {
                    while (pingTurn[0]) pong.awaitUninterruptibly();
                    log.append("pong").append(i).append(' ');
                    pingTurn[0] = true;
                    ping.signal();
                } finally {
                    lock.unlock();
                }
            }
        });
        p2.start();
        for (int i = 0; i < 6; i++) {
            lock.lock();
            try {
                while (!pingTurn[0]) ping.await();
                log.append("ping").append(i).append(' ');
                pingTurn[0] = false;
                pong.signal();
            } finally {
                lock.unlock();
            }
        }
        p2.join();
        System.out.println(log.toString().trim());
        Buffer buf = new Buffer();
        int producers = 3, perProducer = 500;
        long[] sums = new long[2];
        Thread[] ps = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            final int base = p * 100000;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= perProducer; i++) buf.put(base + i);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            ps[p].start();
        }
        Thread[] cs = new Thread[2];
        for (int c = 0; c < 2; c++) {
            final int id = c;
            cs[c] = new Thread(() -> {
                try {
                    long s = 0;
                    for (int i = 0; i < producers * perProducer / 2; i++) s += buf.take();
                    sums[id] = s;
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            cs[c].start();
        }
        for (Thread t : ps) t.join();
        for (Thread t : cs) t.join();
        System.out.println("sum " + (sums[0] + sums[1]) + " left " + buf.count);
        // signalAll wakes every waiter; each one re-acquires the lock in turn
        Condition go = lock.newCondition();
        int[] ready = {0}, woke = {0};
        boolean[] open = {false};
        Thread[] ws = new Thread[5];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = new Thread(() -> {
                lock.lock();
                try {
                    ready[0]++;
                    while (!open[0]) go.awaitUninterruptibly();
                    woke[0]++;
                    if (!lock.isHeldByCurrentThread() || lock.getHoldCount() != 1) System.out.println("bad hold");
                } finally {
                    lock.unlock();
                }
            });
            ws[i].start();
        }
        while (true) {
            lock.lock();
            try {
                if (ready[0] == ws.length && lock.getWaitQueueLength(go) == ws.length) {
                    open[0] = true;
                    go.signalAll();
                    System.out.println("waiters before signalAll " + ws.length + ", after " + lock.getWaitQueueLength(go));
                    break;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        for (Thread t : ws) t.join();
        System.out.println("woke " + woke[0]);
        // signalled waiters re-acquire the lock in the order they were signalled
        StringBuilder reacq = new StringBuilder();
        Condition fifo = lock.newCondition();
        boolean[] released = {false};
        Thread[] fw = new Thread[4];
        for (int i = 0; i < fw.length; i++) {
            final int id = i;
            fw[i] = new Thread(() -> {
                lock.lock();
                try {
                    while (!released[0]) fifo.awaitUninterruptibly();
                    reacq.append(id);
                } finally {
                    lock.unlock();
                }
            });
            fw[i].start();
            while (true) {
                lock.lock();
                try {
                    if (lock.getWaitQueueLength(fifo) == i + 1) break;
                } finally {
                    lock.unlock();
                }
                Thread.sleep(1);
            }
        }
        lock.lock();
        released[0] = true;
        fifo.signalAll();
        System.out.println("queued after signalAll " + lock.getQueueLength());
        lock.unlock();
        for (Thread t : fw) t.join();
        System.out.println("reacquired in order " + reacq);
        // reentrant holds are restored after await
        lock.lock();
        lock.lock();
        lock.lock();
        Thread signaller = new Thread(() -> {
            lock.lock();
            try {
                go.signal();
            } finally {
                lock.unlock();
            }
        });
        signaller.start();
        go.await();
        System.out.println("holds after await " + lock.getHoldCount());
        lock.unlock();
        lock.unlock();
        lock.unlock();
        signaller.join();
    }
}
