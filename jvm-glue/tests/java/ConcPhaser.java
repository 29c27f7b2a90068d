import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcPhaser {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H");
    }

    public static void main(String[] args) throws Exception {
        Phaser p = new Phaser();
        System.out.println(s(p) + " " + p.getPhase());
        try {
            p.arrive();
        } catch (IllegalStateException e) {
            System.out.println(s(e));
        }
        p.register();
        p.bulkRegister(2);
        System.out.println(s(p));
        System.out.println(p.arrive() + " " + p.arrive() + " " + p.getArrivedParties() + " " + p.getUnarrivedParties() + " " + p.arrive() + " " + p.getPhase());
        System.out.println(p.arriveAndDeregister() + " " + p.getRegisteredParties() + " " + p.getPhase());
        System.out.println(p.awaitAdvance(0) + " " + p.awaitAdvance(5) + " " + p.awaitAdvance(-3));
        try {
            p.bulkRegister(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        p.forceTermination();
        System.out.println(p.isTerminated() + " " + p.getPhase() + " " + p.register() + " " + p.arrive() + " " + s(p));
        StringBuilder adv = new StringBuilder();
        Phaser q = new Phaser(1) {
            protected boolean onAdvance(int phase, int parties) {
                adv.append("advance ").append(phase).append('/').append(parties).append(' ');
                return phase >= 2;
            }
        };
        for (int i = 0; i < 4; i++) adv.append(q.arriveAndAwaitAdvance()).append(q.isTerminated() ? "T " : " ");
        System.out.println(adv.toString().trim());
        Phaser r = new Phaser(1);
        r.arriveAndDeregister();
        System.out.println(r.isTerminated() + " " + r.getPhase());
        try {
            new Phaser(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            new Phaser(1).awaitAdvanceInterruptibly(0, 10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println(e);
        }
        // workers doing three rounds in lock step
        int workers = 4;
        Phaser rounds = new Phaser(1);
        long[][] cells = new long[3][workers];
        AtomicInteger bad = new AtomicInteger();
        Thread[] ts = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            final int id = w;
            rounds.register();
            ts[w] = new Thread(() -> {
                for (int round = 0; round < 3; round++) {
                    cells[round][id] = (round + 1) * (id + 1);
                    int ph = rounds.arriveAndAwaitAdvance();
                    for (int k = 0; k < workers; k++) if (cells[round][k] == 0) bad.incrementAndGet();
                    if (ph != round + 1) bad.incrementAndGet();
                }
                rounds.arriveAndDeregister();
            });
            ts[w].start();
        }
        for (int round = 0; round < 3; round++) System.out.println("main saw phase " + rounds.arriveAndAwaitAdvance());
        rounds.arriveAndDeregister();
        for (Thread t : ts) t.join();
        long sum = 0;
        for (long[] row : cells) for (long v : row) sum += v;
        System.out.println("sum " + sum + " bad " + bad + " terminated " + rounds.isTerminated() + " parties " + rounds.getRegisteredParties());
        Phaser child = new Phaser(q, 0);
        System.out.println((child.getParent() == q) + " " + (child.getRoot() == q) + " " + (q.getRoot() == q));
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        boolean ok = rnd == ThreadLocalRandom.current();
        for (int i = 0; i < 1000; i++) {
            int a = rnd.nextInt(10);
            int b = rnd.nextInt(-5, 5);
            long c = rnd.nextLong(3, 7);
            double d = rnd.nextDouble(2.0, 3.0);
            ok &= a >= 0 && a < 10 && b >= -5 && b < 5 && c >= 3 && c < 7 && d >= 2.0 && d < 3.0 && rnd.nextDouble() < 1.0 && rnd.nextFloat() < 1.0f;
        }
        System.out.println("ThreadLocalRandom in range " + ok);
        try {
            rnd.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            rnd.nextInt(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            rnd.setSeed(1);
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
    }
}
