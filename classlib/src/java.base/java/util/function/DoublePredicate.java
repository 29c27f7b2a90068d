package java.util.function;

@FunctionalInterface
public interface DoublePredicate {
    boolean test(double v);

    default DoublePredicate and(DoublePredicate o) {
        java.util.Objects.requireNonNull(o);
        return v -> test(v) && o.test(v);
    }

    default DoublePredicate or(DoublePredicate o) {
        java.util.Objects.requireNonNull(o);
        return v -> test(v) || o.test(v);
    }

    default DoublePredicate negate() {
        return v -> !test(v);
    }
}
