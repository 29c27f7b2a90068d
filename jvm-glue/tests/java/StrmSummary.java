import java.util.*;
import java.util.stream.*;

public class StrmSummary {
    public static void main(String[] args) {
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE).summaryStatistics());
        System.out.println(LongStream.of(Long.MAX_VALUE, 1).summaryStatistics());
        System.out.println(DoubleStream.of(1e300, 1e300, -1e300).summaryStatistics());
        System.out.println(DoubleStream.of(Double.NaN, 1).summaryStatistics());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, 1).summaryStatistics());
        System.out.println(DoubleStream.of(-0.0).summaryStatistics() + " " + DoubleStream.of(-0.0, 0.0).summaryStatistics().getMin());
        System.out.println(DoubleStream.of(1234567.891, 0.000001, 98765.4321).summaryStatistics());
        IntSummaryStatistics a = new IntSummaryStatistics(), b = new IntSummaryStatistics();
        IntStream.range(0, 10).forEach(a);
        IntStream.range(100, 105).forEach(b::accept);
        a.combine(b);
        System.out.println(a + " " + a.getAverage());
        DoubleSummaryStatistics d1 = new DoubleSummaryStatistics(), d2 = new DoubleSummaryStatistics();
        for (int i = 0; i < 10; i++) d1.accept(0.1);
        d2.accept(1e10);
        d2.accept(-1e10);
        d1.combine(d2);
        System.out.println(d1.getSum() + " " + d1.getCount() + " " + d1.getAverage() + " " + d1.getMax());
        System.out.println(new DoubleSummaryStatistics(2, 1.5, 3.5, 5.0) + " " + new LongSummaryStatistics(0, 5, 1, 9));
        try {
            new DoubleSummaryStatistics(2, Double.NaN, 3.5, 5.0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Stream.of("a", "bb", "ccc").collect(Collectors.summarizingInt(String::length)).getAverage());
        System.out.println(Stream.of(1.5, 2.25).collect(Collectors.summarizingDouble(x -> x)));
        System.out.println(Stream.of(7L, 9L).collect(Collectors.summarizingLong(x -> x)).getSum());
        double[] vals = new double[500];
        for (int i = 0; i < vals.length; i++) vals[i] = 1.0 / (i + 1) * (i % 2 == 0 ? 1 : -1) + 1e8;
        DoubleSummaryStatistics big = Arrays.stream(vals).summaryStatistics();
        System.out.println(big.getSum() + " " + big.getAverage() + " " + Arrays.stream(vals).sum() + " " + Arrays.stream(vals).boxed().collect(Collectors.summingDouble(x -> x)));
        System.out.println(String.format("%.3f %.3e", big.getSum(), big.getAverage()));
    }
}
