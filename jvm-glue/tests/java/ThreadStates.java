public class ThreadStates {
    static final Object lock = new Object();
    static final Object monitor = new Object();

    static void awaitState(Thread t, Thread.State s) throws InterruptedException {
        for (int i = 0; i < 5000 && t.getState() != s; i++) Thread.sleep(1);
        System.out.println(t.getName() + " -> " + t.getState());
    }

    public static void main(String[] args) throws Exception {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(100000);
            } catch (InterruptedException e) {
            }
        }, "sleeper");
        System.out.println(sleeper.getName() + " -> " + sleeper.getState());
        sleeper.start();
        awaitState(sleeper, Thread.State.TIMED_WAITING);
        Thread waiter = new Thread(() -> {
            synchronized (monitor) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                }
            }
        }, "waiter");
        waiter.start();
        awaitState(waiter, Thread.State.WAITING);
        Thread blocked;
        synchronized (lock) {
            System.out.println("main holds lock: " + Thread.holdsLock(lock) + ", monitor: " + Thread.holdsLock(monitor));
            blocked = new Thread(() -> {
                synchronized (lock) {
                    System.out.println("blocked thread got the lock");
                }
            }, "blocked");
            blocked.start();
            awaitState(blocked, Thread.State.BLOCKED);
        }
        blocked.join();
        System.out.println(Thread.currentThread().getName() + " -> " + Thread.currentThread().getState());
        sleeper.interrupt();
        waiter.interrupt();
        sleeper.join();
        waiter.join();
        System.out.println("after join: " + sleeper.getState() + " " + waiter.getState() + " " + blocked.getState());
        synchronized (monitor) {
            monitor.wait(5, 500);
        }
        System.out.println(Thread.State.valueOf("NEW").ordinal() + " " + Thread.State.values().length);
    }
}
