import java.util.*;
import java.util.concurrent.*;

public class ConcQueuesDeques {
    public static void main(String[] args) throws Exception {
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>(Arrays.asList(3, 1, 2));
        System.out.println(q + " " + q.offer(4) + " " + q.add(5) + " " + q.peek() + " " + q.poll() + " " + q.element() + " " + q.size() + " " + q.contains(4));
        Iterator<Integer> it = q.iterator();
        it.next();
        it.remove();
        q.add(6);
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.next());
        System.out.println(q + " iterated " + sb + " " + q.remove(4) + " " + q);
        try {
            q.offer(null);
        } catch (NullPointerException e) {
            System.out.println("null: " + e);
        }
        q.clear();
        try {
            q.remove();
        } catch (NoSuchElementException e) {
            System.out.println("empty remove: " + e);
        }
        System.out.println(q.poll() + " " + q.peek() + " " + q.isEmpty());
        ConcurrentLinkedDeque<String> d = new ConcurrentLinkedDeque<>();
        d.addFirst("b");
        d.addLast("c");
        d.push("a");
        d.offerLast("d");
        d.offerFirst("_");
        System.out.println(d + " " + d.peekFirst() + " " + d.peekLast() + " " + d.getFirst() + " " + d.getLast() + " " + d.size());
        System.out.println(d.pollFirst() + " " + d.pollLast() + " " + d.pop() + " " + d.removeLast() + " " + d);
        d.addAll(Arrays.asList("x", "b", "y", "b"));
        System.out.println(d.removeFirstOccurrence("b") + " " + d + " " + d.removeLastOccurrence("b") + " " + d + " " + d.removeLastOccurrence("zz"));
        Iterator<String> desc = d.descendingIterator();
        sb.setLength(0);
        while (desc.hasNext()) sb.append(desc.next());
        System.out.println("descending " + sb);
        d.clear();
        try {
            d.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop empty: " + e);
        }
        try {
            d.getLast();
        } catch (NoSuchElementException e) {
            System.out.println("getLast empty: " + e);
        }
        System.out.println(d.pollLast() + " " + d.peekFirst());
        LinkedBlockingDeque<Integer> bd = new LinkedBlockingDeque<>(2);
        bd.addFirst(1);
        bd.offerLast(2);
        try {
            bd.addFirst(0);
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        try {
            bd.add(3);
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        System.out.println(bd.offerFirst(0) + " " + bd.offerFirst(0, 5, TimeUnit.MILLISECONDS) + " " + bd + " rem " + bd.remainingCapacity());
        // multi-threaded producers/consumers on a ConcurrentLinkedQueue
        ConcurrentLinkedQueue<Integer> work = new ConcurrentLinkedQueue<>();
        for (int i = 1; i <= 5000; i++) work.add(i);
        long[] sums = new long[4];
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                Integer x;
                while ((x = work.poll()) != null) sums[id] += x;
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("sum " + (sums[0] + sums[1] + sums[2] + sums[3]) + " left " + work.size());
        ConcurrentLinkedDeque<Integer> stack = new ConcurrentLinkedDeque<>();
        Thread[] pushers = new Thread[4];
        for (int t = 0; t < pushers.length; t++) {
            final int id = t;
            pushers[t] = new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    stack.push(id);
                    if (i % 3 == 0) stack.pollLast();
                }
            });
            pushers[t].start();
        }
        for (Thread t : pushers) t.join();
        System.out.println("stack size " + stack.size());
    }
}
