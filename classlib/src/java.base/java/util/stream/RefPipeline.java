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
    private Src<T> src;
    private boolean used;

    RefPipeline(StreamState st, Src<T> src) {
        this.st = st;
        this.src = src;
    }

    Src<T> take() {
        if (used) throw StreamState.used();
        used = true;
        Src<T> s = src;
        src = null;
        return s;
    }

    private <R> Stream<R> next(Src<R> s) {
        return new RefPipeline<R>(st, s);
    }

    /** The source of any stream of ours, or an adapter over a foreign stream's iterator. */
    @SuppressWarnings("unchecked")
    static <T> Src<T> srcOf(BaseStream<? extends T, ?> s) {
        if (s instanceof RefPipeline) return ((RefPipeline<T>) s).take();
        if (s instanceof IntPipeline) return (Src<T>) ((IntPipeline) s).take();
        if (s instanceof LongPipeline) return (Src<T>) ((LongPipeline) s).take();
        if (s instanceof DoublePipeline) return (Src<T>) ((DoublePipeline) s).take();
        return Src.ofIterator(s.iterator());
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

    /** Pulls from the streams the mapper makes, one after another, closing each when it is used up. */
    static <T, R> Src<R> flat(Src<T> up, Function<? super T, ? extends BaseStream<? extends R, ?>> mapper) {
        return new Src<R>() {
            BaseStream<? extends R, ?> cur;
            Src<? extends R> inner;
            final Box<T> box = new Box<>();

            boolean advance(Consumer<? super R> c) {
                for (;;) {
                    if (inner != null) {
                        if (inner.advance(c)) return true;
                        BaseStream<? extends R, ?> done = cur;
                        inner = null;
                        cur = null;
                        done.close();
                    }
                    if (!up.advance(box)) return false;
                    T t = box.v;
                    box.v = null;
                    BaseStream<? extends R, ?> s = mapper.apply(t);
                    if (s != null) {
                        cur = s;
                        inner = srcOf(s);
                    }
                }
            }

            void abandon() {
                if (cur != null) {
                    BaseStream<? extends R, ?> done = cur;
                    inner.abandon();
                    inner = null;
                    cur = null;
                    done.close();
                }
                up.abandon();
            }
        };
    }

    // ---- intermediate operations ----

    public Stream<T> filter(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return next(filterSrc(take(), p));
    }

    static <T> Src<T> filterSrc(Src<T> up, Predicate<? super T> p) {
        Src<T> s = new Src<T>() {
            final Box<T> box = new Box<>();

            boolean advance(Consumer<? super T> c) {
                while (up.advance(box)) {
                    T t = box.v;
                    box.v = null;
                    if (p.test(t)) {
                        c.accept(t);
                        return true;
                    }
                }
                return false;
            }

            void abandon() {
                up.abandon();
            }
        };
        s.sorted = up.sorted;
        return s;
    }

    static <T, R> Src<R> mapSrc(Src<T> up, Function<? super T, ? extends R> f) {
        Src<R> s = new Src<R>() {
            final Box<T> box = new Box<>();

            boolean advance(Consumer<? super R> c) {
                if (!up.advance(box)) return false;
                T t = box.v;
                box.v = null;
                c.accept(f.apply(t));
                return true;
            }

            void abandon() {
                up.abandon();
            }
        };
        s.size = up.size;
        return s;
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

    /** Buffers what the mapper emits for one upstream element, then hands it out. */
    static <T, R> Src<R> multi(Src<T> up, BiConsumer<? super T, ? super Consumer<R>> mapper) {
        return new Src<R>() {
            final ArrayList<R> buf = new ArrayList<>();
            int pos;
            final Box<T> box = new Box<>();
            final Consumer<R> sink = buf::add;

            boolean advance(Consumer<? super R> c) {
                while (pos >= buf.size()) {
                    buf.clear();
                    pos = 0;
                    if (!up.advance(box)) return false;
                    T t = box.v;
                    box.v = null;
                    mapper.accept(t, sink);
                }
                c.accept(buf.get(pos++));
                return true;
            }

            void abandon() {
                up.abandon();
            }
        };
    }

    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return next(multi(take(), mapper));
    }

    static <T> Src<T> distinctSrc(Src<T> up) {
        Src<T> s = new Src<T>() {
            final HashSet<T> seen = new HashSet<>();
            boolean seenNull;
            final Box<T> box = new Box<>();

            boolean advance(Consumer<? super T> c) {
                while (up.advance(box)) {
                    T t = box.v;
                    box.v = null;
                    boolean fresh = t == null ? !seenNull : seen.add(t);
                    if (t == null) seenNull = true;
                    if (fresh) {
                        c.accept(t);
                        return true;
                    }
                }
                return false;
            }

            void abandon() {
                up.abandon();
            }
        };
        s.sorted = up.sorted;
        return s;
    }

    public Stream<T> distinct() {
        return next(distinctSrc(take()));
    }

    /** Drains upstream on the first pull, sorts stably, then hands the elements out. */
    @SuppressWarnings("unchecked")
    static <T> Src<T> sortSrc(Src<T> up, Comparator<? super T> cmp) {
        Src<T> s = new Src<T>() {
            Object[] a;
            int n, i;

            boolean advance(Consumer<? super T> c) {
                if (a == null) {
                    ArrayList<T> l = new ArrayList<>();
                    up.forEachRemaining(l::add);
                    a = l.toArray();
                    n = a.length;
                    Arrays.sort(a, (Comparator<Object>) cmp);
                }
                if (i >= n) return false;
                T t = (T) a[i];
                a[i++] = null;
                c.accept(t);
                return true;
            }
        };
        s.size = up.size;
        s.sorted = cmp == null;
        return s;
    }

    public Stream<T> sorted() {
        Src<T> up = take();
        return next(up.sorted ? up : sortSrc(up, null));
    }

    public Stream<T> sorted(Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return next(sortSrc(take(), cmp));
    }

    static <T> Src<T> peekSrc(Src<T> up, Consumer<? super T> action) {
        Src<T> s = new Src<T>() {
            boolean advance(Consumer<? super T> c) {
                return up.advance(t -> {
                    action.accept(t);
                    c.accept(t);
                });
            }

            void abandon() {
                up.abandon();
            }
        };
        s.size = up.size;
        s.sorted = up.sorted;
        return s;
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return next(peekSrc(take(), action));
    }

    static <T> Src<T> sliceSrc(Src<T> up, long skip, long limit) {
        Src<T> s = new Src<T>() {
            long toSkip = skip, left = limit;
            final Box<T> box = new Box<>();

            boolean advance(Consumer<? super T> c) {
                if (toSkip > 0) toSkip -= up.skipRaw(toSkip);
                while (toSkip > 0) {
                    if (!up.advance(box)) return false;
                    box.v = null;
                    toSkip--;
                }
                if (left == 0) return false;
                if (left > 0) left--;
                boolean got = up.advance(c);
                if (left == 0) up.abandon();
                return got;
            }

            void abandon() {
                up.abandon();
            }
        };
        s.sorted = up.sorted;
        if (up.size >= 0) s.size = Math.max(0, limit < 0 ? up.size - skip : Math.min(up.size - skip, limit));
        return s;
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return next(sliceSrc(take(), 0, maxSize));
    }

    public Stream<T> skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        Src<T> up = take();
        return next(n == 0 ? up : sliceSrc(up, n, -1));
    }

    static <T> Src<T> takeWhileSrc(Src<T> up, Predicate<? super T> p) {
        Src<T> s = new Src<T>() {
            boolean done;
            final Box<T> box = new Box<>();

            boolean advance(Consumer<? super T> c) {
                if (done || !up.advance(box)) return false;
                T t = box.v;
                box.v = null;
                if (!p.test(t)) {
                    done = true;
                    up.abandon();
                    return false;
                }
                c.accept(t);
                return true;
            }

            void abandon() {
                if (!done) up.abandon();
            }
        };
        s.sorted = up.sorted;
        return s;
    }

    public Stream<T> takeWhile(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return next(takeWhileSrc(take(), p));
    }

    static <T> Src<T> dropWhileSrc(Src<T> up, Predicate<? super T> p) {
        Src<T> s = new Src<T>() {
            boolean dropping = true;
            final Box<T> box = new Box<>();

            boolean advance(Consumer<? super T> c) {
                if (dropping) {
                    dropping = false;
                    while (up.advance(box)) {
                        T t = box.v;
                        box.v = null;
                        if (!p.test(t)) {
                            c.accept(t);
                            return true;
                        }
                    }
                    return false;
                }
                return up.advance(c);
            }

            void abandon() {
                up.abandon();
            }
        };
        s.sorted = up.sorted;
        return s;
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
        Src<T> s = take();
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
        Src<T> s = take();
        Box<T> box = new Box<>();
        T acc = identity;
        while (s.advance(box)) acc = op.apply(acc, box.v);
        return acc;
    }

    public Optional<T> reduce(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        Src<T> s = take();
        Box<T> box = new Box<>();
        boolean any = false;
        T acc = null;
        while (s.advance(box)) {
            acc = any ? op.apply(acc, box.v) : box.v;
            any = true;
        }
        return any ? Optional.of(acc) : Optional.empty();
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> acc, BinaryOperator<U> combiner) {
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        Src<T> s = take();
        Box<T> box = new Box<>();
        U r = identity;
        while (s.advance(box)) r = acc.apply(r, box.v);
        return r;
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        Src<T> s = take();
        R r = supplier.get();
        s.forEachRemaining(t -> acc.accept(r, t));
        return r;
    }

    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Objects.requireNonNull(collector);
        Src<T> s = take();
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
        Src<T> s = take();
        if (s.size >= 0) return s.size;
        long n = 0;
        Box<T> box = new Box<>();
        while (s.advance(box)) n++;
        return n;
    }

    private boolean match(Predicate<? super T> p, boolean stopOn) {
        Objects.requireNonNull(p);
        Src<T> s = take();
        Box<T> box = new Box<>();
        while (s.advance(box)) {
            T t = box.v;
            box.v = null;
            if (p.test(t) == stopOn) {
                s.abandon();
                return true;
            }
        }
        return false;
    }

    public boolean anyMatch(Predicate<? super T> p) {
        return match(p, true);
    }

    public boolean allMatch(Predicate<? super T> p) {
        return !match(p, false);
    }

    public boolean noneMatch(Predicate<? super T> p) {
        return !match(p, true);
    }

    public Optional<T> findFirst() {
        Src<T> s = take();
        Box<T> box = new Box<>();
        if (!s.advance(box)) return Optional.empty();
        s.abandon();
        return Optional.of(box.v);
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    public Iterator<T> iterator() {
        return iteratorOf(take());
    }

    public java.util.Spliterator<T> spliterator() {
        return Src.toSpliterator(take());
    }

    static <T> Iterator<T> iteratorOf(Src<T> s) {
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
