import java.util.Iterator;
import java.util.NoSuchElementException;

public class Iterables {
    static class Range implements Iterable<Integer> {
        final int lo, hi;

        Range(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int cur = lo;

                public boolean hasNext() {
                    return cur < hi;
                }

                public Integer next() {
                    if (cur >= hi) throw new NoSuchElementException("exhausted");
                    return cur++;
                }
            };
        }
    }

    static class Fib implements Iterable<Long> {
        public Iterator<Long> iterator() {
            return new Iterator<Long>() {
                long a = 0, b = 1;

                public boolean hasNext() {
                    return true;
                }

                public Long next() {
                    long r = a;
                    a = b;
                    b += r;
                    return r;
                }
            };
        }
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int i : new Range(1, 11)) sum += i;
        System.out.println(sum);
        for (long f : new Fib()) {
            if (f > 1000) break;
            System.out.print(f + " ");
        }
        System.out.println();
        Iterator<Integer> it = new Range(0, 1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove " + e.getMessage());
        }
        new Range(3, 6).forEach(x -> System.out.print("<" + x + ">"));
        System.out.println();
    }
}
