package java.util.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * A pipeline: a raw {@link Src} followed by operations, each of which wraps the sink downstream of it
 * (HotSpot's push model, so side effects interleave exactly as there). A terminal operation builds the sink
 * chain and pushes the source through it, checking cancellation before each element when the pipeline
 * short-circuits. {@link #advance} pulls through a buffer, as HotSpot's stream iterators/spliterators do.
 */
final class Pipe<T> {
    /** A stage's element handler. begin/end bracket a run; cancellationRequested asks whether to stop. */
    abstract static class Sink<T> implements Consumer<T> {
        void begin(long size) {}

        void end() {}

        boolean cancellationRequested() {
            return false;
        }
    }

    /** A sink that hands its results to another sink. */
    abstract static class Chained<T, R> extends Sink<T> {
        final Sink<? super R> down;

        Chained(Sink<? super R> down) {
            this.down = down;
        }

        void begin(long size) {
            down.begin(-1);
        }

        void end() {
            down.end();
        }

        boolean cancellationRequested() {
            return down.cancellationRequested();
        }
    }

    /** An intermediate operation: makes the sink that feeds down. */
    interface Op {
        Sink<Object> wrap(Sink<Object> down);
    }

    final Src<?> source;
    private final ArrayList<Op> ops = new ArrayList<>();
    /** Exact size of the output if known, else -1. */
    long size;
    /** Output is in natural order. */
    boolean sorted;
    /** Some operation (limit, takeWhile) can stop the pipeline early. */
    boolean shortCircuit;
    /** Elements to skip at the start, taken off the source itself when that has no observable effect. */
    SliceOp leadingSkip;

    Pipe(Src<?> source) {
        this.source = source;
        this.size = source.size;
        this.sorted = source.sorted;
    }

    @SuppressWarnings("unchecked")
    <R> Pipe<R> then(Op op, boolean keepsSize, boolean keepsSorted) {
        if (ops.isEmpty() && op instanceof SliceOp && ((SliceOp) op).skip > 0) leadingSkip = (SliceOp) op;
        ops.add(op);
        if (!keepsSize) size = -1;
        if (!keepsSorted) sorted = false;
        return (Pipe<R>) this;
    }

    boolean hasOps() {
        return !ops.isEmpty();
    }

    @SuppressWarnings("unchecked")
    Sink<Object> wrap(Sink<? super T> terminal) {
        Sink<Object> s = (Sink<Object>) terminal;
        for (int i = ops.size() - 1; i >= 0; i--) s = ops.get(i).wrap(s);
        return s;
    }

    @SuppressWarnings("unchecked")
    private void skipRaw() {
        if (leadingSkip != null && leadingSkip.n > 0) {
            leadingSkip.n -= source.skipRaw(leadingSkip.n);
        }
    }

    /** Pushes every element through the operations into terminal (which may short-circuit if cancelling). */
    @SuppressWarnings("unchecked")
    void run(Sink<? super T> terminal, boolean terminalShortCircuits) {
        Sink<Object> head = wrap(terminal);
        skipRaw();
        Src<Object> src = (Src<Object>) source;
        head.begin(source.size);
        if (shortCircuit || terminalShortCircuits) {
            while (!head.cancellationRequested() && src.advance(head)) {}
        } else {
            src.forEachRemaining(head);
        }
        head.end();
    }

    /** Runs the whole pipeline into c (a non-short-circuiting terminal operation). */
    void forEachRemaining(Consumer<? super T> c) {
        run(new Sink<T>() {
            public void accept(T t) {
                c.accept(t);
            }
        }, false);
    }

    /** findFirst: returns whether an element was found, into box. */
    boolean first(Src.Box<T> box) {
        boolean[] found = {false};
        run(new Sink<T>() {
            public void accept(T t) {
                if (!found[0]) {
                    found[0] = true;
                    box.v = t;
                }
            }

            boolean cancellationRequested() {
                return found[0];
            }
        }, true);
        return found[0];
    }

    // ---- pulling (iterator, spliterator, concat, flatMap under a short-circuit) ----

    private ArrayDeque<Object> buffer;
    private Sink<Object> bufferHead;
    private boolean started, finished;
    private boolean nullMark;

    /** Hands out one element, filling a buffer by pushing one source element at a time through the ops. */
    @SuppressWarnings("unchecked")
    boolean advance(Consumer<? super T> c) {
        if (ops.isEmpty()) return ((Src<T>) source).advance(c);
        if (!started) {
            started = true;
            buffer = new ArrayDeque<>();
            bufferHead = wrap(new Sink<T>() {
                public void accept(T t) {
                    buffer.add(t == null ? NULL : t);
                }
            });
            skipRaw();
            bufferHead.begin(source.size);
        }
        Src<Object> src = (Src<Object>) source;
        while (buffer.isEmpty()) {
            if (finished) return false;
            if (bufferHead.cancellationRequested() || !src.advance(bufferHead)) {
                bufferHead.end();
                finished = true;
            }
        }
        Object o = buffer.poll();
        c.accept(o == NULL ? null : (T) o);
        return true;
    }

    private static final Object NULL = new Object();

    /** This pipeline as a raw source (pulling through the buffer); a bare source is returned as is. */
    @SuppressWarnings("unchecked")
    Src<T> asSource() {
        if (ops.isEmpty()) return (Src<T>) source;
        Pipe<T> self = this;
        Src<T> s = new Src<T>() {
            boolean advance(Consumer<? super T> c) {
                return self.advance(c);
            }

            /** Like HotSpot's wrapping spliterator: if nothing was buffered yet, push everything straight into c. */
            void forEachRemaining(Consumer<? super T> c) {
                if (!self.started) {
                    self.started = true;
                    self.finished = true;
                    self.run(new Sink<T>() {
                        public void accept(T t) {
                            c.accept(t);
                        }
                    }, false);
                    return;
                }
                while (self.advance(c)) {}
            }
        };
        s.size = size;
        s.sorted = sorted;
        return s;
    }

    // ---- slice (skip/limit), shared by all stream kinds ----

    static final class SliceOp implements Op {
        long n;
        final long skip;
        final long limit;

        SliceOp(long skip, long limit) {
            this.skip = skip;
            this.n = skip;
            this.limit = limit;
        }

        public Sink<Object> wrap(Sink<Object> down) {
            return new Chained<Object, Object>(down) {
                long m = limit;

                void begin(long size) {
                    down.begin(-1);
                }

                public void accept(Object t) {
                    if (n == 0) {
                        if (m != 0) {
                            if (m > 0) m--;
                            down.accept(t);
                        }
                    } else {
                        n--;
                    }
                }

                boolean cancellationRequested() {
                    return m == 0 || down.cancellationRequested();
                }
            };
        }
    }
}
