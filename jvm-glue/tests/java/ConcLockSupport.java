import java.util.concurrent.locks.LockSupport;

public class ConcLockSupport {
    static volatile int stage;

    public static void main(String[] args) throws Exception {
        // A permit given before park makes park return at once (and is used up).
        Thread me = Thread.currentThread();
        LockSupport.unpark(me);
        LockSupport.unpark(me);
        LockSupport.park();
        System.out.println("first park consumed permit");
        long t0 = System.nanoTime();
        LockSupport.parkNanos(20_000_000L);
        System.out.println("parkNanos waited >= 15ms: " + (System.nanoTime() - t0 >= 15_000_000L));
        LockSupport.parkNanos(0);
        LockSupport.parkNanos(-5);
        LockSupport.parkUntil(System.currentTimeMillis() - 10);
        System.out.println("non-positive timeouts return");
        LockSupport.unpark(null);
        Thread notStarted = new Thread(() -> {});
        LockSupport.unpark(notStarted);
        System.out.println("unpark of null/unstarted ok");
        Thread t = new Thread(() -> {
            stage = 1;
            while (stage != 2) LockSupport.park(ConcLockSupport.class);
            System.out.println("worker unparked at stage " + stage);
            stage = 3;
        });
        t.start();
        while (t.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("worker state " + t.getState() + " blocker " + LockSupport.getBlocker(t));
        stage = 2;
        LockSupport.unpark(t);
        t.join();
        System.out.println("stage " + stage);
        Thread timed = new Thread(() -> LockSupport.parkNanos(5_000_000_000L));
        timed.start();
        while (timed.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
        System.out.println("timed state " + timed.getState());
        LockSupport.unpark(timed);
        timed.join();
        System.out.println("timed done " + timed.getState());
        // ping-pong with park/unpark only
        final Thread[] peers = new Thread[2];
        final int[] turn = {0};
        StringBuilder log = new StringBuilder();
        for (int k = 0; k < 2; k++) {
            final int id = k;
            peers[k] = new Thread(() -> {
                for (int round = 0; round < 5; round++) {
                    while (turn[0] % 2 != id) LockSupport.park();
                    log.append(id);
                    turn[0]++;
                    LockSupport.unpark(peers[1 - id]);
                }
            });
        }
        peers[0].start();
        peers[1].start();
        peers[0].join();
        peers[1].join();
        System.out.println("log " + log);
    }
}
