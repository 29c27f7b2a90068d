public class ConcurrentInit {
    // Set once a <clinit> has started, so the second thread surely arrives while it runs.
    static volatile boolean slowStarted, failStarted;

    static void await(boolean[] unused, java.util.function.BooleanSupplier cond) {
        while (!cond.getAsBoolean()) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
            }
        }
    }

    static class Slow {
        static final int VALUE;

        static {
            System.out.println("Slow.<clinit> starts in " + Thread.currentThread().getName());
            slowStarted = true;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
            }
            VALUE = 42;
            System.out.println("Slow.<clinit> ends");
        }
    }

    static class Failing {
        static int x = fail();

        static int fail() {
            failStarted = true;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
            }
            throw new IllegalStateException("no");
        }
    }

    public static void main(String[] args) throws Exception {
        int[] seen = new int[2];
        Thread a = new Thread(() -> seen[0] = Slow.VALUE, "A");
        Thread b = new Thread(() -> {
            await(null, () -> slowStarted);
            seen[1] = Slow.VALUE;
        }, "B");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("A saw " + seen[0] + ", B saw " + seen[1]);
        String[] outcome = new String[2];
        Thread c = new Thread(() -> {
            try {
                outcome[0] = "value " + Failing.x;
            } catch (Throwable t) {
                outcome[0] = t.getClass().getName();
            }
        }, "C");
        Thread d = new Thread(() -> {
            try {
                await(null, () -> failStarted);
                outcome[1] = "value " + Failing.x;
            } catch (Throwable t) {
                outcome[1] = t.getClass().getName() + ": " + t.getMessage();
            }
        }, "D");
        c.start();
        d.start();
        c.join();
        d.join();
        System.out.println(outcome[0]);
        System.out.println(outcome[1]);
    }
}
