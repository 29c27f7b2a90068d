import java.util.*;
import java.util.stream.*;
public class StrmEdges {
    public static void main(String[] a) {
        List<Integer> l = List.of(1,2,3,4);
        System.out.println(l.stream().peek(x -> System.out.println("pk" + x)).count());
        System.out.println(l.stream().peek(x -> System.out.println("pk" + x)).skip(1).count());
        System.out.println(l.stream().peek(x -> System.out.println("pl" + x)).limit(2).count());
        System.out.println(l.stream().peek(x -> System.out.println("pm" + x)).map(x -> x).count());
        System.out.println(l.stream().peek(x -> System.out.println("ps" + x)).sorted().count());
        System.out.println(IntStream.range(0, 5).peek(x -> System.out.println("r" + x)).count());
        System.out.println(IntStream.range(0, 5).peek(x -> System.out.println("r" + x)).boxed().count());
        System.out.println(IntStream.range(0, 50).peek(x -> System.out.println("q" + x)).sorted().findFirst());
        System.out.println(Stream.concat(l.stream().peek(x -> System.out.println("c" + x)), l.stream()).count());
        System.out.println(Stream.of(1,2,3).flatMap(x -> Stream.of(x, x).onClose(() -> System.out.println("close" + x))).findFirst());
        System.out.println(Stream.of(1,2,3).flatMap(x -> Stream.of(x, x).onClose(() -> System.out.println("close" + x))).count());
        System.out.println(DoubleStream.of(1e100, 1.0, -1e100).sum());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3, 1e16, -1e16, 0.7).sum());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).sum());
        double[] d = new double[1000]; for (int i = 0; i < d.length; i++) d[i] = 1.0 / (i + 1);
        System.out.println(DoubleStream.of(d).sum() + " " + DoubleStream.of(d).average() + " " + DoubleStream.of(d).summaryStatistics());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, 1).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum());
        System.out.println(IntStream.of(1, 2).summaryStatistics());
        System.out.println(new IntSummaryStatistics());
        System.out.println(new LongSummaryStatistics());
        System.out.println(new DoubleSummaryStatistics());
        try { Arrays.stream(new int[3], 2, 1); } catch (Exception e) { System.out.println(e); }
        try { Arrays.stream(new int[3], -1, 1); } catch (Exception e) { System.out.println(e); }
        try { Arrays.stream(new int[3], 0, 4); } catch (Exception e) { System.out.println(e); }
        try { Stream.of(1,2).toArray(String[]::new); } catch (Exception e) { System.out.println(e); }
        try { Stream.of(1,2).toArray(Integer[][]::new); } catch (Exception e) { System.out.println(e); }
        try { Stream.of(1,2).toArray(n -> new Integer[1]); } catch (Exception e) { System.out.println(e); }
        try { Stream.of(1,2).filter(x->true).toArray(n -> new Integer[1]); } catch (Exception e) { System.out.println(e); }
        try { Stream.of(1,2).filter(x->true).toArray(n -> new Integer[5]); } catch (Exception e) { System.out.println(e); }
        try { Stream.of(3, 1).sorted(null).toList(); System.out.println("ok null cmp"); } catch (Exception e) { System.out.println(e); }
        System.out.println(Stream.of(1).map(x -> x).collect(Collectors.toList()).getClass().getName());
        try { Stream.of(1, 2).toList().add(3); } catch (Exception e) { System.out.println(e); }
        Stream<Integer> s = Stream.of(1);
        s.map(x -> x);
        try { s.map(x -> x); } catch (Exception e) { System.out.println(e); }
        try { s.onClose(() -> {}); } catch (Exception e) { System.out.println(e); }
        s.close();
        Stream<Integer> t = Stream.of(1);
        t.unordered();
        try { t.count(); } catch (Exception e) { System.out.println("unordered " + e); }
        System.out.println(Stream.of(1,2).collect(Collectors.reducing((x, y) -> null)));
        System.out.println(Stream.of(1,2,3).collect(Collectors.reducing((x, y) -> null)));
    }
}
