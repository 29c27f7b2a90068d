package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Src.Box;

/** Stream of references: a stage of a sequential pull pipeline (see {@link Src}). */
final class RefPipeline<T> implements Stream<T> {
    final StreamState st;
    private Pipe<T> src;
    private boolean used;

    RefPipeline(StreamState st, Src<T> src) {
        this(st, new Pipe<T>(src));
    }

    RefPipeline(StreamState st, Pipe<T> src) {
        this.st = st;
        this.src = src;
    }

    Pipe<T> take() {
        if (used) throw StreamState.used();
        used = true;
        Pipe<T> s = src;
        src = null;
        return s;
    }

    private <R> Stream<R> next(Pipe<R> s) {
        return new RefPipeline<R>(st, s);
    }

    /** The pipeline of any stream of ours, or one over a foreign stream's iterator. */
    @SuppressWarnings("unchecked")
    static <T> Pipe<T> pipeOf(BaseStream<? extends T, ?> s) {
        if (s instanceof RefPipeline) return ((RefPipeline<T>) s).take();
        if (s instanceof IntPipeline) return (Pipe<T>) (Pipe<?>) ((IntPipeline) s).take();
        if (s instanceof LongPipeline) return (Pipe<T>) (Pipe<?>) ((LongPipeline) s).take();
        if (s instanceof DoublePipeline) return (Pipe<T>) (Pipe<?>) ((DoublePipeline) s).take();
        return new Pipe<T>(Src.ofIterator(s.iterator()));
    }

    /** A stream as a raw source pulled through HotSpot-like buffering (what its spliterator would give). */
    static <T> Src<T> srcOf(BaseStream<? extends T, ?> s) {
        return RefPipeline.<T>pipeOf(s).asSource();
    }

