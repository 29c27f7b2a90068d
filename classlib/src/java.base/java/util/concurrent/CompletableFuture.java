package java.util.concurrent;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Future that can be completed explicitly and that runs dependent actions
 * when it completes.
 *
 * Observable behaviour follows HotSpot 17: dependents live on a stack (the
 * most recently added runs first), and completion walks nested dependents
 * without recursion in the same order as the JDK (see postComplete); failures
 * propagate wrapped in CompletionException, except for the stage completed
 * with completeExceptionally itself; exceptional results pass to non-handling
 * dependents without running them, even for async ones. The default async
 * executor is ForkJoinPool.commonPool() only if its parallelism exceeds 1,
 * otherwise a new thread per task (as in the JDK). Mote's version guards its
 * two fields (result, stack) with this object's monitor instead of CAS. Lines
 * marked `// @line` match HotSpot 17's stack traces (classlib/pad-lines.py).
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    volatile Object result;
    volatile Completion stack;
    private int waiters;

    static final class AltResult {
        final Throwable ex;

        AltResult(Throwable x) {
            this.ex = x;
        }
    }

    static final AltResult NIL = new AltResult(null);

    static final int SYNC = 0;
    static final int ASYNC = 1;
    static final int NESTED = -1;

    private static final boolean USE_COMMON_POOL = ForkJoinPool.getCommonPoolParallelism() > 1;
    static final Executor ASYNC_POOL = USE_COMMON_POOL ? ForkJoinPool.commonPool() : new ThreadPerTaskExecutor();

    static final class ThreadPerTaskExecutor implements Executor {
        public void execute(Runnable r) {
            Objects.requireNonNull(r);
            new Thread(r).start();
        }
    }

    static Executor screenExecutor(Executor e) {
        if (!USE_COMMON_POOL && e == ForkJoinPool.commonPool()) return ASYNC_POOL;
        if (e == null) throw new NullPointerException();
        return e;
    }

    public CompletableFuture() {}

    CompletableFuture(Object r) {
        this.result = r;
    }

    // ------------------------------------------------------------ state

    final synchronized boolean casResult(Object cmp, Object val) {
        if (result != cmp) return false;
        result = val;
        if (waiters > 0) notifyAll();
        return true;
    }

    final boolean internalComplete(Object r) {
        return casResult(null, r);
    }

    final synchronized boolean pushIfIncomplete(Completion c) {
        if (result != null) return false;
        c.next = stack;
        stack = c;
        return true;
    }

    final synchronized void pushStack(Completion c) {
        c.next = stack;
        stack = c;
    }

    final synchronized Completion popStack() {
        Completion h = stack;
        if (h != null) stack = h.next;
        return h;
    }

    final boolean completeNull() {
        return casResult(null, NIL);
    }

    final Object encodeValue(T t) {
        return t == null ? NIL : t;
    }

    final boolean completeValue(T t) {
        return casResult(null, t == null ? NIL : t);
    }

    static final class UniWhenComplete<T> extends UniCompletion<T, T> {
        BiConsumer<? super T, ? super Throwable> fn;

        UniWhenComplete(Executor e, CompletableFuture<T> d, CompletableFuture<T> a,
                BiConsumer<? super T, ? super Throwable> fn) {
            super(e, d, a);
            this.fn = fn;
        }

        CompletableFuture<T> tryFire(int mode) {
            CompletableFuture<T> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null
                    || !d.uniWhenComplete(r, fn, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    static final class UniHandle<T, V> extends UniCompletion<T, V> {
        BiFunction<? super T, Throwable, ? extends V> fn;

        UniHandle(Executor e, CompletableFuture<V> d, CompletableFuture<T> a,
                BiFunction<? super T, Throwable, ? extends V> fn) {
            super(e, d, a);
            this.fn = fn;
        }

        CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null || !d.uniHandle(r, fn, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    static final class UniExceptionally<T> extends UniCompletion<T, T> {
        Function<? super Throwable, ? extends T> fn;

        UniExceptionally(Executor e, CompletableFuture<T> d, CompletableFuture<T> a,
                Function<? super Throwable, ? extends T> fn) {
            super(e, d, a);
            this.fn = fn;
        }

        CompletableFuture<T> tryFire(int mode) {
            CompletableFuture<T> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null
                    || !d.uniExceptionally(r, fn, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    static final class UniRelay<U, T extends U> extends UniCompletion<T, U> {
        UniRelay(CompletableFuture<U> d, CompletableFuture<T> a) {
            super(null, d, a);
        }

        CompletableFuture<U> tryFire(int mode) {
            CompletableFuture<U> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null) return null;
            if (d.result == null) d.completeRelay(r);
            src = null;
            dep = null;
            return d.postFire(a, mode);
        }
    }

    abstract static class BiCompletion<T, U, V> extends UniCompletion<T, V> {
        CompletableFuture<U> snd;

        BiCompletion(Executor e, CompletableFuture<V> d, CompletableFuture<T> a, CompletableFuture<U> b) {
            super(e, d, a);
            this.snd = b;
        }
    }

    /** Stands for a BiCompletion on its second source's stack. */
    static final class CoCompletion extends Completion {
        BiCompletion<?, ?, ?> base;

        CoCompletion(BiCompletion<?, ?, ?> base) {
            this.base = base;
        }

        CompletableFuture<?> tryFire(int mode) {
            BiCompletion<?, ?, ?> c = base;
            CompletableFuture<?> d;
            if (c == null || (d = c.tryFire(mode)) == null) return null;
            base = null;
            return d;
        }

        boolean isLive() {
            BiCompletion<?, ?, ?> c = base;
            return c != null && c.dep != null;
        }
    }

    /** The kinds of two-source completions: both (apply/accept/run/relay) or either. */
    static final int BI_APPLY = 0, BI_ACCEPT = 1, BI_RUN = 2, BI_RELAY = 3, OR_APPLY = 4, OR_ACCEPT = 5, OR_RUN = 6;

    // @pad


















































































    static AltResult encodeThrowable(Throwable x) {
        return new AltResult(x instanceof CompletionException ? x : new CompletionException(x)); // @line 315
    }

    // @pad
    final boolean completeThrowable(Throwable x) {
        return casResult(null, encodeThrowable(x)); // @line 320
    }

    // @pad






    /** The failure of a source `r` (its exception `x`), propagated to a dependent. */
    static Object encodeThrowable(Throwable x, Object r) {
        if (!(x instanceof CompletionException)) x = new CompletionException(x); // @line 332
        else if (r instanceof AltResult && x == ((AltResult) r).ex) return r;
        return new AltResult(x);
    }

    // @pad








    final boolean completeThrowable(Throwable x, Object r) {
        return casResult(null, encodeThrowable(x, r)); // @line 347
    }

    static Object encodeRelay(Object r) {
        Throwable x;
        if (r instanceof AltResult && (x = ((AltResult) r).ex) != null && !(x instanceof CompletionException)) {
            r = new AltResult(new CompletionException(x));
        }
        return r;
    }

    final boolean completeRelay(Object r) {
        return casResult(null, encodeRelay(r));
    }

    // @pad

























    @SuppressWarnings("unchecked")
    private static <T> T reportGet(Object r) throws ExecutionException {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) return null;
            if (x instanceof CancellationException) throw (CancellationException) x;
            Throwable cause;
            if (x instanceof CompletionException && (cause = x.getCause()) != null) x = cause;
            throw new ExecutionException(x); // @line 396
        }
        return (T) r;
    }

    // @pad




    @SuppressWarnings("unchecked")
    private static <T> T reportJoin(Object r) {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) return null;
            if (x instanceof CancellationException) throw (CancellationException) x;
            if (x instanceof CompletionException) throw (CompletionException) x;
            throw new CompletionException(x); // @line 413
        }
        return (T) r;
    }

    // @pad





































































    /**
     * Runs the dependents after completion. Nested completions are walked
     * without recursion: the dependents of a newly completed dependent are
     * moved onto this future's stack, except the last, which runs at once.
     */
    final void postComplete() {
        CompletableFuture<?> f = this;
        for (;;) {
            Completion h = f.popStack();
            if (h == null) {
                if (f == this) return;
                f = this;
                continue;
            }
            Completion t = h.next;
            if (t != null) {
                if (f != this) {
                    pushStack(h);
                    continue;
                }
                h.next = null;
            }
            CompletableFuture<?> d = h.tryFire(NESTED); // @line 510
            f = d == null ? this : d;
        }
    }

    final CompletableFuture<T> postFire(CompletableFuture<?> a, int mode) {
        if (a != null && a.stack != null) {
            if (mode < 0 || a.result == null) a.cleanStack();
            else a.postComplete();
        }
        if (result != null && stack != null) {
            if (mode < 0) return this;
            postComplete();
        }
        return null;
    }

    final CompletableFuture<T> postFire(CompletableFuture<?> a, CompletableFuture<?> b, int mode) {
        if (b != null && b.stack != null) {
            if (mode < 0 || b.result == null) b.cleanStack();
            else b.postComplete();
        }
        return postFire(a, mode);
    }

    final void unipush(Completion c) {
        if (c != null && !pushIfIncomplete(c)) c.tryFire(SYNC);
    }

    // ------------------------------------------------------------ completions

    abstract static class Completion implements Runnable {
        volatile Completion next;

        /** Fires if possible; returns a future that needs postComplete (NESTED mode) or null. */
        abstract CompletableFuture<?> tryFire(int mode);

        abstract boolean isLive();

        public final void run() {
            tryFire(ASYNC);
        }
    }

    abstract static class UniCompletion<T, V> extends Completion {
        Executor executor;
        CompletableFuture<V> dep;
        CompletableFuture<T> src;
        private boolean claimed;

        UniCompletion(Executor executor, CompletableFuture<V> dep, CompletableFuture<T> src) {
            this.executor = executor;
            this.dep = dep;
            this.src = src;
        }

        /** True if the action may run here now; hands it to the executor instead if there is one. */
        final boolean claim() {
            synchronized (this) {
                if (claimed) return false;
                claimed = true;
            }
            Executor e = executor;
            if (e == null) return true;
            executor = null;
            e.execute(this);
            return false;
        }

        final boolean isLive() {
            return dep != null;
        }
    }

    // @pad


































    static final class UniApply<T, V> extends UniCompletion<T, V> {
        Function<? super T, ? extends V> fn;

        UniApply(Executor e, CompletableFuture<V> d, CompletableFuture<T> a, Function<? super T, ? extends V> fn) {
            super(e, d, a);
            this.fn = fn;
        }

        @SuppressWarnings("unchecked")
        CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null) return null;
            if (d.result == null) {
                Throwable x;
                if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                    d.completeThrowable(x, r); // @line 636
                } else {
                    try {
                        if (mode <= 0 && !claim()) return null;
                        T t = r instanceof AltResult ? null : (T) r;
                        // @pad




                        d.completeValue(fn.apply(t)); // @line 646
                        // @pad
                    } catch (Throwable ex) {
                        d.completeThrowable(ex); // @line 649
                    }
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }
    // @pad
    private <V> CompletableFuture<V> uniApplyStage(Executor e, Function<? super T, ? extends V> f) {
        Object r = result;
        if (f != null && r != null) return uniApplyNow(r, e, f); // @line 662
        if (f == null) throw new NullPointerException();
        CompletableFuture<V> d = newIncompleteFuture();
        unipush(new UniApply<T, V>(e, d, this, f));
        return d;
    }
    @SuppressWarnings("unchecked")
    private <V> CompletableFuture<V> uniApplyNow(Object r, Executor e, Function<? super T, ? extends V> f) {
        Throwable x;
        CompletableFuture<V> d = newIncompleteFuture();
        if (r instanceof AltResult) {
            if ((x = ((AltResult) r).ex) != null) {
                d.result = encodeThrowable(x, r); // @line 674
                return d;
            }
            r = null;
        }
        try {
            if (e != null) {
                e.execute(new UniApply<T, V>(null, d, this, f));
            } else {
                T t = (T) r;
                d.result = d.encodeValue(f.apply(t)); // @line 684
            }
        } catch (Throwable ex) {
            d.result = encodeThrowable(ex); // @line 687
        }
        return d;
    }

    static final class UniAccept<T> extends UniCompletion<T, Void> {
        Consumer<? super T> fn;

        UniAccept(Executor e, CompletableFuture<Void> d, CompletableFuture<T> a, Consumer<? super T> fn) {
            super(e, d, a);
            this.fn = fn;
        }

        @SuppressWarnings("unchecked")
        CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null) return null;
            if (d.result == null) {
                Throwable x;
                if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                    d.completeThrowable(x, r);
                } else {
                    try {
                        if (mode <= 0 && !claim()) return null;
                        fn.accept(r instanceof AltResult ? null : (T) r);
                        d.completeNull();
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    // @pad





    private CompletableFuture<Void> uniAcceptStage(Executor e, Consumer<? super T> f) {
        Object r = result;
        if (f != null && r != null) return uniAcceptNow(r, e, f); // @line 735
        if (f == null) throw new NullPointerException();
        CompletableFuture<Void> d = newIncompleteFuture();
        unipush(new UniAccept<T>(e, d, this, f));
        return d;
    }
    // @pad
    @SuppressWarnings("unchecked")
    private CompletableFuture<Void> uniAcceptNow(Object r, Executor e, Consumer<? super T> f) {
        Throwable x;
        CompletableFuture<Void> d = newIncompleteFuture();
        if (r instanceof AltResult) {
            if ((x = ((AltResult) r).ex) != null) {
                d.result = encodeThrowable(x, r);
                return d;
            }
            r = null;
        }
        try {
            if (e != null) {
                e.execute(new UniAccept<T>(null, d, this, f));
            } else {
                f.accept((T) r); // @line 757
                d.result = NIL;
            }
        } catch (Throwable ex) {
            d.result = encodeThrowable(ex); // @line 761
        }
        return d;
    }

    static final class UniRun<T> extends UniCompletion<T, Void> {
        Runnable fn;

        UniRun(Executor e, CompletableFuture<Void> d, CompletableFuture<T> a, Runnable fn) {
            super(e, d, a);
            this.fn = fn;
        }

        CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null) return null;
            if (d.result == null) {
                Throwable x;
                if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                    d.completeThrowable(x, r);
                } else {
                    try {
                        if (mode <= 0 && !claim()) return null;
                        fn.run();
                        d.completeNull();
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    // @pad
    private CompletableFuture<Void> uniRunStage(Executor e, Runnable f) {
        Object r = result;
        if (f != null && r != null) return uniRunNow(r, e, f); // @line 803
        if (f == null) throw new NullPointerException();
        CompletableFuture<Void> d = newIncompleteFuture();
        unipush(new UniRun<T>(e, d, this, f));
        return d;
    }
    private CompletableFuture<Void> uniRunNow(Object r, Executor e, Runnable f) {
        Throwable x;
        CompletableFuture<Void> d = newIncompleteFuture();
        if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
            d.result = encodeThrowable(x, r);
        } else {
            try {
                if (e != null) {
                    e.execute(new UniRun<T>(null, d, this, f));
                } else {
                    f.run(); // @line 819
                    d.result = NIL;
                }
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex); // @line 823
            }
        }
        return d;
    }

    // @pad
    @SuppressWarnings("unchecked")
    final boolean uniWhenComplete(Object r, BiConsumer<? super T, ? super Throwable> f, UniWhenComplete<T> c) {
        Throwable x = null;
        if (result == null) {
            try {
                if (c != null && !c.claim()) return false;
                T t;
                if (r instanceof AltResult) {
                    x = ((AltResult) r).ex;
                    t = null;
                } else {
                    t = (T) r;
                }
                // @pad



















                f.accept(t, x); // @line 863
                if (x == null) {
                    internalComplete(r);
                    return true;
                }
            } catch (Throwable ex) {
                if (x == null) x = ex;
                else if (x != ex) x.addSuppressed(ex);
            }
            // @pad

            completeThrowable(x, r); // @line 874
        }
        return true;
    }

    // @pad
    private CompletableFuture<T> uniWhenCompleteStage(Executor e, BiConsumer<? super T, ? super Throwable> f) {
        if (f == null) throw new NullPointerException();
        CompletableFuture<T> d = newIncompleteFuture();
        Object r = result;
        if (r == null) {
            unipush(new UniWhenComplete<T>(e, d, this, f));
        } else if (e == null) {
            d.uniWhenComplete(r, f, null); // @line 887
        } else {
            try {
                e.execute(new UniWhenComplete<T>(null, d, this, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    // @pad
    @SuppressWarnings("unchecked")
    final <S> boolean uniHandle(Object r, BiFunction<? super S, Throwable, ? extends T> f, UniHandle<S, T> c) {
        if (result == null) {
            try {
                if (c != null && !c.claim()) return false;
                S s;
                Throwable x;
                if (r instanceof AltResult) {
                    x = ((AltResult) r).ex;
                    s = null;
                } else {
                    x = null;
                    s = (S) r;
                }
                // @pad




















                completeValue(f.apply(s, x)); // @line 934
            } catch (Throwable ex) {
                completeThrowable(ex); // @line 936
            }
        }
        return true;
    }

    // @pad
    private <V> CompletableFuture<V> uniHandleStage(Executor e, BiFunction<? super T, Throwable, ? extends V> f) {
        if (f == null) throw new NullPointerException();
        CompletableFuture<V> d = newIncompleteFuture();
        Object r = result;
        if (r == null) {
            unipush(new UniHandle<T, V>(e, d, this, f));
        } else if (e == null) {
            d.uniHandle(r, f, null); // @line 950
        } else {
            try {
                e.execute(new UniHandle<T, V>(null, d, this, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    // @pad
    final boolean uniExceptionally(Object r, Function<? super Throwable, ? extends T> f, UniExceptionally<T> c) {
        Throwable x;
        if (result == null) {
            try {
                if (!(r instanceof AltResult) || (x = ((AltResult) r).ex) == null) {
                    internalComplete(r);
                } else {
                    if (c != null && !c.claim()) return false;
                    // @pad



















                    completeValue(f.apply(x)); // @line 990
                }
            } catch (Throwable ex) {
                // @pad
                completeThrowable(ex); // @line 994
            }
        }
        return true;
    }

    // @pad
    private CompletableFuture<T> uniExceptionallyStage(Executor e, Function<Throwable, ? extends T> f) {
        if (f == null) throw new NullPointerException();
        CompletableFuture<T> d = newIncompleteFuture();
        Object r = result;
        if (r == null) {
            unipush(new UniExceptionally<T>(e, d, this, f));
        } else if (e == null) {
            d.uniExceptionally(r, f, null); // @line 1008
        } else {
            try {
                e.execute(new UniExceptionally<T>(null, d, this, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class UniComposeExceptionally<T> extends UniCompletion<T, T> {
        Function<Throwable, ? extends CompletionStage<T>> fn;

        UniComposeExceptionally(Executor e, CompletableFuture<T> d, CompletableFuture<T> a,
                Function<Throwable, ? extends CompletionStage<T>> fn) {
            super(e, d, a);
            this.fn = fn;
        }

        CompletableFuture<T> tryFire(int mode) {
            CompletableFuture<T> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null) return null;
            if (d.result == null) {
                Throwable x;
                if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                    try {
                        if (mode <= 0 && !claim()) return null;
                        CompletableFuture<T> g = fn.apply(x).toCompletableFuture();
                        Object s = g.result;
                        if (s != null) {
                            d.completeRelay(s);
                        } else {
                            g.unipush(new UniRelay<T, T>(d, g));
                            if (d.result == null) return null;
                        }
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                } else {
                    d.internalComplete(r);
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    private CompletableFuture<T> uniComposeExceptionallyStage(Executor e,
            Function<Throwable, ? extends CompletionStage<T>> f) {
        if (f == null) throw new NullPointerException();
        CompletableFuture<T> d = newIncompleteFuture();
        Object r = result;
        Throwable x;
        if (r == null) {
            unipush(new UniComposeExceptionally<T>(e, d, this, f));
        } else if (!(r instanceof AltResult) || (x = ((AltResult) r).ex) == null) {
            d.internalComplete(r);
        } else {
            try {
                if (e != null) {
                    e.execute(new UniComposeExceptionally<T>(null, d, this, f));
                } else {
                    CompletableFuture<T> g = f.apply(x).toCompletableFuture();
                    Object s = g.result;
                    if (s != null) d.result = encodeRelay(s);
                    else g.unipush(new UniRelay<T, T>(d, g));
                }
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class UniCompose<T, V> extends UniCompletion<T, V> {
        Function<? super T, ? extends CompletionStage<V>> fn;

        UniCompose(Executor e, CompletableFuture<V> d, CompletableFuture<T> a,
                Function<? super T, ? extends CompletionStage<V>> fn) {
            super(e, d, a);
            this.fn = fn;
        }

        @SuppressWarnings("unchecked")
        CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d = dep;
            CompletableFuture<T> a = src;
            Object r;
            if (d == null || a == null || (r = a.result) == null) return null;
            if (d.result == null) {
                Throwable x;
                if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                    d.completeThrowable(x, r);
                } else {
                    try {
                        if (mode <= 0 && !claim()) return null;
                        T t = r instanceof AltResult ? null : (T) r;
                        CompletableFuture<V> g = fn.apply(t).toCompletableFuture();
                        Object s = g.result;
                        if (s != null) {
                            d.completeRelay(s);
                        } else {
                            g.unipush(new UniRelay<V, V>(d, g));
                            if (d.result == null) return null;
                        }
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    // @pad
    @SuppressWarnings("unchecked")
    private <V> CompletableFuture<V> uniComposeStage(Executor e, Function<? super T, ? extends CompletionStage<V>> f) {
        if (f == null) throw new NullPointerException();
        CompletableFuture<V> d = newIncompleteFuture();
        Object r = result;
        if (r != null && e == null) {
            Throwable x;
            if (r instanceof AltResult) {
                if ((x = ((AltResult) r).ex) != null) {
                    d.result = encodeThrowable(x, r);
                    return d;
                }
                r = null;
            }
            try {
                // @pad








































                CompletableFuture<V> g = f.apply((T) r).toCompletableFuture(); // @line 1187
                Object s = g.result;
                if (s != null) d.result = encodeRelay(s);
                else g.unipush(new UniRelay<V, V>(d, g));
            } catch (Throwable ex) {
                // @pad

                d.result = encodeThrowable(ex); // @line 1194
            }
            return d;
        }
        unipush(new UniCompose<T, V>(e, d, this, f));
        return d;
    }

    /** Pushes c on this and (wrapped) on b, unless one of them is done. */
    final void bipush(CompletableFuture<?> b, BiCompletion<?, ?, ?> c) {
        if (c == null) return;
        if (pushIfIncomplete(c)) {
            if (b.result == null) b.unipush(new CoCompletion(c));
            else if (result != null) c.tryFire(SYNC);
            return;
        }
        b.unipush(c);
    }

    final void orpush(CompletableFuture<?> b, BiCompletion<?, ?, ?> c) {
        if (c == null) return;
        if (!pushIfIncomplete(c)) {
            c.tryFire(SYNC);
            return;
        }
        if (result != null) c.tryFire(SYNC);
        else b.unipush(new CoCompletion(c));
    }

    final synchronized void cleanStack() {
        Completion keep = null, keepTail = null;
        for (Completion p = stack; p != null; ) {
            Completion n = p.next;
            if (p.isLive()) {
                p.next = null;
                if (keepTail == null) keep = p;
                else keepTail.next = p;
                keepTail = p;
            }
            p = n;
        }
        stack = keep;
    }

    // @pad
    @SuppressWarnings("unchecked")
    final boolean biApply(int kind, Object r, Object s, Object fn, BiAct<?, ?, ?> c) {
        if (result == null) {
            Throwable x;
            if (r instanceof AltResult) {
                if ((x = ((AltResult) r).ex) != null) {
                    completeThrowable(x, r);
                    return true;
                }
                r = null;
            }
            if (s instanceof AltResult) {
                if ((x = ((AltResult) s).ex) != null) {
                    completeThrowable(x, s);
                    return true;
                }
                s = null;
            }
            try {
                if (c != null && !c.claim()) return false;
                if (kind == BI_ACCEPT) {
                    ((BiConsumer<Object, Object>) fn).accept(r, s);
                    completeNull();
                    return true;
                }
                if (kind == BI_RUN) {
                    ((Runnable) fn).run();
                    completeNull();
                    return true;
                }
                // @pad









































                completeValue(((BiFunction<Object, Object, ? extends T>) fn).apply(r, s)); // @line 1311
            } catch (Throwable ex) {
                completeThrowable(ex); // @line 1313
            }
        }
        return true;
    }

    // @pad

    private <U, V> CompletableFuture<V> biApplyStage(int kind, Executor e, CompletionStage<U> o, Object f) {
        if (f == null || o == null) throw new NullPointerException();
        CompletableFuture<U> b = o.toCompletableFuture();
        CompletableFuture<V> d = newIncompleteFuture();
        Object r = result, s = b.result;
        if (r == null || s == null) {
            bipush(b, new BiAct<T, U, V>(kind, e, d, this, b, f));
        } else if (e == null) {
            d.biApply(kind, r, s, f, null); // @line 1329
        } else {
            try {
                e.execute(new BiAct<T, U, V>(kind, null, d, this, b, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class BiAct<T, U, V> extends BiCompletion<T, U, V> {
        final int kind;
        Object fn;

        BiAct(int kind, Executor e, CompletableFuture<V> d, CompletableFuture<T> a, CompletableFuture<U> b,
                Object fn) {
            super(e, d, a, b);
            this.kind = kind;
            this.fn = fn;
        }

        CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d = dep;
            CompletableFuture<T> a = src;
            CompletableFuture<U> b = snd;
            if (d == null || a == null || b == null) return null;
            if (kind >= OR_APPLY) {
                Object r = a.result;
                if (r == null) r = b.result;
                if (r == null) return null;
                if (d.result == null) {
                    try {
                        if (mode <= 0 && !claim()) return null;
                        Throwable x;
                        if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                            d.completeThrowable(x, r);
                        } else {
                            d.runEither(kind, fn, r instanceof AltResult ? null : r);
                        }
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                }
            } else {
                Object r = a.result, s = b.result;
                if (r == null || s == null) return null;
                if (kind == BI_RELAY) {
                    d.biRelay(r, s);
                } else if (!d.biApply(kind, r, s, fn, mode > 0 ? null : this)) {
                    return null;
                }
            }
            src = null;
            snd = null;
            dep = null;
            fn = null;
            return d.postFire(a, b, mode);
        }
    }

    @SuppressWarnings("unchecked")
    final void runEither(int kind, Object fn, Object t) {
        if (kind == OR_APPLY) {
            completeValue(((Function<Object, ? extends T>) fn).apply(t));
        } else if (kind == OR_ACCEPT) {
            ((Consumer<Object>) fn).accept(t);
            completeNull();
        } else {
            ((Runnable) fn).run();
            completeNull();
        }
    }

    final void biRelay(Object r, Object s) {
        if (result == null) {
            Throwable x;
            if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) completeThrowable(x, r);
            else if (s instanceof AltResult && (x = ((AltResult) s).ex) != null) completeThrowable(x, s);
            else completeNull();
        }
    }

    @SuppressWarnings("unchecked")
    private <U extends T, V> CompletableFuture<V> orStage(int kind, Executor e, CompletionStage<U> o, Object f) {
        if (f == null || o == null) throw new NullPointerException();
        CompletableFuture<U> b = o.toCompletableFuture();
        Object r;
        CompletableFuture<? extends T> z;
        if ((r = (z = this).result) != null || (r = (z = b).result) != null) {
            CompletableFuture<T> zz = (CompletableFuture<T>) z;
            if (kind == OR_APPLY) return zz.uniApplyStage(e, (Function<? super T, ? extends V>) f);
            if (kind == OR_ACCEPT) return (CompletableFuture<V>) zz.uniAcceptStage(e, (Consumer<? super T>) f);
            return (CompletableFuture<V>) zz.uniRunStage(e, (Runnable) f);
        }
        CompletableFuture<V> d = newIncompleteFuture();
        orpush(b, new BiAct<T, U, V>(kind, e, d, this, b, f));
        return d;
    }

    static final class AnyOf extends Completion {
        CompletableFuture<Object> dep;
        CompletableFuture<?> src;
        CompletableFuture<?>[] srcs;

        AnyOf(CompletableFuture<Object> dep, CompletableFuture<?> src, CompletableFuture<?>[] srcs) {
            this.dep = dep;
            this.src = src;
            this.srcs = srcs;
        }

        CompletableFuture<Object> tryFire(int mode) {
            CompletableFuture<Object> d = dep;
            CompletableFuture<?> a = src;
            Object r;
            CompletableFuture<?>[] as = srcs;
            if (d == null || a == null || (r = a.result) == null || as == null) return null;
            src = null;
            dep = null;
            srcs = null;
            if (d.completeRelay(r)) {
                for (CompletableFuture<?> b : as) if (b != a) b.cleanStack();
                if (mode < 0) return d;
                d.postComplete();
            }
            return null;
        }

        boolean isLive() {
            CompletableFuture<Object> d = dep;
            return d != null && d.result == null;
        }
    }

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        return andTree(cfs, 0, cfs.length - 1);
    }

    /** Completes when all of cfs[lo..hi] are done (a balanced tree of relays). */
    static CompletableFuture<Void> andTree(CompletableFuture<?>[] cfs, int lo, int hi) {
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        if (lo > hi) {
            d.result = NIL;
        } else {
            int mid = (lo + hi) >>> 1;
            CompletableFuture<?> a = (lo == mid) ? cfs[lo] : andTree(cfs, lo, mid);
            CompletableFuture<?> b = (lo == hi) ? a : (hi == mid + 1) ? cfs[hi] : andTree(cfs, mid + 1, hi);
            if (a == null || b == null) throw new NullPointerException();
            Object r = a.result, s = b.result;
            if (r != null && s != null) {
                d.biRelay(r, s);
            } else {
                BiAct<Object, Object, Void> c = new BiAct<>(BI_RELAY, null, d, cast(a), cast(b), null);
                a.bipush(b, c);
                c.tryFire(SYNC);
            }
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    private static <X> CompletableFuture<X> cast(CompletableFuture<?> f) {
        return (CompletableFuture<X>) f;
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        int n = cfs.length;
        if (n <= 1) {
            if (n == 0) return new CompletableFuture<Object>();
            CompletableFuture<Object> d = new CompletableFuture<Object>();
            CompletableFuture<Object> a = cast(cfs[0]);
            Object r = a.result;
            if (r != null) d.result = encodeRelay(r);
            else a.unipush(new UniRelay<Object, Object>(d, a));
            return d;
        }
        for (CompletableFuture<?> cf : cfs) {
            Object r = cf.result;
            if (r != null) return new CompletableFuture<Object>(encodeRelay(r));
        }
        cfs = cfs.clone();
        CompletableFuture<Object> d = new CompletableFuture<Object>();
        for (CompletableFuture<?> cf : cfs) cf.unipush(new AnyOf(d, cf, cfs));
        if (d.result != null) {
            for (int i = 0, len = cfs.length; i < len; i++) {
                if (cfs[i].result != null) {
                    for (i++; i < len; i++) if (cfs[i].result == null) cfs[i].cleanStack();
                }
            }
        }
        return d;
    }

    // @pad
    static final class AsyncSupply<T> implements Runnable {
        CompletableFuture<T> dep;
        Supplier<? extends T> fn;

        AsyncSupply(CompletableFuture<T> dep, Supplier<? extends T> fn) {
            this.dep = dep;
            this.fn = fn;
        }

        public void run() {
            CompletableFuture<T> d = dep;
            Supplier<? extends T> f = fn;
            if (d != null && f != null) {
                dep = null;
                fn = null;
                if (d.result == null) {
                    try {
                        // @pad



































































































































































































































                        d.completeValue(f.get()); // @line 1768
                    } catch (Throwable ex) {
                        d.completeThrowable(ex); // @line 1770
                    }
                }
                d.postComplete();
            }
        }
    }

    // @pad
    static final class AsyncRun implements Runnable {
        CompletableFuture<Void> dep;
        Runnable fn;

        AsyncRun(CompletableFuture<Void> dep, Runnable fn) {
            this.dep = dep;
            this.fn = fn;
        }

        public void run() {
            CompletableFuture<Void> d = dep;
            Runnable f = fn;
            if (d != null && f != null) {
                dep = null;
                fn = null;
                if (d.result == null) {
                    try {
                        // @pad







                        f.run(); // @line 1804
                        d.completeNull();
                    } catch (Throwable ex) {
                        d.completeThrowable(ex); // @line 1807
                    }
                }
                d.postComplete();
            }
        }
    }

    // ------------------------------------------------------------ public API

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return asyncSupplyStage(ASYNC_POOL, supplier);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        return asyncSupplyStage(screenExecutor(executor), supplier);
    }

    static <U> CompletableFuture<U> asyncSupplyStage(Executor e, Supplier<U> f) {
        if (f == null) throw new NullPointerException();
        CompletableFuture<U> d = new CompletableFuture<U>();
        e.execute(new AsyncSupply<U>(d, f));
        return d;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return asyncRunStage(ASYNC_POOL, runnable);
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        return asyncRunStage(screenExecutor(executor), runnable);
    }

    static CompletableFuture<Void> asyncRunStage(Executor e, Runnable f) {
        if (f == null) throw new NullPointerException();
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        e.execute(new AsyncRun(d, f));
        return d;
    }

    public static <U> CompletableFuture<U> completedFuture(U value) {
        return new CompletableFuture<U>(value == null ? NIL : value);
    }

    public static <U> CompletionStage<U> completedStage(U value) {
        return completedFuture(value);
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        if (ex == null) throw new NullPointerException();
        return new CompletableFuture<U>(new AltResult(ex));
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        return failedFuture(ex);
    }

    public boolean isDone() {
        return result != null;
    }

    /** Waits for the result; interruptible waits throw, others re-assert the interrupt. */
    private Object waitingGet(boolean interruptible) throws InterruptedException {
        Object r = result;
        if (r != null) return r;
        boolean interrupted = false;
        synchronized (this) {
            waiters++;
            try {
                while ((r = result) == null) {
                    try {
                        wait();
                    } catch (InterruptedException ie) {
                        if (interruptible) throw ie;
                        interrupted = true;
                    }
                }
            } finally {
                waiters--;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return r;
    }

    private Object timedGet(long nanos) throws InterruptedException, TimeoutException {
        Object r = result;
        if (r != null) return r;
        if (Thread.interrupted()) throw new InterruptedException();
        synchronized (this) {
            waiters++;
            try {
                while ((r = result) == null) {
                    if (nanos <= 0) throw new TimeoutException();
                    nanos = CU.awaitNanos(this, nanos);
                }
            } finally {
                waiters--;
            }
        }
        return r;
    }

    // @pad

































































































































































    public T get() throws InterruptedException, ExecutionException {
        return reportGet(waitingGet(true)); // @line 2073
    }

    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return reportGet(timedGet(unit.toNanos(timeout)));
    }

    // @pad



































    public T join() {
        try {
            return reportJoin(waitingGet(false)); // @line 2118
        } catch (InterruptedException cannotHappen) {
            throw new CompletionException(cannotHappen);
        }
    }

    public T getNow(T valueIfAbsent) {
        Object r = result;
        return r == null ? valueIfAbsent : reportJoin(r);
    }

    @SuppressWarnings("unchecked")
    public T resultNow() {
        Object r = result;
        if (r == null) throw new IllegalStateException("Task has not completed");
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) return null;
            if (x instanceof CancellationException) throw new IllegalStateException("Task was cancelled");
            throw new IllegalStateException("Task completed with exception");
        }
        return (T) r;
    }

    // @pad


    public boolean complete(T value) {
        boolean triggered = completeValue(value);
        postComplete(); // @line 2147
        return triggered;
    }

    // @pad







    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) throw new NullPointerException();
        boolean triggered = internalComplete(new AltResult(ex));
        postComplete(); // @line 2162
        return triggered;
    }

    // @pad
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return uniApplyStage(null, fn); // @line 2168
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return uniApplyStage(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return uniApplyStage(screenExecutor(executor), fn);
    }

    // @pad

    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return uniAcceptStage(null, action); // @line 2182
    }

    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return uniAcceptStage(defaultExecutor(), action);
    }

    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return uniAcceptStage(screenExecutor(executor), action);
    }

    // @pad
    public CompletableFuture<Void> thenRun(Runnable action) {
        return uniRunStage(null, action); // @line 2195
    }

    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return uniRunStage(defaultExecutor(), action);
    }

    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return uniRunStage(screenExecutor(executor), action);
    }

    // @pad

    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApplyStage(BI_APPLY, null, other, fn); // @line 2210
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApplyStage(BI_APPLY, defaultExecutor(), other, fn);
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return biApplyStage(BI_APPLY, screenExecutor(executor), other, fn);
    }

    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return biApplyStage(BI_ACCEPT, null, other, action);
    }

    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return biApplyStage(BI_ACCEPT, defaultExecutor(), other, action);
    }

    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action, Executor executor) {
        return biApplyStage(BI_ACCEPT, screenExecutor(executor), other, action);
    }

    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        return biApplyStage(BI_RUN, null, other, action);
    }

    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
        return biApplyStage(BI_RUN, defaultExecutor(), other, action);
    }

    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return biApplyStage(BI_RUN, screenExecutor(executor), other, action);
    }

    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orStage(OR_APPLY, null, other, fn);
    }

    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orStage(OR_APPLY, defaultExecutor(), other, fn);
    }

    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn,
            Executor executor) {
        return orStage(OR_APPLY, screenExecutor(executor), other, fn);
    }

    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return orStage(OR_ACCEPT, null, other, action);
    }

    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return orStage(OR_ACCEPT, defaultExecutor(), other, action);
    }

    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action,
            Executor executor) {
        return orStage(OR_ACCEPT, screenExecutor(executor), other, action);
    }

    @SuppressWarnings("unchecked")
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return orStage(OR_RUN, null, (CompletionStage<? extends T>) other, action);
    }

    @SuppressWarnings("unchecked")
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return orStage(OR_RUN, defaultExecutor(), (CompletionStage<? extends T>) other, action);
    }

    @SuppressWarnings("unchecked")
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return orStage(OR_RUN, screenExecutor(executor), (CompletionStage<? extends T>) other, action);
    }

    // @pad
















    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniComposeStage(null, fn); // @line 2309
    }

    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniComposeStage(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn,
            Executor executor) {
        return uniComposeStage(screenExecutor(executor), fn);
    }

    // @pad


    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenCompleteStage(null, action); // @line 2325
    }

    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenCompleteStage(defaultExecutor(), action);
    }

    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor) {
        return uniWhenCompleteStage(screenExecutor(executor), action);
    }

    // @pad


    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandleStage(null, fn); // @line 2340
    }

    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandleStage(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return uniHandleStage(screenExecutor(executor), fn);
    }

    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    // @pad







    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return uniExceptionallyStage(null, fn); // @line 2364
    }

    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return uniExceptionallyStage(defaultExecutor(), fn);
    }

    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn, Executor executor) {
        return uniExceptionallyStage(screenExecutor(executor), fn);
    }

    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uniComposeExceptionallyStage(null, fn);
    }

    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uniComposeExceptionallyStage(defaultExecutor(), fn);
    }

    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn,
            Executor executor) {
        return uniComposeExceptionallyStage(screenExecutor(executor), fn);
    }

    // @pad
























































































    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = result == null && internalComplete(new AltResult(new CancellationException())); // @line 2478
        postComplete();
        return cancelled || isCancelled();
    }

    public boolean isCancelled() {
        Object r = result;
        return r instanceof AltResult && ((AltResult) r).ex instanceof CancellationException;
    }

    public boolean isCompletedExceptionally() {
        Object r = result;
        return r instanceof AltResult && r != NIL;
    }

    public void obtrudeValue(T value) {
        synchronized (this) {
            result = value == null ? NIL : value;
            if (waiters > 0) notifyAll();
        }
        postComplete();
    }

    public void obtrudeException(Throwable ex) {
        if (ex == null) throw new NullPointerException();
        synchronized (this) {
            result = new AltResult(ex);
            if (waiters > 0) notifyAll();
        }
        postComplete();
    }

    public int getNumberOfDependents() {
        int count = 0;
        for (Completion p = stack; p != null; p = p.next) ++count;
        return count;
    }

    public String toString() {
        Object r = result;
        int count = getNumberOfDependents();
        String s;
        if (r == null) s = count == 0 ? "[Not completed]" : "[Not completed, " + count + " dependents]";
        else if (r instanceof AltResult && ((AltResult) r).ex != null) s = "[Completed exceptionally: " + ((AltResult) r).ex + "]";
        else s = "[Completed normally]";
        return super.toString() + s;
    }

    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<U>();
    }

    public Executor defaultExecutor() {
        return ASYNC_POOL;
    }

    public CompletableFuture<T> copy() {
        CompletableFuture<T> d = newIncompleteFuture();
        Object r = result;
        if (r != null) d.result = encodeRelay(r);
        else unipush(new UniRelay<T, T>(d, this));
        return d;
    }

    public CompletionStage<T> minimalCompletionStage() {
        return copy();
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        if (supplier == null || executor == null) throw new NullPointerException();
        executor.execute(new AsyncSupply<T>(this, supplier));
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        return completeAsync(supplier, defaultExecutor());
    }

    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        if (unit == null) throw new NullPointerException();
        if (result == null) {
            ScheduledFuture<?> f = Delayer.delay(() -> {
                if (!isDone()) completeExceptionally(new TimeoutException());
            }, timeout, unit);
            whenComplete((ignore, ex) -> {
                if (ex == null && !f.isDone()) f.cancel(false);
            });
        }
        return this;
    }

    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        if (unit == null) throw new NullPointerException();
        if (result == null) {
            ScheduledFuture<?> f = Delayer.delay(() -> complete(value), timeout, unit);
            whenComplete((ignore, ex) -> {
                if (ex == null && !f.isDone()) f.cancel(false);
            });
        }
        return this;
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
        if (unit == null || executor == null) throw new NullPointerException();
        return r -> {
            if (r == null) throw new NullPointerException();
            Delayer.delay(() -> executor.execute(r), delay, unit);
        };
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit) {
        return delayedExecutor(delay, unit, ASYNC_POOL);
    }

    /** One daemon thread ("CompletableFutureDelayScheduler") for timeouts and delays. */
    static final class Delayer {
        static ScheduledFuture<?> delay(Runnable command, long delay, TimeUnit unit) {
            return delayer.schedule(command, delay, unit);
        }

        static final ScheduledThreadPoolExecutor delayer;

        static {
            delayer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r);
                t.setDaemon(true);
                t.setName("CompletableFutureDelayScheduler");
                return t;
            });
            delayer.setRemoveOnCancelPolicy(true);
        }
    }
}
