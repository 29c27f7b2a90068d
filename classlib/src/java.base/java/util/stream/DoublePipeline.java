package java.util.stream;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.DoubleSummaryStatistics;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/** DoubleStream over a pipeline of boxed values (see {@link Src}). */
final class DoublePipeline implements DoubleStream {
    final StreamState st;
    private Pipe<Double> src;
    private boolean used;

    DoublePipeline(StreamState st, Src<Double> src) {
        this(st, new Pipe<Double>(src));
    }

    DoublePipeline(StreamState st, Pipe<Double> src) {
        this.st = st;
        this.src = src;
    }

    Pipe<Double> take() {
        if (used) throw StreamState.used();
        used = true;
        Pipe<Double> s = src;
        src = null;
        return s;
    }

    private DoubleStream next(Pipe<Double> s) {
        return new DoublePipeline(st, s);
    }

    static DoubleStream ofArray(double[] a, int from, int to) {
        Src<Double> s = new Src<Double>() {
            int i = from;

            boolean advance(java.util.function.Consumer<? super Double> c) {
                if (i >= to) return false;
                c.accept(a[i++]);
                return true;
            }

            long skipRaw(long n) {
                long k = Math.min(n, to - i);
                i += (int) k;
                return k;
            }
        };
        s.size = to - from;
        return new DoublePipeline(new StreamState(), s);
    }

    static DoubleStream concat(DoubleStream a, DoubleStream b) {
        Src<Double> s = Src.concat(RefPipeline.srcOf(a), RefPipeline.srcOf(b));
        StreamState ns = new StreamState();
        ns.parallel = a.isParallel() || b.isParallel();
        ns.add(RefPipeline.closeBoth(a, b));
        return new DoublePipeline(ns, s);
    }

