public class Threads1 {
    static int counter;
    static final Object lock = new Object();

    static synchronized void inc() {
        counter++;
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 10000; k++) inc();
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("counter = " + counter);
        int[] box = {0};
        Thread a = new Thread(() -> {
            for (int k = 0; k < 5000; k++) {
                synchronized (lock) {
                    box[0]++;
                }
            }
        }, "worker-a");
        Thread b = new Thread(() -> {
            for (int k = 0; k < 5000; k++) {
                synchronized (lock) {
                    box[0]--;
                }
            }
        }, "worker-b");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("box = " + box[0] + " " + a.getName() + " " + a.isAlive());
        Thread named = new Thread("custom");
        System.out.println(named.getName() + " " + named.isDaemon() + " " + named.getPriority() + " " + Thread.currentThread().getName());
        Thread t0 = new Thread(() -> System.out.println("in " + Thread.currentThread().getName()));
        t0.start();
        t0.join();
        try {
            t0.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("cannot restart");
        }
    }
}
