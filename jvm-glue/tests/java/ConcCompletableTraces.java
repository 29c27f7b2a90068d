import java.util.concurrent.*;
public class ConcCompletableTraces {
  static void t(String w, Runnable r) { try { r.run(); } catch (Exception e) { System.out.println("== " + w); e.printStackTrace(System.out); } }
  public static void main(String[] a) throws Exception {
    t("supplyAsync", () -> CompletableFuture.supplyAsync(() -> { if (a.length == 0) throw new IllegalStateException("s"); return 1; }).join());
    t("runAsync", () -> CompletableFuture.runAsync(() -> { if (a.length == 0) throw new IllegalStateException("r"); }).join());
    t("thenApplyNow", () -> CompletableFuture.completedFuture(1).thenApply(v -> v / 0).join());
    t("thenAcceptNow", () -> CompletableFuture.completedFuture(1).thenAccept(v -> { throw new IllegalStateException("acc"); }).join());
    t("thenRunNow", () -> CompletableFuture.completedFuture(1).thenRun(() -> { throw new IllegalStateException("run"); }).join());
    t("handleNow", () -> CompletableFuture.completedFuture(1).handle((v, e) -> { throw new IllegalStateException("h"); }).join());
    t("whenNow", () -> CompletableFuture.completedFuture(1).whenComplete((v, e) -> { throw new IllegalStateException("w"); }).join());
    t("composeNow", () -> CompletableFuture.completedFuture(1).thenCompose(v -> { throw new IllegalStateException("c"); }).join());
    t("combineNow", () -> CompletableFuture.completedFuture(1).thenCombine(CompletableFuture.completedFuture(2), (x, y) -> { throw new IllegalStateException("cb"); }).join());
    t("exceptionallyNow", () -> CompletableFuture.failedFuture(new Error("f")).exceptionally(e -> { throw new IllegalStateException("ex"); }).join());
    t("failedFutureJoin", () -> CompletableFuture.failedFuture(new IllegalStateException("ff")).join());
    t("dependentOfFailed", () -> CompletableFuture.failedFuture(new IllegalStateException("ff2")).thenApply(x -> x).join());
    t("pendingThenApply", () -> { CompletableFuture<Integer> f = new CompletableFuture<>(); CompletableFuture<Integer> g = f.thenApply(v -> v / 0); f.complete(1); g.join(); });
    t("pendingFailedDep", () -> { CompletableFuture<Integer> f = new CompletableFuture<>(); CompletableFuture<Integer> g = f.thenApply(v -> v); f.completeExceptionally(new IllegalStateException("pf")); g.join(); });
    try { CompletableFuture.completedFuture(1).thenApply(v -> v / 0).get(); } catch (ExecutionException e) { System.out.println("== get"); e.printStackTrace(System.out); }
    t("cancel", () -> { CompletableFuture<Integer> f = new CompletableFuture<>(); f.cancel(true); f.join(); });
  }
}