    static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        Src<T> s = Src.concat(srcOf(a), srcOf(b));
        StreamState ns = new StreamState();
        ns.parallel = a.isParallel() || b.isParallel();
        ns.add(closeBoth(a, b));
        return new RefPipeline<T>(ns, s);
    }

    static Runnable closeBoth(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return () -> {
            try {
                a.close();
            } catch (Throwable t) {
                try {
                    b.close();
                } catch (Throwable t2) {
                    if (t != t2) t.addSuppressed(t2);
                }
                if (t instanceof RuntimeException) throw (RuntimeException) t;
                throw (Error) t;
            }
            b.close();
        };
    }

    // ---- operations as sink wrappers (shared with the primitive streams, which carry boxed values) ----

    @SuppressWarnings("unchecked")
    private static <T> Pipe.Sink<Object> sink(Pipe.Sink<Object> down, Consumer<T> body) {
        return new Pipe.Chained<Object, Object>(down) {
            public void accept(Object t) {
                body.accept((T) t);
            }
        };
    }

    /**
     * flatMap: each element's stream is pushed downstream and closed; under a short-circuiting pipeline the
     * inner stream is pulled one element at a time, checking for cancellation (HotSpot 17's behaviour).
     */
    @SuppressWarnings("unchecked")
    static <T, R> Pipe<R> flat(Pipe<T> up, Function<? super T, ? extends BaseStream<? extends R, ?>> mapper) {
        return up.then(down -> new Pipe.Chained<Object, Object>(down) {
            boolean cancellationRequestedCalled;

            void begin(long size) {
                down.begin(-1);
            }

            public void accept(Object t) {
                BaseStream<? extends R, ?> result = mapper.apply((T) t);
                if (result == null) return;
                try {
                    Pipe<Object> inner = pipeOf((BaseStream<Object, ?>) result);
                    if (!cancellationRequestedCalled) {
                        inner.run(new Pipe.Sink<Object>() {
                            public void accept(Object x) {
                                down.accept(x);
                            }
                        }, false);
                    } else {
                        Src<Object> is = inner.asSource();
                        while (!down.cancellationRequested() && is.advance(down)) {}
                    }
                } finally {
                    result.close();
                }
            }

            boolean cancellationRequested() {
                cancellationRequestedCalled = true;
                return down.cancellationRequested();
            }
        }, false, false);
    }

    static <T> Pipe<T> filterSrc(Pipe<T> up, Predicate<? super T> p) {
        return up.then(down -> RefPipeline.<T>sink(down, t -> {
            if (p.test(t)) down.accept(t);
        }), false, true);
    }

    static <T, R> Pipe<R> mapSrc(Pipe<T> up, Function<? super T, ? extends R> f) {
        return up.then(down -> RefPipeline.<T>sink(down, t -> down.accept(f.apply(t))), true, false);
    }

    static <T, R> Pipe<R> multi(Pipe<T> up, BiConsumer<? super T, ? super Consumer<R>> mapper) {
        return up.then(down -> {
            @SuppressWarnings("unchecked")
            Consumer<R> to = x -> down.accept(x);
            return RefPipeline.<T>sink(down, t -> mapper.accept(t, to));
        }, false, false);
    }

    static <T> Pipe<T> distinctSrc(Pipe<T> up) {
        return up.then(down -> new Pipe.Chained<Object, Object>(down) {
            HashSet<Object> seen;
            boolean seenNull;

            void begin(long size) {
                seen = new HashSet<>();
                down.begin(-1);
            }

            void end() {
                seen = null;
                down.end();
            }

            public void accept(Object t) {
                boolean fresh = t == null ? !seenNull : seen.add(t);
                if (t == null) seenNull = true;
                if (fresh) down.accept(t);
            }
        }, false, true);
    }

    /** Collects everything, sorts stably at end, then pushes downstream (stopping if it cancels). */
    @SuppressWarnings("unchecked")
    static <T> Pipe<T> sortSrc(Pipe<T> up, Comparator<? super T> cmp) {
        Pipe<T> p = up.then(down -> new Pipe.Chained<Object, Object>(down) {
            ArrayList<Object> list;
            boolean cancellationRequestedCalled;

            void begin(long size) {
                list = new ArrayList<>();
            }

            public void accept(Object t) {
                list.add(t);
            }

            void end() {
                Object[] a = list.toArray();
                list = null;
                Arrays.sort(a, (Comparator<Object>) cmp);
                down.begin(a.length);
                for (Object t : a) {
                    if (cancellationRequestedCalled && down.cancellationRequested()) break;
                    down.accept(t);
                }
                down.end();
            }

            boolean cancellationRequested() {
                cancellationRequestedCalled = true;
                return false;
            }
        }, true, false);
        p.sorted = cmp == null;
        return p;
    }

    static <T> Pipe<T> peekSrc(Pipe<T> up, Consumer<? super T> action) {
        return up.then(down -> RefPipeline.<T>sink(down, t -> {
            action.accept(t);
            down.accept(t);
        }), true, true);
    }

    static <T> Pipe<T> sliceSrc(Pipe<T> up, long skip, long limit) {
        long size = up.size;
        Pipe<T> p = up.then(new Pipe.SliceOp(skip, limit), true, true);
        if (size >= 0) p.size = Math.max(0, limit < 0 ? size - skip : Math.min(size - skip, limit));
        if (limit >= 0) p.shortCircuit = true;
        return p;
    }

    static <T> Pipe<T> takeWhileSrc(Pipe<T> up, Predicate<? super T> pred) {
        Pipe<T> p = up.then(down -> new Pipe.Chained<Object, Object>(down) {
            boolean take = true;

            @SuppressWarnings("unchecked")
            public void accept(Object t) {
                if (take && (take = pred.test((T) t))) down.accept(t);
            }

            boolean cancellationRequested() {
                return !take || down.cancellationRequested();
            }
        }, false, true);
        p.shortCircuit = true;
        return p;
    }

    static <T> Pipe<T> dropWhileSrc(Pipe<T> up, Predicate<? super T> pred) {
        return up.then(down -> new Pipe.Chained<Object, Object>(down) {
            boolean take;

            @SuppressWarnings("unchecked")
            public void accept(Object t) {
                if (take || (take = !pred.test((T) t))) down.accept(t);
            }
        }, false, true);
    }

    // ---- intermediate operations ----

    public Stream<T> filter(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return next(filterSrc(take(), p));
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f);
        return next(mapSrc(take(), f));
    }

    public IntStream mapToInt(ToIntFunction<? super T> f) {
        Objects.requireNonNull(f);
        return new IntPipeline(st, mapSrc(take(), t -> f.applyAsInt(t)));
    }

    public LongStream mapToLong(ToLongFunction<? super T> f) {
        Objects.requireNonNull(f);
        return new LongPipeline(st, mapSrc(take(), t -> f.applyAsLong(t)));
    }

    public DoubleStream mapToDouble(ToDoubleFunction<? super T> f) {
        Objects.requireNonNull(f);
        return new DoublePipeline(st, mapSrc(take(), t -> f.applyAsDouble(t)));
    }

    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> f) {
        Objects.requireNonNull(f);
        return next(flat(take(), f));
    }

    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> f) {
        Objects.requireNonNull(f);
        return new IntPipeline(st, flat(take(), f));
    }

    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> f) {
        Objects.requireNonNull(f);
        return new LongPipeline(st, flat(take(), f));
    }

    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> f) {
        Objects.requireNonNull(f);
        return new DoublePipeline(st, flat(take(), f));
    }

    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return next(multi(take(), mapper));
    }

    public IntStream mapMultiToInt(BiConsumer<? super T, ? super java.util.function.IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(st, RefPipeline.<T, Integer>multi(take(),
                (t, sink) -> mapper.accept(t, (java.util.function.IntConsumer) v -> sink.accept(v))));
    }

    public LongStream mapMultiToLong(BiConsumer<? super T, ? super java.util.function.LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(st, RefPipeline.<T, Long>multi(take(),
                (t, sink) -> mapper.accept(t, (java.util.function.LongConsumer) v -> sink.accept(v))));
    }

    public DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super java.util.function.DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(st, RefPipeline.<T, Double>multi(take(),
                (t, sink) -> mapper.accept(t, (java.util.function.DoubleConsumer) v -> sink.accept(v))));
    }

    public Stream<T> distinct() {
        return next(distinctSrc(take()));
    }

    public Stream<T> sorted() {
        Pipe<T> up = take();
        return next(up.sorted ? up : sortSrc(up, null));
    }

    public Stream<T> sorted(Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return next(sortSrc(take(), cmp));
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return next(peekSrc(take(), action));
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return next(sliceSrc(take(), 0, maxSize));
    }

    public Stream<T> skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        Pipe<T> up = take();
        return next(n == 0 ? up : sliceSrc(up, n, -1));
    }

    public Stream<T> takeWhile(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return next(takeWhileSrc(take(), p));
    }

    public Stream<T> dropWhile(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return next(dropWhileSrc(take(), p));
    }

    // ---- terminal operations ----

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        take().forEachRemaining(action);
    }

    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    private boolean sizedToArray;

    public Object[] toArray() {
        ArrayList<T> l = new ArrayList<>();
        Pipe<T> s = take();
        sizedToArray = s.size >= 0;
        s.forEachRemaining(l::add);
        return l.toArray();
    }

    @SuppressWarnings("unchecked")
    public <A> A[] toArray(IntFunction<A[]> generator) {
        Object[] all = toArray();
        A[] r = generator.apply(all.length);
        if (r.length != all.length) {
            if (sizedToArray) {
                throw new IllegalStateException("Begin size " + all.length + " is not equal to fixed size " + r.length);
            }
            if (r.length < all.length) throw new IndexOutOfBoundsException("does not fit");
        }
        Object[] dst = r;
        for (int i = 0; i < all.length; i++) dst[i] = all[i];
        return r;
    }

    public T reduce(T identity, BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        Object[] acc = {identity};
        take().forEachRemaining(t -> acc[0] = op.apply((T) acc[0], t));
        @SuppressWarnings("unchecked")
        T r = (T) acc[0];
        return r;
    }

    @SuppressWarnings("unchecked")
    public Optional<T> reduce(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        Object[] acc = new Object[2];
        take().forEachRemaining(t -> {
            if (acc[1] == null) {
                acc[1] = Boolean.TRUE;
                acc[0] = t;
            } else {
                acc[0] = op.apply((T) acc[0], t);
            }
        });
        return acc[1] != null ? Optional.of((T) acc[0]) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public <U> U reduce(U identity, BiFunction<U, ? super T, U> acc, BinaryOperator<U> combiner) {
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        Object[] r = {identity};
        take().forEachRemaining(t -> r[0] = acc.apply((U) r[0], t));
        return (U) r[0];
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        Pipe<T> s = take();
        R r = supplier.get();
        s.forEachRemaining(t -> acc.accept(r, t));
        return r;
    }

    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Objects.requireNonNull(collector);
        Pipe<T> s = take();
        A a = collector.supplier().get();
        BiConsumer<A, ? super T> acc = collector.accumulator();
        s.forEachRemaining(t -> acc.accept(a, t));
        if (collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) return (R) a;
        return collector.finisher().apply(a);
    }

    @SuppressWarnings("unchecked")
    public List<T> toList() {
        return (List<T>) Collectors.unmodifiableListOf(toArray());
    }

    public Optional<T> min(Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return reduce((a, b) -> cmp.compare(a, b) <= 0 ? a : b);
    }

    public Optional<T> max(Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return reduce((a, b) -> cmp.compare(a, b) >= 0 ? a : b);
    }

    public long count() {
        Pipe<T> s = take();
        if (s.size >= 0) return s.size;
        long[] n = {0};
        s.forEachRemaining(t -> n[0]++);
        return n[0];
    }

    /** anyMatch (stopOn true) / allMatch and noneMatch (stopOn false / true, result inverted by the caller). */
    static <T> boolean match(Pipe<T> s, Predicate<? super T> p, boolean stopOn) {
        boolean[] stop = {false};
        s.run(new Pipe.Sink<T>() {
            public void accept(T t) {
                if (!stop[0] && p.test(t) == stopOn) stop[0] = true;
            }

            boolean cancellationRequested() {
                return stop[0];
            }
        }, true);
        return stop[0];
    }

    public boolean anyMatch(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return match(take(), p, true);
    }

    public boolean allMatch(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return !match(take(), p, false);
    }

    public boolean noneMatch(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return !match(take(), p, true);
    }

    public Optional<T> findFirst() {
        Pipe<T> s = take();
        Box<T> box = new Box<>();
        return s.first(box) ? Optional.of(box.v) : Optional.empty();
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    public Iterator<T> iterator() {
        return iteratorOf(take());
    }

    public java.util.Spliterator<T> spliterator() {
        return Src.toSpliterator(take().asSource());
    }

    static <T> Iterator<T> iteratorOf(Pipe<T> p) {
        Src<T> s = p.asSource();
        return new Iterator<T>() {
            final Box<T> box = new Box<>();
            boolean ready, done;

            public boolean hasNext() {
                if (!ready && !done) {
                    if (s.advance(box)) ready = true;
                    else done = true;
                }
                return ready;
            }

            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                T t = box.v;
                box.v = null;
                return t;
            }
        };
    }

    // ---- BaseStream ----

    public boolean isParallel() {
        return st.parallel;
    }

    public Stream<T> sequential() {
        st.parallel = false;
        return this;
    }

    public Stream<T> parallel() {
        st.parallel = true;
        return this;
    }

    public Stream<T> unordered() {
        return next(take());
    }

    public Stream<T> onClose(Runnable r) {
        if (used) throw StreamState.used();
        st.add(r);
        return this;
    }

    public void close() {
        used = true;
        src = null;
        st.close();
    }

    static final class BuilderImpl<T> implements Stream.Builder<T> {
        private ArrayList<T> items = new ArrayList<>();

        public void accept(T t) {
            if (items == null) throw new IllegalStateException();
            items.add(t);
        }

        public Stream<T> build() {
            if (items == null) throw new IllegalStateException();
            Object[] a = items.toArray();
            items = null;
            return new RefPipeline<T>(new StreamState(), Src.ofArray(a, 0, a.length));
        }
    }
}
