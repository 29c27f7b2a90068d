import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmSpliterator {
    static final class Countdown implements Iterator<Integer> {
        int n;

        Countdown(int n) {
            this.n = n;
        }

        public boolean hasNext() {
            return n > 0;
        }

        public Integer next() {
            return n--;
        }
    }

    static final class Evens implements Iterable<Integer> {
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int i = 0;

                public boolean hasNext() {
                    return i < 10;
                }

                public Integer next() {
                    return (i++) * 2;
                }
            };
        }
    }

    public static void main(String[] args) {
        Stream<Integer> s = StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Countdown(6), Spliterator.ORDERED), false);
        System.out.println(s.map(x -> x * x).toList());
        System.out.println(StreamSupport.stream(new Evens().spliterator(), false).filter(x -> x % 3 == 0).toList());
        System.out.println(StreamSupport.stream(Spliterators.spliterator(new Countdown(4), 4, 0), false).count());
        List<String> l = new ArrayList<>(List.of("a", "b", "c"));
        Spliterator<String> sp = l.spliterator();
        System.out.println(sp.estimateSize() + " " + sp.hasCharacteristics(Spliterator.SIZED) + " " + sp.getExactSizeIfKnown());
        StringBuilder sb = new StringBuilder();
        sp.tryAdvance(sb::append);
        sp.forEachRemaining(x -> sb.append('-').append(x));
        System.out.println(sb + " " + sp.tryAdvance(x -> {}) + " " + sp.trySplit());
        Spliterator<Integer> ss = Stream.of(1, 2, 3, 4).spliterator();
        System.out.println(ss.estimateSize() + " " + ss.hasCharacteristics(Spliterator.SIZED) + " " + ss.hasCharacteristics(Spliterator.ORDERED));
        ss.tryAdvance(x -> System.out.println("first " + x));
        System.out.println(ss.estimateSize());
        ss.forEachRemaining(x -> System.out.print(x + ";"));
        System.out.println();
        Spliterator<Integer> fs = Stream.of(1, 2, 3).filter(x -> x > 1).spliterator();
        System.out.println(fs.hasCharacteristics(Spliterator.SIZED) + " " + fs.getExactSizeIfKnown());
        Iterator<Integer> back = Spliterators.iterator(Stream.of(7, 8).spliterator());
        while (back.hasNext()) System.out.print(back.next() + " ");
        System.out.println();
        Spliterator.OfInt is = IntStream.range(0, 5).spliterator();
        is.tryAdvance((IntConsumer) x -> System.out.println("int " + x));
        is.forEachRemaining((IntConsumer) x -> System.out.print(x + ","));
        System.out.println();
        System.out.println(StreamSupport.intStream(IntStream.of(3, 4).spliterator(), false).sum() + " " + StreamSupport.longStream(LongStream.of(5).spliterator(), false).sum()
                + " " + StreamSupport.doubleStream(DoubleStream.of(0.5).spliterator(), true).isParallel());
        System.out.println(StreamSupport.stream(Spliterators.spliterator(new Object[] {"x", "y", "z"}, 0), false).toList()
                + " " + StreamSupport.stream(Spliterators.emptySpliterator(), false).count());
        Stream<Integer> used = Stream.of(1);
        used.spliterator();
        try {
            used.count();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(StreamSupport.stream(() -> List.of(9, 8).spliterator(), Spliterator.SIZED, false).toList());
    }
}
