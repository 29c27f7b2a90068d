package java.util;

import java.util.function.Consumer;

/** Sequential (non-splitting) spliterators over iterators, collections and arrays. */
public final class Spliterators {
    private Spliterators() {}

    public static <T> Spliterator<T> emptySpliterator() {
        return new IteratorSpliterator<T>(Collections.<T>emptyList().iterator(), 0, Spliterator.SIZED | Spliterator.SUBSIZED);
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<T>(Objects.requireNonNull(iterator), Long.MAX_VALUE,
                characteristics & ~(Spliterator.SIZED | Spliterator.SUBSIZED));
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        int c = (characteristics & Spliterator.CONCURRENT) == 0
                ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED : characteristics;
        return new IteratorSpliterator<T>(Objects.requireNonNull(iterator), size, c);
    }

    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        Objects.requireNonNull(c);
        int ch = (characteristics & Spliterator.CONCURRENT) == 0
                ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED : characteristics;
        return new IteratorSpliterator<T>(null, -1, ch) {
            {
                source = c;
            }
        };
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    @SuppressWarnings("unchecked")
    public static <T> Spliterator<T> spliterator(Object[] array, int from, int to, int additionalCharacteristics) {
        Objects.requireNonNull(array);
        if (from > to) throw new ArrayIndexOutOfBoundsException("origin(" + from + ") > fence(" + to + ")");
        if (from < 0) throw new ArrayIndexOutOfBoundsException(from);
        if (to > array.length) throw new ArrayIndexOutOfBoundsException(to);
        Iterator<T> it = new Iterator<T>() {
            int i = from;

            public boolean hasNext() {
                return i < to;
            }

            public T next() {
                if (i >= to) throw new NoSuchElementException();
                return (T) array[i++];
            }
        };
        return new IteratorSpliterator<T>(it, to - from,
                additionalCharacteristics | Spliterator.SIZED | Spliterator.SUBSIZED);
    }

    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        Objects.requireNonNull(spliterator);
        return new Iterator<T>() {
            boolean ready;
            T next;

            public boolean hasNext() {
                if (!ready) ready = spliterator.tryAdvance(t -> next = t);
                return ready;
            }

            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                T t = next;
                next = null;
                return t;
            }
        };
    }

    /** An iterator (or a collection's iterator, taken on first use) as a spliterator that never splits. */
    static class IteratorSpliterator<T> implements Spliterator<T> {
        Collection<? extends T> source;
        private Iterator<? extends T> it;
        private long est;
        private final int characteristics;

        IteratorSpliterator(Iterator<? extends T> it, long est, int characteristics) {
            this.it = it;
            this.est = est;
            this.characteristics = characteristics;
        }

        private void bind() {
            if (it == null) {
                it = source.iterator();
                est = source.size();
            }
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            bind();
            if (!it.hasNext()) return false;
            action.accept(it.next());
            if (est > 0 && est != Long.MAX_VALUE) est--;
            return true;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            bind();
            while (it.hasNext()) action.accept(it.next());
            if (est != Long.MAX_VALUE) est = 0;
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        public long estimateSize() {
            bind();
            return est;
        }

        public int characteristics() {
            return characteristics;
        }

        public Comparator<? super T> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) return null;
            throw new IllegalStateException();
        }
    }
}
