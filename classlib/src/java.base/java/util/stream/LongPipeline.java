package java.util.stream;

import java.util.ArrayList;
import java.util.LongSummaryStatistics;
import java.util.DoubleSummaryStatistics;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongToIntFunction;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/** LongStream over a pipeline of boxed values (see {@link Src}). */
final class LongPipeline implements LongStream {
    final StreamState st;
    private Pipe<Long> src;
    private boolean used;

    LongPipeline(StreamState st, Src<Long> src) {
        this(st, new Pipe<Long>(src));
    }

    LongPipeline(StreamState st, Pipe<Long> src) {
        this.st = st;
        this.src = src;
    }

    Pipe<Long> take() {
        if (used) throw StreamState.used();
        used = true;
        Pipe<Long> s = src;
        src = null;
        return s;
    }

    private LongStream next(Pipe<Long> s) {
        return new LongPipeline(st, s);
    }

    static LongStream ofArray(long[] a, int from, int to) {
        Src<Long> s = new Src<Long>() {
            int i = from;

            boolean advance(java.util.function.Consumer<? super Long> c) {
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
        return new LongPipeline(new StreamState(), s);
    }

    static LongStream range(long from, long to, boolean closed) {
        Src<Long> s = new Src<Long>() {
            long next = from;
            boolean done = closed ? from > to : from >= to;

            boolean advance(java.util.function.Consumer<? super Long> c) {
                if (done) return false;
                long v = next;
                if (closed ? v == to : v + 1 >= to) done = true;
                else next = v + 1;
                c.accept(v);
                return true;
            }

            long skipRaw(long n) {
                long k = 0;
                if (!done && n > 0) {
                    long left = (closed ? (long) to - next + 1 : (long) to - next);
                    if (left <= 0 || left > n) {
                        k = n;
                        next = (long) (next + n);
                    } else {
                        k = left;
                        done = true;
                    }
                }
                return k;
            }
        };
        long n = closed ? (long) to - (long) from + 1 : (long) to - (long) from;
        s.size = from > to || (!closed && from == to) ? 0 : (n > 0 ? n : -1);
        s.sorted = true;
        return new LongPipeline(new StreamState(), s);
    }

    static LongStream concat(LongStream a, LongStream b) {
        Src<Long> s = Src.concat(RefPipeline.srcOf(a), RefPipeline.srcOf(b));
        StreamState ns = new StreamState();
        ns.parallel = a.isParallel() || b.isParallel();
        ns.add(RefPipeline.closeBoth(a, b));
        return new LongPipeline(ns, s);
    }

    public LongStream filter(LongPredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.filterSrc(take(), x -> p.test(x)));
    }

    public LongStream map(LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.mapSrc(take(), x -> f.applyAsLong(x)));
    }

    public <U> Stream<U> mapToObj(LongFunction<? extends U> f) {
        Objects.requireNonNull(f);
        return new RefPipeline<U>(st, RefPipeline.mapSrc(take(), x -> f.apply(x)));
    }

    public IntStream mapToInt(LongToIntFunction f) {
        Objects.requireNonNull(f);
        return new IntPipeline(st, RefPipeline.mapSrc(take(), x -> f.applyAsInt(x)));
    }

    public DoubleStream mapToDouble(LongToDoubleFunction f) {
        Objects.requireNonNull(f);
        return new DoublePipeline(st, RefPipeline.mapSrc(take(), x -> f.applyAsDouble(x)));
    }

