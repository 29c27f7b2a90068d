import java.util.*;
import java.util.concurrent.*;

public class ConcPriorityDelay {
    static final class Job implements Delayed {
        final String name;
        final long due;

        Job(String name, long delayMs) {
            this.name = name;
            this.due = System.nanoTime() + delayMs * 1_000_000L;
        }

        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        public int compareTo(Delayed o) {
            return Long.compare(due, ((Job) o).due);
        }

        public String toString() {
            return name;
        }
    }

    public static void main(String[] args) throws Exception {
        PriorityBlockingQueue<Integer> pq = new PriorityBlockingQueue<>();
        for (int x : new int[] {5, 3, 8, 1, 9, 2, 7, 4, 6, 0}) pq.add(x);
        System.out.println(pq + " size " + pq.size() + " peek " + pq.peek());
        pq.remove(8);
        System.out.println(pq);
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.take()).append(' ');
        System.out.println(sb.toString().trim());
        PriorityBlockingQueue<String> byLen = new PriorityBlockingQueue<>(4, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        byLen.addAll(Arrays.asList("ccc", "a", "bb", "dddd", "e", "ff"));
        System.out.println(byLen + " " + byLen.comparator().compare("x", "yy"));
        List<String> drained = new ArrayList<>();
        byLen.drainTo(drained, 4);
        System.out.println(drained + " " + byLen + " poll " + byLen.poll(1, TimeUnit.MILLISECONDS) + " " + byLen.poll() + " " + byLen.poll());
        System.out.println(new PriorityBlockingQueue<>(Arrays.asList(9, 4, 7, 1, 8, 2)));
        try {
            new PriorityBlockingQueue<Integer>().add(null);
        } catch (NullPointerException e) {
            System.out.println("null: " + e);
        }
        try {
            new PriorityBlockingQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("cap 0: " + e);
        }
        DelayQueue<Job> dq = new DelayQueue<>();
        dq.add(new Job("late", 800));
        dq.add(new Job("now", 0));
        dq.add(new Job("mid", 400));
        System.out.println("size " + dq.size() + " poll " + dq.poll());
        System.out.println("poll before due " + dq.poll() + " peek " + dq.peek());
        System.out.println("take " + dq.take() + " " + dq.take());
        System.out.println("timed poll " + dq.poll(5, TimeUnit.MILLISECONDS) + " " + dq.size());
        dq.add(new Job("x", 1000));
        List<Job> none = new ArrayList<>();
        System.out.println("drain unexpired " + dq.drainTo(none) + " remaining " + dq.remainingCapacity() + " " + dq);
    }
}
