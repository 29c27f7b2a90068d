import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

public class UtilExtras {
    static Optional<String> find(String[] xs, String prefix) {
        for (String x : xs) if (x.startsWith(prefix)) return Optional.of(x);
        return Optional.empty();
    }

    public static void main(String[] args) throws Exception {
        String[] words = {"alpha", "beta", "gamma"};
        System.out.println(find(words, "b") + " " + find(words, "z") + " " + find(words, "g").map(String::length).orElse(-1)
                + " " + find(words, "q").map(String::length).orElse(-1) + " " + find(words, "a").filter(s -> s.length() > 9).isPresent());
        System.out.println(Optional.ofNullable(null).orElseGet(() -> "fallback") + " " + Optional.of(3).equals(Optional.of(3)) + " " + Optional.empty().hashCode());
        try {
            Optional.empty().get();
        } catch (java.util.NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        StringJoiner j = new StringJoiner(", ", "{", "}");
        System.out.println(j + " " + j.length());
        for (String w : words) j.add(w);
        System.out.println(j + " " + j.length() + " " + new StringJoiner("-").setEmptyValue("EMPTY"));
        AtomicInteger counter = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                for (int n = 0; n < 5000; n++) {
                    counter.incrementAndGet();
                    sum.addAndGet(k);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(counter + " " + sum.get() + " " + counter.compareAndSet(20000, 1) + " " + counter.get() + " " + counter.updateAndGet(x -> x * 10));
    }
}
