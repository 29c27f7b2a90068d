package java.util.stream;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.DoubleSummaryStatistics;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/** IntStream over a pipeline of boxed values (see {@link Src}). */
final class IntPipeline implements IntStream {
    final StreamState st;
    private Pipe<Integer> src;
    private boolean used;

    IntPipeline(StreamState st, Src<Integer> src) {
        this(st, new Pipe<Integer>(src));
    }

    IntPipeline(StreamState st, Pipe<Integer> src) {
        this.st = st;
        this.src = src;
    }

    Pipe<Integer> take() {
        if (used) throw StreamState.used();
        used = true;
        Pipe<Integer> s = src;
        src = null;
        return s;
    }

    private IntStream next(Pipe<Integer> s) {
        return new IntPipeline(st, s);
    }

    static IntStream ofArray(int[] a, int from, int to) {
        Src<Integer> s = new Src<Integer>() {
            int i = from;

            boolean advance(java.util.function.Consumer<? super Integer> c) {
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
        return new IntPipeline(new StreamState(), s);
    }

    static IntStream range(int from, int to, boolean closed) {
        Src<Integer> s = new Src<Integer>() {
            int next = from;
            boolean done = closed ? from > to : from >= to;

            boolean advance(java.util.function.Consumer<? super Integer> c) {
                if (done) return false;
                int v = next;
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
                        next = (int) (next + n);
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
        return new IntPipeline(new StreamState(), s);
    }

    static IntStream concat(IntStream a, IntStream b) {
        Src<Integer> s = Src.concat(RefPipeline.srcOf(a), RefPipeline.srcOf(b));
        StreamState ns = new StreamState();
        ns.parallel = a.isParallel() || b.isParallel();
        ns.add(RefPipeline.closeBoth(a, b));
        return new IntPipeline(ns, s);
    }

    public IntStream filter(IntPredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.filterSrc(take(), x -> p.test(x)));
    }

    public IntStream map(IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.mapSrc(take(), x -> f.applyAsInt(x)));
    }

    public <U> Stream<U> mapToObj(IntFunction<? extends U> f) {
        Objects.requireNonNull(f);
        return new RefPipeline<U>(st, RefPipeline.mapSrc(take(), x -> f.apply(x)));
    }

    public LongStream mapToLong(IntToLongFunction f) {
        Objects.requireNonNull(f);
        return new LongPipeline(st, RefPipeline.mapSrc(take(), x -> f.applyAsLong(x)));
    }

    public DoubleStream mapToDouble(IntToDoubleFunction f) {
        Objects.requireNonNull(f);
        return new DoublePipeline(st, RefPipeline.mapSrc(take(), x -> f.applyAsDouble(x)));
    }

    public IntStream flatMap(IntFunction<? extends IntStream> f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.flat(take(), x -> f.apply(x)));
    }

    public IntStream mapMulti(IntMapMultiConsumer f) {
        Objects.requireNonNull(f);
        return next(RefPipeline.<Integer, Integer>multi(take(), (x, sink) -> f.accept(x, v -> sink.accept(v))));
    }

    /** HotSpot implements this as boxed().distinct().map..., which forgets that the input was sorted. */
    public IntStream distinct() {
        Pipe<Integer> p = RefPipeline.distinctSrc(take());
        p.sorted = false;
        return next(p);
    }

    public IntStream sorted() {
        Pipe<Integer> up = take();
        return next(up.sorted ? up : RefPipeline.sortSrc(up, null));
    }

    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return next(RefPipeline.peekSrc(take(), x -> action.accept(x)));
    }

