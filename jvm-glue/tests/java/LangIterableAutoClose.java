import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

// Iterable (custom implementations, for-each, forEach default) and AutoCloseable (try-with-resources ordering,
// suppressed exceptions, null resources, close exceptions).
public class LangIterableAutoClose {
    static class Range implements Iterable<Integer> {
        final int lo, hi;

        Range(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = lo;

                public boolean hasNext() {
                    return next < hi;
                }

                public Integer next() {
                    if (next >= hi) throw new NoSuchElementException("range exhausted at " + next);
                    return next++;
                }
            };
        }
    }

    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;
        static final List<String> LOG = new ArrayList<>();

        Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            LOG.add("open " + name);
        }

        public void close() throws Exception {
            LOG.add("close " + name);
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int v : new Range(1, 6)) sum += v;
        StringBuilder sb = new StringBuilder();
        new Range(3, 7).forEach(v -> sb.append(v).append(','));
        System.out.println(sum + " " + sb);
        Iterator<Integer> it = new Range(0, 1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + e.getMessage());
        }
        Iterable<String> lambda = () -> List.of("x", "y").iterator();
        for (String s : lambda) System.out.print(s);
        System.out.println();
        try (Res a = new Res("a", false); Res b = new Res("b", false)) {
            Res.LOG.add("body");
        } catch (Exception e) {
            Res.LOG.add("caught " + e);
        }
        try (Res a = new Res("c", true); Res b = new Res("d", true)) {
            throw new RuntimeException("body failed");
        } catch (Exception e) {
            Res.LOG.add("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) Res.LOG.add("  suppressed " + s.getMessage());
        }
        try (Res a = new Res("e", true); Res n = null) {
            Res.LOG.add("body with null resource");
        } catch (Exception e) {
            Res.LOG.add("caught " + e.getClass().getSimpleName() + ": " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        Res shared = new Res("f", false);
        try (shared) {
            Res.LOG.add("java9 resource");
        } catch (Exception e) {
            Res.LOG.add("caught " + e);
        }
        AutoCloseable ac = () -> Res.LOG.add("lambda close");
        try (ac) {
            Res.LOG.add("lambda body");
        } catch (Exception e) {
            Res.LOG.add("caught " + e);
        }
        for (String l : Res.LOG) System.out.println(l);
    }
}