    public LongStream flatMap(LongFunction<? extends LongStream> f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.flat(take(), x -> f.apply(x)));
    }

    public LongStream mapMulti(LongMapMultiConsumer f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.<Long, Long>multi(take(), (x, sink) -> f.accept(x, v -> sink.accept(v))));
    }

    /** HotSpot implements this as boxed().distinct().map..., which forgets that the input was sorted. */
    public LongStream distinct() {
        Pipe<Long> p = RefPipeline.distinctSrc(take());
        p.sorted = false;
        return next(p);
    }

    public LongStream sorted() {
        Pipe<Long> up = take();
        return next(up.sorted ? up : RefPipeline.sortSrc(up, null));
    }

    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return next(RefPipeline.peekSrc(take(), x -> action.accept(x)));
    }

    public LongStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return next(RefPipeline.sliceSrc(take(), 0, maxSize));
    }

    public LongStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        Pipe<Long> up = take();
        return next(n == 0 ? up : RefPipeline.sliceSrc(up, n, -1));
    }

    public LongStream takeWhile(LongPredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.takeWhileSrc(take(), x -> p.test(x)));
    }

    public LongStream dropWhile(LongPredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.dropWhileSrc(take(), x -> p.test(x)));
    }

    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        take().forEachRemaining(x -> action.accept(x));
    }

    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    public long[] toArray() {
        long[][] buf = {new long[16]};
        int[] n = {0};
        take().forEachRemaining(x -> {
            if (n[0] == buf[0].length) buf[0] = java.util.Arrays.copyOf(buf[0], n[0] * 2);
            buf[0][n[0]++] = x;
        });
        return java.util.Arrays.copyOf(buf[0], n[0]);
    }

    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] acc = {identity};
        take().forEachRemaining(x -> acc[0] = op.applyAsLong(acc[0], x));
        return acc[0];
    }

    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] acc = new long[1];
        boolean[] any = {false};
        take().forEachRemaining(x -> {
            acc[0] = any[0] ? op.applyAsLong(acc[0], x) : x;
            any[0] = true;
        });
        return any[0] ? OptionalLong.of(acc[0]) : OptionalLong.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        Pipe<Long> s = take();
        R r = supplier.get();
        s.forEachRemaining(x -> acc.accept(r, x));
        return r;
    }

    public long sum() {
        return reduce(0, (a, b) -> a + b);
    }

    public OptionalDouble average() {
        long[] k = new long[2];
        take().forEachRemaining(x -> {
            k[0]++;
            k[1] += x;
        });
        return k[0] > 0 ? OptionalDouble.of((double) k[1] / k[0]) : OptionalDouble.empty();
    }

    public OptionalLong min() {
        return reduce(Math::min);
    }

    public OptionalLong max() {
        return reduce(Math::max);
    }

    public long count() {
        Pipe<Long> s = take();
        if (s.size >= 0) return s.size;
        long[] n = {0};
        s.forEachRemaining(x -> n[0]++);
        return n[0];
    }

    public LongSummaryStatistics summaryStatistics() {
        LongSummaryStatistics r = new LongSummaryStatistics();
        take().forEachRemaining(x -> r.accept(x));
        return r;
    }

    public boolean anyMatch(LongPredicate p) {
        Objects.requireNonNull(p);
        return RefPipeline.match(take(), x -> p.test(x), true);
    }

    public boolean allMatch(LongPredicate p) {
        Objects.requireNonNull(p);
        return !RefPipeline.match(take(), x -> p.test(x), false);
    }

    public boolean noneMatch(LongPredicate p) {
        Objects.requireNonNull(p);
        return !RefPipeline.match(take(), x -> p.test(x), true);
    }

    public OptionalLong findFirst() {
        Src.Box<Long> box = new Src.Box<>();
        return take().first(box) ? OptionalLong.of(box.v) : OptionalLong.empty();
    }

    public OptionalLong findAny() {
        return findFirst();
    }

    public DoubleStream asDoubleStream() {
        Pipe<Long> up = take();
        boolean srt = up.sorted;
        Pipe<Double> p = RefPipeline.mapSrc(up, x -> (double) (long) x);
        p.sorted = srt;
        return new DoublePipeline(st, p);
    }

    /** HotSpot's boxed() keeps the stream's flags (a later natural sorted() is still skipped). */
    public Stream<Long> boxed() {
        return new RefPipeline<Long>(st, take());
    }

    public PrimitiveIterator.OfLong iterator() {
        java.util.Iterator<Long> it = RefPipeline.iteratorOf(take());
        return new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public long nextLong() {
                return it.next();
            }
        };
    }

    public java.util.Spliterator.OfLong spliterator() {
        java.util.Spliterator<Long> sp = Src.toSpliterator(take().asSource());
        return new java.util.Spliterator.OfLong() {
            public boolean tryAdvance(java.util.function.LongConsumer action) {
                java.util.Objects.requireNonNull(action);
                return sp.tryAdvance(x -> action.accept(x));
            }

            public java.util.Spliterator.OfLong trySplit() {
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

    public LongStream sequential() {
        st.parallel = false;
        return this;
    }

    public LongStream parallel() {
        st.parallel = true;
        return this;
    }

    public LongStream unordered() {
        return next(take());
    }

    public LongStream onClose(Runnable r) {
        if (used) throw StreamState.used();
        st.add(r);
        return this;
    }

    public void close() {
        used = true;
        src = null;
        st.close();
    }

    static final class BuilderImpl implements LongStream.Builder {
        private long[] items = new long[8];
        private int n;
        private boolean built;

        public void accept(long t) {
            if (built) throw new IllegalStateException();
            if (n == items.length) items = java.util.Arrays.copyOf(items, n * 2);
            items[n++] = t;
        }

        public LongStream build() {
            if (built) throw new IllegalStateException();
            built = true;
            return ofArray(items, 0, n);
        }
    }
}
