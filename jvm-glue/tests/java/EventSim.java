import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

public class EventSim {
    enum Kind { ARRIVE, START, FINISH }

    record Event(long time, Kind kind, int customer) {}

    static final class Queue {
        private final List<Event> heap = new ArrayList<>();
        private final Comparator<Event> cmp = Comparator.comparingLong(Event::time).thenComparing(e -> e.kind().ordinal()).thenComparingInt(Event::customer);

        void push(Event e) {
            heap.add(e);
            int i = heap.size() - 1;
            while (i > 0) {
                int p = (i - 1) / 2;
                if (cmp.compare(heap.get(i), heap.get(p)) >= 0) break;
                Event t = heap.get(i);
                heap.set(i, heap.get(p));
                heap.set(p, t);
                i = p;
            }
        }

        Event pop() {
            Event top = heap.get(0);
            Event last = heap.remove(heap.size() - 1);
            if (!heap.isEmpty()) {
                heap.set(0, last);
                int i = 0;
                while (true) {
                    int l = 2 * i + 1, r = l + 1, m = i;
                    if (l < heap.size() && cmp.compare(heap.get(l), heap.get(m)) < 0) m = l;
                    if (r < heap.size() && cmp.compare(heap.get(r), heap.get(m)) < 0) m = r;
                    if (m == i) break;
                    Event t = heap.get(i);
                    heap.set(i, heap.get(m));
                    heap.set(m, t);
                    i = m;
                }
            }
            return top;
        }

        boolean isEmpty() {
            return heap.isEmpty();
        }
    }

    public static void main(String[] args) {
        Random rnd = new Random(99);
        Queue q = new Queue();
        long t = 0;
        for (int c = 0; c < 200; c++) {
            t += rnd.nextInt(10);
            q.push(new Event(t, Kind.ARRIVE, c));
        }
        int waiting = 0, busy = 0, servers = 3, served = 0;
        long totalWait = 0, maxQueue = 0;
        long[] arrived = new long[200];
        java.util.ArrayDeque<Integer> line = new java.util.ArrayDeque<>();
        int[] counts = new int[Kind.values().length];
        while (!q.isEmpty()) {
            Event e = q.pop();
            counts[e.kind().ordinal()]++;
            switch (e.kind()) {
                case ARRIVE -> {
                    arrived[e.customer()] = e.time();
                    line.addLast(e.customer());
                    maxQueue = Math.max(maxQueue, line.size());
                }
                case START -> busy++;
                case FINISH -> {
                    busy--;
                    served++;
                }
            }
            while (busy < servers && !line.isEmpty()) {
                int c = line.pollFirst();
                totalWait += e.time() - arrived[c];
                q.push(new Event(e.time(), Kind.START, c));
                q.push(new Event(e.time() + 5 + rnd.nextInt(20), Kind.FINISH, c));
                busy++;
            }
            busy = Math.max(busy - (e.kind() == Kind.START ? 1 : 0), 0);
        }
        System.out.println("served=" + served + " avgWait=" + (double) totalWait / served + " maxQueue=" + maxQueue + " counts=" + java.util.Arrays.toString(counts) + " waiting=" + waiting);
    }
}
