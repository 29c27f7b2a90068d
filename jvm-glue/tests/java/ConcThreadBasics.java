import java.util.ArrayList;
import java.util.List;

public class ConcThreadBasics {
    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println(main.getName() + " " + main.getId() + " " + main + " " + main.getPriority() + " " + main.isDaemon());
        System.out.println(main.getThreadGroup() + " parent " + main.getThreadGroup().getParent());
        Thread a = new Thread(() -> {});
        Thread b = new Thread(() -> {}, "named");
        Thread c = new Thread();
        System.out.println(a.getName() + " " + b.getName() + " " + c.getName());
        System.out.println("ids consecutive " + (b.getId() - a.getId()) + " " + (c.getId() - b.getId()) + " >main " + (a.getId() > main.getId()));
        System.out.println(a + " " + a.getState() + " alive=" + a.isAlive());
        a.start();
        a.join();
        System.out.println(a.getState() + " alive=" + a.isAlive() + " " + a + " group=" + a.getThreadGroup());
        try {
            a.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("start twice: " + e);
        }
        try {
            new Thread((String) null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            b.setName(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            b.setPriority(0);
        } catch (IllegalArgumentException e) {
            System.out.println("priority " + e);
        }
        b.setPriority(Thread.MAX_PRIORITY);
        b.setName("renamed");
        b.setDaemon(true);
        System.out.println(b + " daemon=" + b.isDaemon());
        main.setPriority(7);
        System.out.println("inherits priority " + new Thread().getPriority());
        main.setPriority(5);
        ThreadGroup g = new ThreadGroup("workers");
        Thread inG = new Thread(g, () -> {}, "gw");
        System.out.println(inG + " " + g + " parent=" + g.getParent().getName());
        // join with timeout on a thread that blocks until released
        Object gate = new Object();
        boolean[] open = {false};
        Thread waiter = new Thread(() -> {
            synchronized (gate) {
                while (!open[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "waiter");
        waiter.start();
        waiter.join(20);
        System.out.println("after join(20): alive=" + waiter.isAlive());
        while (waiter.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("state " + waiter.getState());
        synchronized (gate) {
            open[0] = true;
            gate.notifyAll();
        }
        waiter.join();
        System.out.println("joined " + waiter.getState());
        // sleeping thread state
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted: " + e.getMessage());
            }
        });
        sleeper.start();
        while (sleeper.getState() != Thread.State.TIMED_WAITING) Thread.yield();
        System.out.println("sleeper " + sleeper.getState());
        sleeper.interrupt();
        sleeper.join();
        // many threads writing into their own slots
        int n = 16;
        long[] out = new long[n];
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int k = i;
            Thread t = new Thread(() -> {
                long s = 0;
                for (int j = 0; j <= 1000 * k; j++) s += j;
                out[k] = s;
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) t.join();
        long total = 0;
        for (long v : out) total += v;
        System.out.println("total " + total);
        System.out.println(Thread.holdsLock(gate));
        synchronized (gate) {
            System.out.println(Thread.holdsLock(gate));
        }
        Thread.onSpinWait();
        Thread.yield();
        try {
            Thread.sleep(-5);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Thread.sleep(1, 1000000);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            main.join(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Thread.sleep(1, 500);
        StackTraceElement[] st = main.getStackTrace();
        System.out.println("top frame " + st[0].getMethodName());
        // activeCount / enumerate see live started threads of the group (and subgroups)
        System.out.println("active " + Thread.activeCount());
        Object hold = new Object();
        boolean[] go = {false};
        Runnable parked = () -> {
            synchronized (hold) {
                while (!go[0]) {
                    try {
                        hold.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        };
        Thread[] live = new Thread[3];
        for (int i = 0; i < live.length; i++) {
            live[i] = new Thread(parked, "live" + i);
            live[i].start();
        }
        ThreadGroup sub = new ThreadGroup("sub");
        Thread subT = new Thread(sub, parked, "subT");
        subT.start();
        new Thread(parked, "never-started");
        Thread[] arr = new Thread[10];
        int count = Thread.enumerate(arr);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < count; i++) names.append(arr[i].getName()).append(' ');
        System.out.println("active " + Thread.activeCount() + " sub " + sub.activeCount() + " enumerate " + count + ": " + names.toString().trim() + " direct " + main.getThreadGroup().enumerate(arr, false));
        synchronized (hold) {
            go[0] = true;
            hold.notifyAll();
        }
        for (Thread t : live) t.join();
        subT.join();
        System.out.println("active after " + Thread.activeCount());
    }
}