    public IntStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return next(RefPipeline.sliceSrc(take(), 0, maxSize));
    }

    public IntStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        Pipe<Integer> up = take();
        return next(n == 0 ? up : RefPipeline.sliceSrc(up, n, -1));
    }

    public IntStream takeWhile(IntPredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.takeWhileSrc(take(), x -> p.test(x)));
    }

    public IntStream dropWhile(IntPredicate p) {
        Objects.requireNonNull(p);
        return next(RefPipeline.dropWhileSrc(take(), x -> p.test(x)));
    }

    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        take().forEachRemaining(x -> action.accept(x));
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        int[][] buf = {new int[16]};
        int[] n = {0};
        take().forEachRemaining(x -> {
            if (n[0] == buf[0].length) buf[0] = java.util.Arrays.copyOf(buf[0], n[0] * 2);
            buf[0][n[0]++] = x;
        });
        return java.util.Arrays.copyOf(buf[0], n[0]);
    }

    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] acc = {identity};
        take().forEachRemaining(x -> acc[0] = op.applyAsInt(acc[0], x));
        return acc[0];
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] acc = new int[1];
        boolean[] any = {false};
        take().forEachRemaining(x -> {
            acc[0] = any[0] ? op.applyAsInt(acc[0], x) : x;
            any[0] = true;
        });
        return any[0] ? OptionalInt.of(acc[0]) : OptionalInt.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        Pipe<Integer> s = take();
        R r = supplier.get();
        s.forEachRemaining(x -> acc.accept(r, x));
        return r;
    }

    public int sum() {
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

    public OptionalInt min() {
        return reduce(Math::min);
    }

    public OptionalInt max() {
        return reduce(Math::max);
    }

    public long count() {
        Pipe<Integer> s = take();
        if (s.size >= 0) return s.size;
        long[] n = {0};
        s.forEachRemaining(x -> n[0]++);
        return n[0];
    }

    public IntSummaryStatistics summaryStatistics() {
        IntSummaryStatistics r = new IntSummaryStatistics();
        take().forEachRemaining(x -> r.accept(x));
        return r;
    }

    public boolean anyMatch(IntPredicate p) {
        Objects.requireNonNull(p);
        return RefPipeline.match(take(), x -> p.test(x), true);
    }

    public boolean allMatch(IntPredicate p) {
        Objects.requireNonNull(p);
        return !RefPipeline.match(take(), x -> p.test(x), false);
    }

    public boolean noneMatch(IntPredicate p) {
        Objects.requireNonNull(p);
        return !RefPipeline.match(take(), x -> p.test(x), true);
    }

    public OptionalInt findFirst() {
        Src.Box<Integer> box = new Src.Box<>();
        return take().first(box) ? OptionalInt.of(box.v) : OptionalInt.empty();
    }

    public OptionalInt findAny() {
        return findFirst();
    }

    // widening keeps the natural order (HotSpot's flags), so a later sorted() can be skipped

    public LongStream asLongStream() {
        Pipe<Integer> up = take();
        boolean srt = up.sorted;
        Pipe<Long> p = RefPipeline.mapSrc(up, x -> (long) (int) x);
        p.sorted = srt;
        return new LongPipeline(st, p);
    }

    public DoubleStream asDoubleStream() {
        Pipe<Integer> up = take();
        boolean srt = up.sorted;
        Pipe<Double> p = RefPipeline.mapSrc(up, x -> (double) (int) x);
        p.sorted = srt;
        return new DoublePipeline(st, p);
    }

    /** HotSpot's boxed() keeps the stream's flags (a later natural sorted() is still skipped). */
    public Stream<Integer> boxed() {
        return new RefPipeline<Integer>(st, take());
    }

    public PrimitiveIterator.OfInt iterator() {
        java.util.Iterator<Integer> it = RefPipeline.iteratorOf(take());
        return new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public int nextInt() {
                return it.next();
            }
        };
    }

    public java.util.Spliterator.OfInt spliterator() {
        java.util.Spliterator<Integer> sp = Src.toSpliterator(take().asSource());
        return new java.util.Spliterator.OfInt() {
            public boolean tryAdvance(java.util.function.IntConsumer action) {
                java.util.Objects.requireNonNull(action);
                return sp.tryAdvance(x -> action.accept(x));
            }

            public java.util.Spliterator.OfInt trySplit() {
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

    public IntStream sequential() {
        st.parallel = false;
        return this;
    }

    public IntStream parallel() {
        st.parallel = true;
        return this;
    }

    public IntStream unordered() {
        return next(take());
    }

    public IntStream onClose(Runnable r) {
        if (used) throw StreamState.used();
        st.add(r);
        return this;
    }

    public void close() {
        used = true;
        src = null;
        st.close();
    }

    static final class BuilderImpl implements IntStream.Builder {
        private int[] items = new int[8];
        private int n;
        private boolean built;

        public void accept(int t) {
            if (built) throw new IllegalStateException();
            if (n == items.length) items = java.util.Arrays.copyOf(items, n * 2);
            items[n++] = t;
        }

        public IntStream build() {
            if (built) throw new IllegalStateException();
            built = true;
            return ofArray(items, 0, n);
        }
    }
}
