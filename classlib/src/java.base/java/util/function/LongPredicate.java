package java.util.function;

@FunctionalInterface
public interface LongPredicate {
    boolean test(long v);

    default LongPredicate and(LongPredicate o) {
        java.util.Objects.requireNonNull(o);
        return v -> test(v) && o.test(v);
    }

    default LongPredicate or(LongPredicate o) {
        java.util.Objects.requireNonNull(o);
        return v -> test(v) || o.test(v);
    }

    default LongPredicate negate() {
        return v -> !test(v);
    }
}
