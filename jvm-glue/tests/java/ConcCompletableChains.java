import java.util.*;
import java.util.concurrent.*;

public class ConcCompletableChains {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H");
    }

    public static void main(String[] args) throws Exception {
        // dependents run most-recent-first, nested ones as in HotSpot
        CompletableFuture<Integer> root = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        CompletableFuture<Integer> a = root.thenApply(v -> {
            log.append("A").append(v).append(' ');
            return v + 1;
        });
        root.thenAccept(v -> log.append("B").append(v).append(' '));
        a.thenAccept(v -> log.append("A1:").append(v).append(' '));
        a.thenAccept(v -> log.append("A2:").append(v).append(' '));
        CompletableFuture<Integer> c = root.thenApply(v -> {
            log.append("C ");
            return v * 10;
        });
        c.thenAccept(v -> log.append("C1:").append(v).append(' '));
        c.thenApply(v -> v + 1).thenAccept(v -> log.append("C2:").append(v).append(' '));
        c.thenAccept(v -> log.append("C3:").append(v).append(' '));
        root.thenRun(() -> log.append("D "));
        System.out.println(s(root) + " dependents=" + root.getNumberOfDependents());
        System.out.println("complete " + root.complete(1) + " again " + root.complete(2));
        System.out.println(log.toString().trim());
        System.out.println(s(root) + " " + root.getNow(-1) + " " + a.join() + " " + c.get());
        // already-complete sources run dependents immediately
        CompletableFuture<String> done = CompletableFuture.completedFuture("x");
        System.out.println(done.thenApply(v -> v + "y").thenApply(String::toUpperCase).join());
        System.out.println(done.thenCombine(CompletableFuture.completedFuture(3), (v, n) -> v.repeat(n)).join());
        System.out.println(done.thenCompose(v -> CompletableFuture.completedFuture(v + "!")).join());
        CompletableFuture<String> later = new CompletableFuture<>();
        CompletableFuture<String> composed = done.thenCompose(v -> later);
        System.out.println("composed done? " + composed.isDone());
        later.complete("later");
        System.out.println("composed " + composed.join());
        StringBuilder both = new StringBuilder();
        CompletableFuture<Integer> x = new CompletableFuture<>(), y = new CompletableFuture<>();
        x.thenAcceptBoth(y, (p, q) -> both.append("both ").append(p + q).append(' '));
        x.runAfterBoth(y, () -> both.append("runAfterBoth "));
        x.applyToEither(y, v -> v * 100).thenAccept(v -> both.append("either ").append(v).append(' '));
        x.acceptEither(y, v -> both.append("acceptEither ").append(v).append(' '));
        x.runAfterEither(y, () -> both.append("runAfterEither "));
        y.complete(2);
        both.append("| ");
        x.complete(5);
        System.out.println(both.toString().trim());
        CompletableFuture<Void> all = CompletableFuture.allOf(x, y, done);
        System.out.println("allOf " + all.isDone() + " " + all.join());
        CompletableFuture<Object> any = CompletableFuture.anyOf(new CompletableFuture<>(), y, x);
        System.out.println("anyOf " + any.join());
        System.out.println("empty allOf " + CompletableFuture.allOf().isDone() + " empty anyOf " + CompletableFuture.anyOf().isDone());
        CompletableFuture<Integer> p1 = new CompletableFuture<>(), p2 = new CompletableFuture<>(), p3 = new CompletableFuture<>();
        CompletableFuture<Void> pending = CompletableFuture.allOf(p1, p2, p3);
        CompletableFuture<Object> first = CompletableFuture.anyOf(p1, p2, p3);
        p2.complete(22);
        System.out.println("after p2: all " + pending.isDone() + " any " + first.join());
        p3.complete(33);
        p1.complete(11);
        System.out.println("after all: " + pending.isDone());
        // whenComplete passes the value through; handle replaces it
        System.out.println(done.whenComplete((v, e) -> log.setLength(0)).join() + " " + done.handle((v, e) -> v + "/" + e).join());
        CompletableFuture<String> copy = later.copy();
        System.out.println(copy.join() + " " + " " + later.minimalCompletionStage().toCompletableFuture().join());
        CompletableFuture<String> obt = CompletableFuture.completedFuture("old");
        obt.obtrudeValue("new");
        System.out.println(obt.join() + " " + obt.isCompletedExceptionally());
        List<CompletableFuture<Integer>> chain = new ArrayList<>();
        CompletableFuture<Integer> head = new CompletableFuture<>();
        CompletableFuture<Integer> cur = head;
        for (int i = 0; i < 200; i++) cur = cur.thenApply(v -> v + 1);
        head.complete(0);
        System.out.println("long chain " + cur.join());
        CompletableFuture<String> ca = CompletableFuture.completedStage("stage").toCompletableFuture();
        System.out.println(ca.join() + " " + s(new CompletableFuture<String>()));
    }
}
