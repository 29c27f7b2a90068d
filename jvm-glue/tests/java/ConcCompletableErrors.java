import java.util.concurrent.*;

public class ConcCompletableErrors {
    static void show(String what, CompletableFuture<?> f) {
        try {
            System.out.println(what + " join = " + f.join());
        } catch (CompletionException | CancellationException e) {
            System.out.println(what + " join threw " + e + " | cause " + e.getCause());
        }
        try {
            System.out.println(what + " get = " + f.get());
        } catch (ExecutionException e) {
            System.out.println(what + " get threw " + e + " | cause " + e.getCause());
        } catch (Exception e) {
            System.out.println(what + " get threw " + e);
        }
        System.out.println(what + " done=" + f.isDone() + " exc=" + f.isCompletedExceptionally() + " cancelled=" + f.isCancelled());
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> direct = new CompletableFuture<>();
        direct.completeExceptionally(new IllegalStateException("direct"));
        show("direct", direct);
        show("dependent", direct.thenApply(v -> v + 1));
        CompletableFuture<Integer> thrown = CompletableFuture.completedFuture(1).thenApply(v -> v / 0);
        show("thrown", thrown);
        show("failed", CompletableFuture.failedFuture(new java.io.IOException("io")));
        CompletableFuture<Integer> c = new CompletableFuture<>();
        System.out.println("cancel " + c.cancel(true) + " again " + c.cancel(false));
        show("cancelled", c);
        show("after cancel", c.thenApply(v -> v));
        StringBuilder log = new StringBuilder();
        direct.exceptionally(e -> {
            log.append("exc1 ").append(e).append('\n');
            return 0;
        });
        direct.thenApply(v -> v).exceptionally(e -> {
            log.append("exc2 ").append(e).append('\n');
            return 0;
        });
        direct.handle((v, e) -> log.append("handle ").append(v).append(' ').append(e).append('\n'));
        direct.whenComplete((v, e) -> log.append("when ").append(e).append('\n')).exceptionally(e -> {
            log.append("exc3 ").append(e).append('\n');
            return 0;
        });
        CompletableFuture.completedFuture(5).whenComplete((v, e) -> {
            throw new IllegalArgumentException("in whenComplete");
        }).exceptionally(e -> {
            log.append("exc4 ").append(e).append('\n');
            return 0;
        });
        direct.whenComplete((v, e) -> {
            throw new IllegalArgumentException("suppressed one");
        }).exceptionally(e -> {
            log.append("exc5 ").append(e).append(" suppressed=").append(e.getCause().getSuppressed().length).append('\n');
            return 0;
        });
        thrown.exceptionally(e -> {
            log.append("exc6 ").append(e.getClass().getSimpleName()).append(" / ").append(e.getCause()).append('\n');
            return -1;
        }).thenAccept(v -> log.append("recovered ").append(v).append('\n'));
        System.out.print(log);
        System.out.println(direct.handle((v, e) -> e.getMessage()).join());
        System.out.println(direct.exceptionallyCompose(e -> CompletableFuture.completedFuture(99)).join());
        System.out.println(CompletableFuture.completedFuture(7).exceptionally(e -> -1).join());
        CompletableFuture<Void> all = CompletableFuture.allOf(CompletableFuture.completedFuture(1), thrown, direct);
        show("allOf", all);
        CompletableFuture<Object> any = CompletableFuture.anyOf(direct, CompletableFuture.completedFuture(2));
        show("anyOf", any);
        CompletableFuture<String> composeThrows = CompletableFuture.completedFuture("x").thenCompose(v -> {
            throw new UnsupportedOperationException("compose fn");
        });
        show("compose", composeThrows);
        CompletableFuture<String> combineFail = CompletableFuture.completedFuture("a").thenCombine(direct, (p, q) -> p + q);
        show("combine", combineFail);
        CompletableFuture<Integer> pending = new CompletableFuture<>();
        try {
            pending.get(10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("get timeout " + e);
        }
        System.out.println("getNow " + pending.getNow(-5));
        try {
            direct.getNow(0);
        } catch (CompletionException e) {
            System.out.println("getNow threw " + e);
        }
        pending.obtrudeException(new Error("obtruded"));
        show("obtruded", pending);
        try {
            new CompletableFuture<String>().completeExceptionally(null);
        } catch (NullPointerException e) {
            System.out.println("completeExceptionally(null) " + e);
        }
        try {
            CompletableFuture.completedFuture(1).thenApply(null);
        } catch (NullPointerException e) {
            System.out.println("thenApply(null) " + e);
        }
    }
}
