package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import mote.util.Kahan;

public final class Collectors {
    private Collectors() {}

    static Set<Collector.Characteristics> chars(Collector.Characteristics... cs) {
        LinkedHashSet<Collector.Characteristics> s = new LinkedHashSet<>();
        for (Collector.Characteristics c : cs) s.add(Objects.requireNonNull(c));
        return s;
    }

    private static final Collector.Characteristics[] ID = {Collector.Characteristics.IDENTITY_FINISH};
    private static final Collector.Characteristics[] ID_UNORDERED = {
        Collector.Characteristics.IDENTITY_FINISH, Collector.Characteristics.UNORDERED
    };
    private static final Collector.Characteristics[] UNORDERED = {Collector.Characteristics.UNORDERED};
    private static final Collector.Characteristics[] NONE = {};

    static final class Impl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Characteristics> characteristics;

        Impl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner, Function<A, R> finisher,
                Set<Characteristics> characteristics) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
            this.characteristics = characteristics;
        }

        public Supplier<A> supplier() {
            return supplier;
        }

        public BiConsumer<A, T> accumulator() {
            return accumulator;
        }

        public BinaryOperator<A> combiner() {
            return combiner;
        }

        @SuppressWarnings("unchecked")
        public Function<A, R> finisher() {
            return finisher != null ? finisher : a -> (R) a;
        }

        public Set<Characteristics> characteristics() {
            return characteristics;
        }
    }

    private static <T, A, R> Collector<T, A, R> make(Supplier<A> s, BiConsumer<A, T> acc, BinaryOperator<A> comb,
            Function<A, R> fin, Collector.Characteristics... cs) {
        return new Impl<>(s, acc, comb, fin, chars(cs));
    }

    @SuppressWarnings("unchecked")
    private static <A, R> R finish(Collector<?, A, R> c, A a) {
        return c.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH) ? (R) a : c.finisher().apply(a);
    }

    // ---- collections ----

    public static <T> Collector<T, ?, List<T>> toList() {
        return Collectors.<T, List<T>, List<T>>make(ArrayList::new, List::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, null, ID);
    }

    static List<Object> unmodifiableListOf(Object[] a) {
        return Collections.unmodifiableList(Arrays.asList(a));
    }

    @SuppressWarnings("unchecked")
    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return Collectors.<T, List<T>, List<T>>make(ArrayList::new, List::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, l -> {
            Object[] a = l.toArray();
            for (Object o : a) Objects.requireNonNull(o);
            return (List<T>) unmodifiableListOf(a);
        }, NONE);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return Collectors.<T, Set<T>, Set<T>>make(HashSet::new, Set::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, null, ID_UNORDERED);
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return Collectors.<T, Set<T>, Set<T>>make(HashSet::new, Set::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, s -> {
            for (T t : s) Objects.requireNonNull(t);
            return new ReadOnlySet<>(s);
        }, UNORDERED);
    }

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> factory) {
        Objects.requireNonNull(factory);
        return Collectors.<T, C, C>make(factory, Collection::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, null, ID);
    }

    // ---- strings ----

    public static Collector<CharSequence, ?, String> joining() {
        return Collectors.<CharSequence, StringBuilder, String>make(StringBuilder::new, StringBuilder::append, (a, b) -> {
            a.append(b);
            return a;
        }, StringBuilder::toString, NONE);
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix,
            CharSequence suffix) {
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        return Collectors.<CharSequence, StringJoiner, String>make(() -> new StringJoiner(delimiter, prefix, suffix),
                StringJoiner::add, (a, b) -> a, StringJoiner::toString, NONE);
    }

    // ---- adapters ----

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
            Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new Impl<T, A, R>(downstream.supplier(), (r, t) -> acc.accept(r, mapper.apply(t)),
                downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(
            Function<? super T, ? extends Stream<? extends U>> mapper, Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new Impl<T, A, R>(downstream.supplier(), (r, t) -> {
            Stream<? extends U> s = mapper.apply(t);
            if (s != null) {
                try {
                    s.sequential().forEach(u -> acc.accept(r, u));
                } finally {
                    s.close();
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate,
            Collector<? super T, A, R> downstream) {
        Objects.requireNonNull(predicate);
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        return new Impl<T, A, R>(downstream.supplier(), (r, t) -> {
            if (predicate.test(t)) acc.accept(r, t);
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    @SuppressWarnings("unchecked")
    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
            Function<R, RR> finisher) {
        Objects.requireNonNull(finisher);
        Set<Collector.Characteristics> cs = new LinkedHashSet<>();
        for (Collector.Characteristics c : downstream.characteristics()) {
            if (c != Collector.Characteristics.IDENTITY_FINISH) cs.add(c);
        }
        return new Impl<T, A, RR>(downstream.supplier(), downstream.accumulator(), downstream.combiner(),
                a -> finisher.apply(finish(downstream, a)), cs);
    }

    // ---- numbers ----

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(e -> 1L);
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> c) {
        Objects.requireNonNull(c);
        return reducing(BinaryOperator.minBy(c));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> c) {
        Objects.requireNonNull(c);
        return reducing(BinaryOperator.maxBy(c));
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, int[], Integer>make(() -> new int[1], (a, t) -> a[0] += f.applyAsInt(t), (a, b) -> {
            a[0] += b[0];
            return a;
        }, a -> a[0], NONE);
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, long[], Long>make(() -> new long[1], (a, t) -> a[0] += f.applyAsLong(t), (a, b) -> {
            a[0] += b[0];
            return a;
        }, a -> a[0], NONE);
    }

    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, double[], Double>make(() -> new double[3], (a, t) -> Kahan.add(a, f.applyAsDouble(t)),
                (a, b) -> a, Kahan::sum, NONE);
    }

    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, long[], Double>make(() -> new long[2], (a, t) -> {
            a[0] += f.applyAsInt(t);
            a[1]++;
        }, (a, b) -> a, a -> a[1] == 0 ? 0.0d : (double) a[0] / a[1], NONE);
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, long[], Double>make(() -> new long[2], (a, t) -> {
            a[0] += f.applyAsLong(t);
            a[1]++;
        }, (a, b) -> a, a -> a[1] == 0 ? 0.0d : (double) a[0] / a[1], NONE);
    }

    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, double[], Double>make(() -> new double[4], (a, t) -> {
            Kahan.add(a, f.applyAsDouble(t));
            a[3]++;
        }, (a, b) -> a, a -> a[3] == 0 ? 0.0d : Kahan.sum(a) / a[3], NONE);
    }

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, IntSummaryStatistics, IntSummaryStatistics>make(IntSummaryStatistics::new,
                (r, t) -> r.accept(f.applyAsInt(t)), (a, b) -> {
                    a.combine(b);
                    return a;
                }, null, ID);
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, LongSummaryStatistics, LongSummaryStatistics>make(LongSummaryStatistics::new,
                (r, t) -> r.accept(f.applyAsLong(t)), (a, b) -> {
                    a.combine(b);
                    return a;
                }, null, ID);
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> f) {
        Objects.requireNonNull(f);
        return Collectors.<T, DoubleSummaryStatistics, DoubleSummaryStatistics>make(DoubleSummaryStatistics::new,
                (r, t) -> r.accept(f.applyAsDouble(t)), (a, b) -> {
                    a.combine(b);
                    return a;
                }, null, ID);
    }

    // ---- reductions ----

    @SuppressWarnings("unchecked")
    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return Collectors.<T, Object[], T>make(() -> new Object[] {identity}, (a, t) -> a[0] = op.apply((T) a[0], t),
                (a, b) -> a, a -> (T) a[0], NONE);
    }

    @SuppressWarnings("unchecked")
    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return Collectors.<T, Object[], Optional<T>>make(() -> new Object[2], (a, t) -> {
            if (a[1] == null) {
                a[0] = t;
                a[1] = Boolean.TRUE;
            } else {
                a[0] = op.apply((T) a[0], t);
            }
        }, (a, b) -> a, a -> Optional.ofNullable((T) a[0]), NONE);
    }

    @SuppressWarnings("unchecked")
    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper,
            BinaryOperator<U> op) {
        Objects.requireNonNull(mapper);
        Objects.requireNonNull(op);
        return Collectors.<T, Object[], U>make(() -> new Object[] {identity},
                (a, t) -> a[0] = op.apply((U) a[0], mapper.apply(t)), (a, b) -> a, a -> (U) a[0], NONE);
    }

    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2, BiFunction<? super R1, ? super R2, R> merger) {
        return teeing0(downstream1, downstream2, merger);
    }

    @SuppressWarnings("unchecked")
    private static <T, A1, A2, R1, R2, R> Collector<T, ?, R> teeing0(Collector<? super T, A1, R1> d1,
            Collector<? super T, A2, R2> d2, BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(d1, "downstream1");
        Objects.requireNonNull(d2, "downstream2");
        Objects.requireNonNull(merger, "merger");
        Supplier<A1> s1 = Objects.requireNonNull(d1.supplier(), "downstream1 supplier");
        Supplier<A2> s2 = Objects.requireNonNull(d2.supplier(), "downstream2 supplier");
        BiConsumer<A1, ? super T> a1 = Objects.requireNonNull(d1.accumulator(), "downstream1 accumulator");
        BiConsumer<A2, ? super T> a2 = Objects.requireNonNull(d2.accumulator(), "downstream2 accumulator");
        return Collectors.<T, Object[], R>make(() -> new Object[] {s1.get(), s2.get()}, (a, t) -> {
            a1.accept((A1) a[0], t);
            a2.accept((A2) a[1], t);
        }, (a, b) -> a, a -> merger.apply(finish(d1, (A1) a[0]), finish(d2, (A2) a[1])), NONE);
    }

    // ---- grouping ----

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, HashMap::new, toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
            Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, HashMap::new, downstream);
    }

    @SuppressWarnings("unchecked")
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(classifier);
        Objects.requireNonNull(mapFactory);
        Objects.requireNonNull(downstream);
        Supplier<A> ds = downstream.supplier();
        BiConsumer<A, ? super T> da = downstream.accumulator();
        BiConsumer<Map<K, A>, T> acc = (m, t) -> {
            K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
            A container = m.computeIfAbsent(key, k -> ds.get());
            da.accept(container, t);
        };
        Supplier<Map<K, A>> factory = (Supplier<Map<K, A>>) (Supplier<?>) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return (Collector<T, ?, M>) (Collector<T, ?, ?>) Collectors.<T, Map<K, A>, Map<K, A>>make(factory, acc,
                    (a, b) -> a, null, ID);
        }
        Function<A, D> df = downstream.finisher();
        return Collectors.<T, Map<K, A>, M>make(factory, acc, (a, b) -> a, m -> {
            ((Map<K, Object>) (Map<K, ?>) m).replaceAll((k, v) -> df.apply((A) v));
            return (M) m;
        }, NONE);
    }

    // ---- concurrent variants (sequential here: the same accumulation into a ConcurrentHashMap) ----

    public static <T, K> Collector<T, ?, java.util.concurrent.ConcurrentMap<K, List<T>>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier) {
        return groupingByConcurrent(classifier, java.util.concurrent.ConcurrentHashMap::new, toList());
    }

    public static <T, K, A, D> Collector<T, ?, java.util.concurrent.ConcurrentMap<K, D>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier, Collector<? super T, A, D> downstream) {
        return groupingByConcurrent(classifier, java.util.concurrent.ConcurrentHashMap::new, downstream);
    }

    public static <T, K, A, D, M extends java.util.concurrent.ConcurrentMap<K, D>> Collector<T, ?, M> groupingByConcurrent(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        Collector<T, ?, M> c = groupingBy(classifier, mapFactory, downstream);
        return withConcurrent(c);
    }

    public static <T, K, U> Collector<T, ?, java.util.concurrent.ConcurrentMap<K, U>> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return Collectors.<T, java.util.concurrent.ConcurrentMap<K, U>, java.util.concurrent.ConcurrentMap<K, U>>make(
                java.util.concurrent.ConcurrentHashMap::new, (m, t) -> {
                    K k = keyMapper.apply(t);
                    U v = Objects.requireNonNull(valueMapper.apply(t));
                    U u = m.putIfAbsent(k, v);
                    if (u != null) throw duplicateKey(k, u, v);
                }, (a, b) -> a, null, Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED,
                Collector.Characteristics.IDENTITY_FINISH);
    }

    public static <T, K, U> Collector<T, ?, java.util.concurrent.ConcurrentMap<K, U>> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction) {
        return toConcurrentMap(keyMapper, valueMapper, mergeFunction, java.util.concurrent.ConcurrentHashMap::new);
    }

    public static <T, K, U, M extends java.util.concurrent.ConcurrentMap<K, U>> Collector<T, ?, M> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        return Collectors.<T, M, M>make(mapFactory, (m, t) -> m.merge(keyMapper.apply(t), valueMapper.apply(t), mergeFunction),
                (a, b) -> a, null, Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED,
                Collector.Characteristics.IDENTITY_FINISH);
    }

    /** The same collector, marked CONCURRENT and UNORDERED. */
    @SuppressWarnings("unchecked")
    private static <T, A, R> Collector<T, A, R> withConcurrent(Collector<T, A, R> c) {
        Set<Collector.Characteristics> cs = new LinkedHashSet<>(c.characteristics());
        cs.add(Collector.Characteristics.CONCURRENT);
        cs.add(Collector.Characteristics.UNORDERED);
        return new Impl<T, A, R>(c.supplier(), c.accumulator(), c.combiner(), c.finisher(), cs);
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }

    @SuppressWarnings("unchecked")
    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
            Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(predicate);
        Supplier<A> ds = downstream.supplier();
        BiConsumer<A, ? super T> da = downstream.accumulator();
        return Collectors.<T, Object[], Map<Boolean, D>>make(() -> new Object[] {ds.get(), ds.get()},
                (a, t) -> da.accept((A) a[predicate.test(t) ? 1 : 0], t), (a, b) -> a, a -> {
                    LinkedHashMap<Boolean, D> m = new LinkedHashMap<>();
                    m.put(false, finish(downstream, (A) a[0]));
                    m.put(true, finish(downstream, (A) a[1]));
                    return new ReadOnlyMap<>(m); // HotSpot's Partition map is read-only too
                }, NONE);
    }

    // ---- maps ----

    private static IllegalStateException duplicateKey(Object k, Object u, Object v) {
        return new IllegalStateException(
                "Duplicate key " + k + " (attempted merging values " + u + " and " + v + ")");
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return Collectors.<T, Map<K, U>, Map<K, U>>make(HashMap::new, (m, t) -> {
            K k = keyMapper.apply(t);
            U v = Objects.requireNonNull(valueMapper.apply(t));
            U u = m.putIfAbsent(k, v);
            if (u != null) throw duplicateKey(k, u, v);
        }, (a, b) -> a, null, ID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, HashMap::new);
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        return Collectors.<T, M, M>make(mapFactory, (m, t) -> {
            K k = keyMapper.apply(t);
            U v = Objects.requireNonNull(valueMapper.apply(t));
            m.merge(k, v, mergeFunction);
        }, (a, b) -> a, null, ID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Collector<T, ?, Map<K, U>> c = toMap(keyMapper, valueMapper);
        return collectingAndThen(c, Collectors::readOnly);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        Collector<T, ?, Map<K, U>> c = toMap(keyMapper, valueMapper, mergeFunction, HashMap::new);
        return collectingAndThen(c, Collectors::readOnly);
    }

    private static <K, V> Map<K, V> readOnly(Map<K, V> m) {
        for (Map.Entry<K, V> e : m.entrySet()) {
            Objects.requireNonNull(e.getKey());
            Objects.requireNonNull(e.getValue());
        }
        return new ReadOnlyMap<>(m);
    }

    /** Read-only view of a set (what toUnmodifiableSet returns). */
    static final class ReadOnlySet<E> extends java.util.AbstractCollection<E> implements Set<E> {
        private final Set<E> s;

        ReadOnlySet(Set<E> s) {
            this.s = s;
        }

        public int size() {
            return s.size();
        }

        public boolean contains(Object o) {
            return s.contains(o);
        }

        public Iterator<E> iterator() {
            Iterator<E> it = s.iterator();
            return new Iterator<E>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public E next() {
                    return it.next();
                }
            };
        }

        public boolean add(E e) {
            throw new UnsupportedOperationException();
        }

        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public boolean equals(Object o) {
            return o == this || s.equals(o);
        }

        public int hashCode() {
            return s.hashCode();
        }
    }

    /** Read-only view of a map (what toUnmodifiableMap returns). */
    static final class ReadOnlyMap<K, V> implements Map<K, V> {
        private final Map<K, V> m;

        ReadOnlyMap(Map<K, V> m) {
            this.m = m;
        }

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public V get(Object key) {
            return m.get(key);
        }

        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        public boolean containsValue(Object value) {
            return m.containsValue(value);
        }

        public V put(K key, V value) {
            throw new UnsupportedOperationException();
        }

        public void putAll(Map<? extends K, ? extends V> other) {
            throw new UnsupportedOperationException();
        }

        public V remove(Object key) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public Set<K> keySet() {
            return new ReadOnlySet<>(m.keySet());
        }

        public Collection<V> values() {
            return Collections.unmodifiableList(new ArrayList<>(m.values()));
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new ReadOnlySet<>(m.entrySet());
        }

        public boolean equals(Object o) {
            return o == this || m.equals(o);
        }

        public int hashCode() {
            return m.hashCode();
        }

        public String toString() {
            return m.toString();
        }
    }
}
