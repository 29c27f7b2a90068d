package java.util.stream;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;

/** Entry points that other packages use to make streams (Collection.stream, Arrays.stream, ...). */
public final class StreamSupport {
    private StreamSupport() {}

    /** A sequential stream over a collection, sized by its size() and bound to its iterator on first use. */
    public static <T> Stream<T> ofCollection(Collection<T> c) {
        Src<T> s = Src.ofIterable(c, c.size());
        // a SortedSet in natural order is known to be sorted, so a natural sorted() after it does nothing
        s.sorted = c instanceof java.util.SortedSet && ((java.util.SortedSet<T>) c).comparator() == null;
        return new RefPipeline<T>(new StreamState(), s);
    }

    public static <T> Stream<T> stream(java.util.Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        StreamState st = new StreamState();
        st.parallel = parallel;
        return new RefPipeline<T>(st, Src.ofSpliterator(spliterator));
    }

    public static <T> Stream<T> stream(java.util.function.Supplier<? extends java.util.Spliterator<T>> supplier,
            int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        StreamState st = new StreamState();
        st.parallel = parallel;
        Src<T> s = new Src<T>() {
            java.util.Spliterator<T> sp;

            boolean advance(java.util.function.Consumer<? super T> c) {
                if (sp == null) sp = supplier.get();
                return sp.tryAdvance(c);
            }
        };
        return new RefPipeline<T>(st, s);
    }

    public static IntStream intStream(java.util.function.Supplier<? extends java.util.Spliterator.OfInt> supplier,
            int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return stream(supplier::get, characteristics, parallel).mapToInt(x -> x);
    }

    public static LongStream longStream(java.util.function.Supplier<? extends java.util.Spliterator.OfLong> supplier,
            int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return stream(supplier::get, characteristics, parallel).mapToLong(x -> x);
    }

    public static DoubleStream doubleStream(java.util.function.Supplier<? extends java.util.Spliterator.OfDouble> supplier,
            int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return stream(supplier::get, characteristics, parallel).mapToDouble(x -> x);
    }

    public static IntStream intStream(java.util.Spliterator.OfInt spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        IntStream s = new IntPipeline(new StreamState(), Src.ofSpliterator(spliterator));
        return parallel ? s.parallel() : s;
    }

    public static LongStream longStream(java.util.Spliterator.OfLong spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        LongStream s = new LongPipeline(new StreamState(), Src.ofSpliterator(spliterator));
        return parallel ? s.parallel() : s;
    }

    public static DoubleStream doubleStream(java.util.Spliterator.OfDouble spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        DoubleStream s = new DoublePipeline(new StreamState(), Src.ofSpliterator(spliterator));
        return parallel ? s.parallel() : s;
    }

    public static <T> Stream<T> ofIterator(Iterator<? extends T> it) {
        return new RefPipeline<T>(new StreamState(), Src.ofIterator(Objects.requireNonNull(it)));
    }

    public static <T> Stream<T> ofArray(T[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new RefPipeline<T>(new StreamState(), Src.ofArray(a, from, to));
    }

    public static IntStream ofArray(int[] a, int from, int to) {
        checkRange(a.length, from, to);
        return IntPipeline.ofArray(a, from, to);
    }

    public static LongStream ofArray(long[] a, int from, int to) {
        checkRange(a.length, from, to);
        return LongPipeline.ofArray(a, from, to);
    }

    public static DoubleStream ofArray(double[] a, int from, int to) {
        checkRange(a.length, from, to);
        return DoublePipeline.ofArray(a, from, to);
    }

    private static void checkRange(int length, int from, int to) {
        if (from > to) throw new ArrayIndexOutOfBoundsException("origin(" + from + ") > fence(" + to + ")");
        if (from < 0) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + from);
        if (to > length) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + to);
    }
}
