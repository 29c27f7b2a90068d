package java.util.function;

@FunctionalInterface
public interface IntPredicate {
    boolean test(int v);

    default IntPredicate and(IntPredicate o) {
        java.util.Objects.requireNonNull(o);
        return v -> test(v) && o.test(v);
    }

    default IntPredicate or(IntPredicate o) {
        java.util.Objects.requireNonNull(o);
        return v -> test(v) || o.test(v);
    }

    default IntPredicate negate() {
        return v -> !test(v);
    }
}
