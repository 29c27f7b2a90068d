import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmApiExtras {
    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        System.out.println(Stream.of("a1", "b22", "c").mapMultiToInt((s, sink) -> {
            log.add("m" + s);
            for (char ch : s.toCharArray()) if (Character.isDigit(ch)) sink.accept(ch - '0');
        }).peek(x -> log.add("p" + x)).sum() + " " + log);
        System.out.println(Stream.of(3L, 4L).mapMultiToLong((x, sink) -> {
            sink.accept(x);
            sink.accept(x * 100);
        }).boxed().toList());
        System.out.println(Stream.of(1.5).mapMultiToDouble((x, sink) -> {
            sink.accept(x);
            sink.accept(-x);
        }).sum());
        IntStream ip = IntStream.range(0, 5).parallel();
        System.out.println(ip.isParallel() + " " + ip.sequential().isParallel() + " " + LongStream.of(1).parallel().sum() + " " + DoubleStream.of(2).sequential().sum());
        System.out.println(StreamSupport.intStream(() -> IntStream.of(7, 8).spliterator(), 0, false).sum() + " "
                + StreamSupport.longStream(() -> LongStream.of(9).spliterator(), 0, false).sum() + " "
                + StreamSupport.doubleStream(() -> DoubleStream.of(0.25).spliterator(), 0, false).sum());
        Formatter f = new Formatter(System.out);
        f.format("via PrintStream %d%n", 42);
        f.flush();
        Scanner sc = new Scanner("127 128 -32768 40000 7f 3.5 x");
        System.out.println(sc.hasNextByte() + " " + sc.nextByte() + " " + sc.hasNextByte() + " " + sc.hasNextShort() + " " + sc.nextShort() + " " + sc.nextShort()
                + " " + sc.hasNextShort() + " " + sc.hasNextLong(16) + " " + sc.nextInt() + " " + sc.hasNextByte(16) + " " + sc.nextByte(16) + " " + sc.hasNextFloat() + " " + sc.nextFloat() + " " + sc.hasNextFloat());
    }
}
