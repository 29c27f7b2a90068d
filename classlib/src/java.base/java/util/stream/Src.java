package java.util.stream;

import java.util.Iterator;
import java.util.function.Consumer;

/** A raw source of a pipeline: {@link #advance} hands at most one element to the consumer and returns whether it did. */
abstract class Src<T> {
    /** Exact number of elements still to come, or -1 if unknown. */
    long size = -1;
    /** Elements come in natural order (lets a natural sorted() be skipped, as HotSpot does). */
    boolean sorted;

    abstract boolean advance(Consumer<? super T> c);

    /** Drops up to n elements without producing them, if that has no observable effect (raw sources); returns how many. */
    long skipRaw(long n) {
        return 0;
    }

    void forEachRemaining(Consumer<? super T> c) {
        while (advance(c)) {}
    }

    static <T> Src<T> ofArray(Object[] a, int from, int to) {
        Src<T> s = new Src<T>() {
            int i = from;

            @SuppressWarnings("unchecked")
            boolean advance(Consumer<? super T> c) {
                if (i >= to) return false;
                c.accept((T) a[i++]);
                return true;
            }

            long skipRaw(long n) {
                long k = Math.min(n, to - i);
                i += (int) k;
                return k;
            }
        };
        s.size = to - from;
        return s;
    }

    static <T> Src<T> ofSpliterator(java.util.Spliterator<T> sp) {
        Src<T> s = new Src<T>() {
            boolean advance(Consumer<? super T> c) {
                return sp.tryAdvance(c);
            }

            void forEachRemaining(Consumer<? super T> c) {
                sp.forEachRemaining(c);
            }
        };
        s.size = sp.getExactSizeIfKnown();
        return s;
    }

    /** A spliterator handing out what s produces (Stream.spliterator()). */
    static <T> java.util.Spliterator<T> toSpliterator(Src<T> s) {
        return new java.util.Spliterator<T>() {
            public boolean tryAdvance(Consumer<? super T> action) {
                java.util.Objects.requireNonNull(action);
                boolean got = s.advance(action);
                if (got && s.size > 0) s.size--;
                return got;
            }

            public void forEachRemaining(Consumer<? super T> action) {
                java.util.Objects.requireNonNull(action);
                s.forEachRemaining(action);
                if (s.size > 0) s.size = 0;
            }

            public java.util.Spliterator<T> trySplit() {
                return null;
            }

            public long estimateSize() {
                return s.size >= 0 ? s.size : Long.MAX_VALUE;
            }

            public int characteristics() {
                return ORDERED | (s.size >= 0 ? SIZED | SUBSIZED : 0);
            }
        };
    }

    static <T> Src<T> ofIterator(Iterator<? extends T> it) {
        return new Src<T>() {
            boolean advance(Consumer<? super T> c) {
                if (!it.hasNext()) return false;
                c.accept(it.next());
                return true;
            }
        };
    }

    /** A collection's elements; its iterator is taken when the first element is pulled (late binding). */
    static <T> Src<T> ofIterable(Iterable<? extends T> coll, long size) {
        Src<T> s = new Src<T>() {
            Iterator<? extends T> it;

            boolean advance(Consumer<? super T> c) {
                if (it == null) it = coll.iterator();
                if (!it.hasNext()) return false;
                c.accept(it.next());
                return true;
            }
        };
        s.size = size;
        return s;
    }

    @SuppressWarnings("unchecked")
    static <T> Src<T> empty() {
        Src<T> s = new Src<T>() {
            boolean advance(Consumer<? super T> c) {
                return false;
            }
        };
        s.size = 0;
        return s;
    }

    static <T> Src<T> concat(Src<? extends T> a, Src<? extends T> b) {
        Src<T> s = new Src<T>() {
            boolean first = true;

            boolean advance(Consumer<? super T> c) {
                if (first) {
                    if (a.advance(c)) return true;
                    first = false;
                }
                return b.advance(c);
            }

            void forEachRemaining(Consumer<? super T> c) {
                if (first) {
                    first = false;
                    a.forEachRemaining(c);
                }
                b.forEachRemaining(c);
            }
        };
        if (a.size >= 0 && b.size >= 0 && a.size + b.size >= 0) s.size = a.size + b.size;
        return s;
    }

    /** One-element holder used by terminal operations. */
    static final class Box<T> implements Consumer<T> {
        T v;

        public void accept(T t) {
            v = t;
        }
    }
}