    public DoubleStream filter(DoublePredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.filterSrc(take(), x -> p.test(x)));
    }

    public DoubleStream map(DoubleUnaryOperator f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.mapSrc(take(), x -> f.applyAsDouble(x)));
    }

    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> f) {
        Objects.requireNonNull(f);
        return new RefPipeline<U>(st, RefPipeline.mapSrc(take(), x -> f.apply(x)));
    }

    public IntStream mapToInt(DoubleToIntFunction f) {
        Objects.requireNonNull(f);
        return new IntPipeline(st, RefPipeline.mapSrc(take(), x -> f.applyAsInt(x)));
    }

    public LongStream mapToLong(DoubleToLongFunction f) {
        Objects.requireNonNull(f);
        return new LongPipeline(st, RefPipeline.mapSrc(take(), x -> f.applyAsLong(x)));
    }

    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.flat(take(), x -> f.apply(x)));
    }

    public DoubleStream mapMulti(DoubleMapMultiConsumer f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.<Double, Double>multi(take(), (x, sink) -> f.accept(x, v -> sink.accept(v))));
    }

    /** HotSpot implements this as boxed().distinct().map..., which forgets that the input was sorted. */
    public DoubleStream distinct() {
        Pipe<Double> p = RefPipeline.distinctSrc(take());
        p.sorted = false;
        return next(p);
    }

    public DoubleStream sorted() {
        Pipe<Double> up = take();
        return next(up.sorted ? up : RefPipeline.sortSrc(up, null));
    }

    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return next(RefPipeline.peekSrc(take(), x -> action.accept(x)));
    }

    public DoubleStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return next(RefPipeline.sliceSrc(take(), 0, maxSize));
    }

    public DoubleStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        Pipe<Double> up = take();
        return next(n == 0 ? up : RefPipeline.sliceSrc(up, n, -1));
    }

    public DoubleStream takeWhile(DoublePredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.takeWhileSrc(take(), x -> p.test(x)));
    }

    public DoubleStream dropWhile(DoublePredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.dropWhileSrc(take(), x -> p.test(x)));
    }

    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        take().forEachRemaining(x -> action.accept(x));
    }

    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    public double[] toArray() {
        double[][] buf = {new double[16]};
        int[] n = {0};
        take().forEachRemaining(x -> {
            if (n[0] == buf[0].length) buf[0] = java.util.Arrays.copyOf(buf[0], n[0] * 2);
            buf[0][n[0]++] = x;
        });
        return java.util.Arrays.copyOf(buf[0], n[0]);
    }

    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] acc = {identity};
        take().forEachRemaining(x -> acc[0] = op.applyAsDouble(acc[0], x));
        return acc[0];
    }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] acc = new double[1];
        boolean[] any = {false};
        take().forEachRemaining(x -> {
            acc[0] = any[0] ? op.applyAsDouble(acc[0], x) : x;
            any[0] = true;
        });
        return any[0] ? OptionalDouble.of(acc[0]) : OptionalDouble.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        Pipe<Double> s = take();
        R r = supplier.get();
        s.forEachRemaining(x -> acc.accept(r, x));
        return r;
    }

    public double sum() {
        double[] k = new double[3];
        take().forEachRemaining(x -> mote.util.Kahan.add(k, x));
        return mote.util.Kahan.sum(k);
    }

    public OptionalDouble average() {
        double[] k = new double[4];
        take().forEachRemaining(x -> {
            mote.util.Kahan.add(k, x);
            k[3]++;
        });
        return k[3] > 0 ? OptionalDouble.of(mote.util.Kahan.sum(k) / k[3]) : OptionalDouble.empty();
    }

    public OptionalDouble min() {
        return reduce(Math::min);
    }

    public OptionalDouble max() {
        return reduce(Math::max);
    }

    public long count() {
        Pipe<Double> s = take();
        if (s.size >= 0) return s.size;
        long[] n = {0};
        s.forEachRemaining(x -> n[0]++);
        return n[0];
    }

    public DoubleSummaryStatistics summaryStatistics() {
        DoubleSummaryStatistics r = new DoubleSummaryStatistics();
        take().forEachRemaining(x -> r.accept(x));
        return r;
    }

    public boolean anyMatch(DoublePredicate p) {
        Objects.requireNonNull(p);
        return RefPipeline.match(take(), x -> p.test(x), true);
    }

    public boolean allMatch(DoublePredicate p) {
        Objects.requireNonNull(p);
        return !RefPipeline.match(take(), x -> p.test(x), false);
    }

    public boolean noneMatch(DoublePredicate p) {
        Objects.requireNonNull(p);
        return !RefPipeline.match(take(), x -> p.test(x), true);
    }

    public OptionalDouble findFirst() {
        Src.Box<Double> box = new Src.Box<>();
        return take().first(box) ? OptionalDouble.of(box.v) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() {
        return findFirst();
    }

    /** HotSpot's boxed() keeps the stream's flags (a later natural sorted() is still skipped). */
    public Stream<Double> boxed() {
        return new RefPipeline<Double>(st, take());
    }

    public PrimitiveIterator.OfDouble iterator() {
        java.util.Iterator<Double> it = RefPipeline.iteratorOf(take());
        return new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public double nextDouble() {
                return it.next();
            }
        };
    }

    public java.util.Spliterator.OfDouble spliterator() {
        java.util.Spliterator<Double> sp = Src.toSpliterator(take().asSource());
        return new java.util.Spliterator.OfDouble() {
            public boolean tryAdvance(java.util.function.DoubleConsumer action) {
                java.util.Objects.requireNonNull(action);
                return sp.tryAdvance(x -> action.accept(x));
            }

            public java.util.Spliterator.OfDouble trySplit() {
                return null;
            }

            public long estimateSize() {
                return sp.estimateSize();
            }

            public int characteristics() {
                return sp.characteristics();
            }
        };
    }

    public boolean isParallel() {
        return st.parallel;
    }

    public DoubleStream sequential() {
        st.parallel = false;
        return this;
    }

    public DoubleStream parallel() {
        st.parallel = true;
        return this;
    }

    public DoubleStream unordered() {
        return next(take());
    }

    public DoubleStream onClose(Runnable r) {
        if (used) throw StreamState.used();
        st.add(r);
        return this;
    }

    public void close() {
        used = true;
        src = null;
        st.close();
    }

    static final class BuilderImpl implements DoubleStream.Builder {
        private double[] items = new double[8];
        private int n;
        private boolean built;

        public void accept(double t) {
            if (built) throw new IllegalStateException();
            if (n == items.length) items = java.util.Arrays.copyOf(items, n * 2);
            items[n++] = t;
        }

        public DoubleStream build() {
            if (built) throw new IllegalStateException();
            built = true;
            return ofArray(items, 0, n);
        }
    }
}
