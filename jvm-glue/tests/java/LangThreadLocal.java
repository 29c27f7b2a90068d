import java.util.ArrayList;
import java.util.List;

// ThreadLocal: initialValue/withInitial, get/set/remove per Java thread, null values, many locals and threads.
public class LangThreadLocal {
    static final ThreadLocal<Integer> COUNTER = ThreadLocal.withInitial(() -> 100);
    static final ThreadLocal<String> PLAIN = new ThreadLocal<>();
    static int initCalls;
    static final ThreadLocal<StringBuilder> SB = new ThreadLocal<StringBuilder>() {
        @Override
        protected StringBuilder initialValue() {
            synchronized (LangThreadLocal.class) {
                initCalls++;
            }
            return new StringBuilder("init");
        }
    };

    public static void main(String[] args) throws Exception {
        System.out.println(COUNTER.get() + " " + PLAIN.get() + " " + SB.get());
        COUNTER.set(COUNTER.get() + 1);
        PLAIN.set("main");
        SB.get().append("-main");
        System.out.println(COUNTER.get() + " " + PLAIN.get() + " " + SB.get());
        String[] results = new String[6];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            final int id = i;
            Thread t = new Thread(() -> {
                StringBuilder out = new StringBuilder();
                out.append(COUNTER.get()).append(' ').append(PLAIN.get()).append(' ').append(SB.get());
                for (int k = 0; k < 50; k++) {
                    COUNTER.set(COUNTER.get() + id);
                    Thread.yield();
                }
                PLAIN.set("t" + id);
                SB.get().append("-t").append(id);
                out.append(" | ").append(COUNTER.get()).append(' ').append(PLAIN.get()).append(' ').append(SB.get());
                COUNTER.remove();
                PLAIN.set(null);
                out.append(" | ").append(COUNTER.get()).append(' ').append(PLAIN.get());
                results[id] = out.toString();
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        for (String r : results) System.out.println(r);
        System.out.println(COUNTER.get() + " " + PLAIN.get() + " " + SB.get() + " initCalls=" + initCalls);
        COUNTER.remove();
        PLAIN.remove();
        System.out.println(COUNTER.get() + " " + PLAIN.get());
        List<ThreadLocal<Integer>> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            final int v = i;
            ThreadLocal<Integer> tl = ThreadLocal.withInitial(() -> v * v);
            many.add(tl);
            if (i % 3 == 0) tl.set(-i);
        }
        long sum = 0;
        for (ThreadLocal<Integer> tl : many) sum += tl.get();
        System.out.println("sum " + sum);
        for (int round = 0; round < 30; round++) {
            final int rr = round;
            Thread t = new Thread(() -> COUNTER.set(rr));
            t.start();
            t.join();
        }
        System.out.println(COUNTER.get());
        try {
            ThreadLocal.withInitial(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
