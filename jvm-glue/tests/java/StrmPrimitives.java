import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmPrimitives {
    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        p(Arrays.toString(IntStream.range(0, 10).toArray()));
        p(Arrays.toString(IntStream.rangeClosed(-3, 3).toArray()));
        p(IntStream.range(5, 5).count() + " " + IntStream.range(6, 5).count() + " " + IntStream.rangeClosed(5, 5).count());
        p(IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).boxed().toList());
        p(IntStream.range(Integer.MIN_VALUE, Integer.MIN_VALUE + 3).sum());
        p(IntStream.range(Integer.MIN_VALUE, Integer.MAX_VALUE).count());
        p(LongStream.rangeClosed(Long.MAX_VALUE - 1, Long.MAX_VALUE).boxed().toList());
        p(LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        p(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).sorted().boxed().toList());
        p(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).distinct().boxed().toList());
        p(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).max() + " " + IntStream.of(3, 1, 4).min() + " " + IntStream.empty().max());
        p(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).average() + " " + IntStream.empty().average());
        p(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).sum() + " " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average());
        p(IntStream.of(Integer.MAX_VALUE, 1).summaryStatistics());
        p(LongStream.of(5, -7, 9).summaryStatistics());
        p(DoubleStream.of(2.5, -1.25, 8).summaryStatistics());
        p(DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + DoubleStream.of(0.1, 0.2, 0.3).average());
        p(DoubleStream.of(Double.NaN, 1.0).max() + " " + DoubleStream.of(-0.0, 0.0).min() + " " + DoubleStream.of(0.0, -0.0).max());
        p(DoubleStream.of(3.5, Double.NaN, -0.0, 0.0, -2, Double.NEGATIVE_INFINITY).sorted().boxed().toList());
        p(DoubleStream.of(Double.NaN, Double.NaN, 0.0, -0.0, 0.0).distinct().boxed().toList());
        p(IntStream.range(0, 20).filter(i -> i % 3 == 0).map(i -> i * i).boxed().collect(Collectors.toList()));
        p(IntStream.range(0, 5).mapToObj(i -> "s" + i).collect(Collectors.joining("-")));
        p(IntStream.range(0, 5).mapToLong(i -> (long) i << 40).boxed().toList());
        p(IntStream.range(0, 5).mapToDouble(i -> i / 4.0).boxed().toList());
        p(IntStream.range(0, 5).asLongStream().map(x -> x * x).sum());
        p(IntStream.range(0, 5).asDoubleStream().map(Math::sqrt).sum());
        p(LongStream.range(0, 4).asDoubleStream().boxed().toList());
        p(LongStream.range(0, 4).mapToInt(x -> (int) x * 3).boxed().toList());
        p(DoubleStream.of(1.5, 2.5, -3.7).mapToInt(d -> (int) d).boxed().toList());
        p(DoubleStream.of(1.5, 2.5, -3.7).mapToLong(Math::round).boxed().toList());
        p(DoubleStream.of(1.5, 2.5).mapToObj(d -> "<" + d + ">").toList());
        p(IntStream.iterate(1, i -> i * 2).limit(12).boxed().toList());
        p(IntStream.iterate(1, i -> i < 100, i -> i * 3).boxed().toList());
        p(LongStream.iterate(1, i -> i * 10).limit(5).sum());
        p(DoubleStream.iterate(1, d -> d / 2).limit(5).sum());
        int[] c = {0};
        p(IntStream.generate(() -> c[0]++).limit(6).sum());
        p(IntStream.concat(IntStream.of(1, 2), IntStream.range(10, 12)).boxed().toList());
        p(LongStream.concat(LongStream.of(1), LongStream.empty()).count());
        p(DoubleStream.concat(DoubleStream.of(1.0), DoubleStream.of(2.0)).sum());
        p(IntStream.range(0, 10).takeWhile(i -> i < 4).sum() + " " + IntStream.range(0, 10).dropWhile(i -> i < 4).sum());
        p(IntStream.of(1, 2, 3).flatMap(i -> IntStream.range(0, i)).boxed().toList());
        p(IntStream.of(1, 2, 3).mapMulti((i, sink) -> {
            sink.accept(i);
            sink.accept(-i);
        }).boxed().toList());
        p(IntStream.range(0, 10).skip(3).limit(4).boxed().toList());
        p(IntStream.range(0, 10).anyMatch(i -> i == 7) + " " + IntStream.range(0, 10).allMatch(i -> i < 7) + " " + IntStream.range(0, 10).noneMatch(i -> i > 70));
        p(IntStream.range(0, 10).filter(i -> i > 6).findFirst() + " " + IntStream.empty().findAny());
        p(LongStream.of(4, 8).findFirst() + " " + DoubleStream.of(0.5).findFirst() + " " + DoubleStream.empty().findFirst());
        p(IntStream.of(5, 6, 7).reduce(Integer::sum) + " " + IntStream.of(5, 6, 7).reduce(100, (a, b) -> a - b));
        p(LongStream.of(5, 6, 7).reduce(Long::max) + " " + DoubleStream.of(5, 6, 7).reduce(1, (a, b) -> a * b));
        ArrayList<Integer> col = IntStream.range(0, 4).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        p(col);
        StringBuilder sb = LongStream.range(0, 4).collect(StringBuilder::new, (s, v) -> s.append(v).append(','), (x, y) -> x.append(y.toString()));
        p(sb);
        PrimitiveIterator.OfInt it = IntStream.range(3, 6).iterator();
        while (it.hasNext()) p("next " + it.nextInt());
        PrimitiveIterator.OfDouble dit = DoubleStream.of(1.25).iterator();
        p(dit.next() + " " + dit.hasNext());
        IntStream.Builder b = IntStream.builder();
        b.add(4).add(5).accept(6);
        p(b.build().sum());
        p("hello".chars().mapToObj(ch -> String.valueOf((char) ch)).collect(Collectors.joining("|")));
        p("a\uD83D\uDE00b".codePoints().boxed().toList() + " " + "a\uD83D\uDE00b".chars().count());
        p("one\ntwo\r\nthree\rfour\n\nfive\n".lines().toList());
        p("".lines().count() + " " + "\n".lines().toList() + " " + "x".lines().toList());
        p(Arrays.stream(new int[] {9, 8, 7, 6}, 1, 3).boxed().toList());
        p(Arrays.stream(new long[] {9, 8, 7, 6}).sum() + " " + Arrays.stream(new double[] {0.5, 0.25}).sum());
        p(Arrays.stream(new String[] {"q", "r", "s"}, 1, 3).toList());
        p(OptionalInt.of(4) + " " + OptionalLong.of(-4) + " " + OptionalDouble.of(4.5) + " " + OptionalInt.empty() + " " + OptionalLong.empty() + " " + OptionalDouble.empty());
        p(OptionalInt.of(4).equals(OptionalInt.of(4)) + " " + OptionalInt.empty().equals(OptionalInt.of(0)) + " " + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)));
        p(OptionalInt.of(4).hashCode() + " " + OptionalLong.of(1L << 40).hashCode() + " " + OptionalDouble.of(1.5).hashCode() + " " + OptionalInt.empty().hashCode());
        p(OptionalInt.empty().orElse(7) + " " + OptionalLong.empty().orElseGet(() -> 8L) + " " + OptionalDouble.of(2).orElse(9));
        try {
            OptionalInt.empty().getAsInt();
        } catch (NoSuchElementException e) {
            p("NSEE " + e.getMessage());
        }
        try {
            OptionalDouble.empty().orElseThrow();
        } catch (NoSuchElementException e) {
            p("NSEE " + e.getMessage());
        }
        try {
            OptionalLong.empty().orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        OptionalInt.of(3).ifPresentOrElse(v -> p("present " + v), () -> p("absent"));
        OptionalInt.empty().ifPresentOrElse(v -> p("present " + v), () -> p("absent"));
        p(OptionalInt.of(3).stream().sum() + " " + OptionalDouble.empty().stream().count());
        IntSummaryStatistics st = new IntSummaryStatistics();
        IntStream.of(4, -2, 10).forEach(st);
        p(st.getCount() + " " + st.getSum() + " " + st.getMin() + " " + st.getMax() + " " + st.getAverage());
        LongSummaryStatistics ls = new LongSummaryStatistics();
        ls.accept(3);
        ls.accept(4L);
        LongSummaryStatistics ls2 = new LongSummaryStatistics();
        ls2.accept(100);
        ls.combine(ls2);
        p(ls);
        DoubleSummaryStatistics ds = DoubleStream.of(0.1, 0.2, 0.3).summaryStatistics();
        p(ds.getSum() + " " + ds.getAverage() + " " + ds);
        p(new IntSummaryStatistics(3, 1, 5, 9));
        try {
            new IntSummaryStatistics(-1, 1, 5, 9);
        } catch (IllegalArgumentException e) {
            p("IAE " + e.getMessage());
        }
        try {
            new IntSummaryStatistics(2, 6, 5, 9);
        } catch (IllegalArgumentException e) {
            p("IAE " + e.getMessage());
        }
        double[] big = new double[2000];
        for (int i = 0; i < big.length; i++) big[i] = Math.sin(i) * 1e-3 + (i % 7 == 0 ? 1e12 : 0.1);
        p(DoubleStream.of(big).sum() + " " + DoubleStream.of(big).average().getAsDouble());
        p(Arrays.stream(big).boxed().collect(Collectors.summingDouble(x -> x)) + " " + Arrays.stream(big).boxed().collect(Collectors.averagingDouble(x -> x)));
    }
}
