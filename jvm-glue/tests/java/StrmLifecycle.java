import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmLifecycle {
    static void p(Object o) {
        System.out.println(o);
    }

    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            p(label + " ok");
        } catch (RuntimeException e) {
            p(label + " " + e.getClass().getName() + ": " + e.getMessage());
            for (Throwable s : e.getSuppressed()) p("  suppressed " + s.getClass().getName() + ": " + s.getMessage());
        }
    }

    public static void main(String[] args) {
        Stream<Integer> s = Stream.of(1, 2, 3);
        p(s.count());
        tryRun("reuse count", () -> s.count());
        tryRun("reuse map", () -> s.map(x -> x));
        tryRun("reuse onClose", () -> s.onClose(() -> {}));
        tryRun("close after use", () -> s.close());
        Stream<Integer> s2 = Stream.of(1, 2, 3);
        Stream<Integer> m = s2.map(x -> x * 2);
        tryRun("linked filter", () -> s2.filter(x -> true));
        p(m.toList());
        IntStream is = IntStream.range(0, 3);
        is.sum();
        tryRun("int reuse", () -> is.max());
        LongStream lsx = LongStream.range(0, 3);
        lsx.close();
        tryRun("closed long", () -> lsx.sum());
        DoubleStream dsx = DoubleStream.of(1);
        dsx.boxed();
        tryRun("double linked", () -> dsx.sum());
        Stream<String> closed = Stream.of("a");
        closed.close();
        tryRun("closed", () -> closed.forEach(x -> {}));
        tryRun("closed twice", () -> closed.close());
        // onClose order and exceptions
        Stream<Integer> oc = Stream.of(1).onClose(() -> p("h1")).onClose(() -> p("h2"));
        Stream<Integer> ocm = oc.map(x -> x + 1).onClose(() -> p("h3"));
        p(ocm.toList());
        ocm.close();
        ocm.close();
        p("after second close");
        Stream<Integer> bad = Stream.of(1).onClose(() -> {
            throw new IllegalStateException("first");
        }).onClose(() -> p("runs anyway")).onClose(() -> {
            throw new IllegalArgumentException("second");
        });
        tryRun("bad close", bad::close);
        try (Stream<String> tw = Stream.of("x", "y").onClose(() -> p("twr closed"))) {
            p(tw.map(String::toUpperCase).toList());
        }
        Stream<Integer> cat = Stream.concat(Stream.of(1).onClose(() -> p("close a")), Stream.of(2).onClose(() -> p("close b")));
        p(cat.toList());
        cat.close();
        IntStream icat = IntStream.concat(IntStream.of(1).onClose(() -> p("iclose a")), IntStream.of(2).onClose(() -> p("iclose b")));
        icat.close();
        Stream<Integer> a1 = Stream.of(1);
        Stream<Integer> a2 = Stream.concat(a1, Stream.of(2));
        tryRun("concat consumed", () -> a1.count());
        p(a2.count());
        // flatMap closes inner streams
        p(Stream.of(1, 2, 3).flatMap(x -> Stream.of(x, x * 10).onClose(() -> p("inner " + x))).toList());
        p(Stream.of(1, 2, 3).flatMap(x -> Stream.of(x, x * 10).onClose(() -> p("inner " + x))).filter(x -> x > 5).findFirst());
        p(Stream.of(1, 2, 3).flatMap(x -> Stream.of(x, x * 10).onClose(() -> p("inner " + x))).limit(3).toList());
        p(Stream.of(1, 2, 3).flatMap(x -> Stream.of(x, x * 10).onClose(() -> p("inner " + x))).anyMatch(x -> x == 2));
        p(Stream.of(1, 2, 3).flatMap(x -> x == 2 ? null : Stream.of(x)).toList());
        p(IntStream.range(0, 3).flatMap(x -> IntStream.of(x, x).onClose(() -> p("iinner " + x))).sum());
        // counting sized pipelines skips the work
        List<String> log = new ArrayList<>();
        List<Integer> src = List.of(1, 2, 3, 4, 5);
        p(src.stream().peek(x -> log.add("a" + x)).count() + " " + log);
        p(src.stream().peek(x -> log.add("b" + x)).map(x -> x).skip(2).count() + " " + log);
        p(src.stream().peek(x -> log.add("c" + x)).limit(2).count() + " " + log);
        p(src.stream().peek(x -> log.add("d" + x)).filter(x -> x > 2).count() + " " + log);
        log.clear();
        p(IntStream.range(0, 4).peek(x -> log.add("e" + x)).count() + " " + IntStream.range(0, 4).peek(x -> log.add("f" + x)).skip(10).count() + " " + log);
        p(Stream.iterate(0, x -> x + 1).limit(4).peek(x -> log.add("g" + x)).count() + " " + log);
        log.clear();
        p(IntStream.range(0, 1000).peek(x -> log.add("h" + x)).sorted().limit(2).boxed().toList() + " " + log);
        p(Stream.of(9, 3, 7).peek(x -> log.add("i" + x)).sorted().sorted().findFirst() + " " + log);
        log.clear();
        // iterator laziness
        Iterator<Integer> it = Stream.of(1, 2, 3).peek(x -> log.add("j" + x)).iterator();
        p(log);
        p(it.hasNext() + " " + log);
        p(it.next() + " " + it.next() + " " + log);
        // late binding of collection sources
        List<Integer> lb = new ArrayList<>(List.of(1, 2));
        Stream<Integer> lbs = lb.stream();
        lb.add(3);
        p(lbs.toList());
        // match short-circuit
        log.clear();
        p(Stream.of(1, 2, 3, 4).peek(x -> log.add("k" + x)).anyMatch(x -> x == 2) + " " + log);
        p(Stream.of(1, 2, 3, 4).peek(x -> log.add("l" + x)).allMatch(x -> x < 3) + " " + log);
        p(Stream.of(1, 2, 3, 4).peek(x -> log.add("m" + x)).noneMatch(x -> x == 3) + " " + log);
        log.clear();
        p(Stream.of(1, 2, 3, 4, 1).peek(x -> log.add("n" + x)).takeWhile(x -> x < 3).toList() + " " + log);
        log.clear();
        p(Stream.of(5, 1, 5, 2, 1).peek(x -> log.add("o" + x)).distinct().limit(2).toList() + " " + log);
        tryRun("sorted null cmp", () -> Stream.of(2, 1).sorted(null).toList());
        tryRun("map null", () -> Stream.of(1).map(null));
        tryRun("filter null", () -> Stream.of(1).filter(null));
        tryRun("forEach null", () -> Stream.of(1).forEach(null));
        tryRun("iterate null", () -> Stream.iterate(1, null));
        tryRun("concat null", () -> Stream.concat(null, Stream.of(1)));
        tryRun("builder reuse", () -> {
            Stream.Builder<Integer> b = Stream.builder();
            b.build();
            b.add(1);
        });
        tryRun("builder build twice", () -> {
            IntStream.Builder b = IntStream.builder();
            b.build();
            b.build();
        });
        tryRun("toArray wrong type", () -> Stream.of(1, 2).toArray(String[]::new));
        tryRun("toArray too small sized", () -> Stream.of(1, 2).toArray(n -> new Integer[1]));
        tryRun("toArray too small", () -> Stream.of(1, 2).filter(x -> true).toArray(n -> new Integer[1]));
        tryRun("min of empty get", () -> Stream.<Integer>empty().min(Integer::compare).get());
        tryRun("findFirst null", () -> Stream.of((Object) null).findFirst());
        tryRun("reduce null", () -> Stream.of(1, 2).reduce((a, b) -> null).get());
        tryRun("arrays range", () -> Arrays.stream(new int[3], 2, 1));
        tryRun("arrays range2", () -> Arrays.stream(new String[3], 0, 4));
        tryRun("arrays range3", () -> Arrays.stream(new double[3], -1, 2));
    }
}
