package java.util.function;

@FunctionalInterface
public interface Predicate<T> {
    boolean test(T t);

    default Predicate<T> and(Predicate<? super T> o) {
        java.util.Objects.requireNonNull(o);
        return t -> test(t) && o.test(t);
    }

    default Predicate<T> or(Predicate<? super T> o) {
        java.util.Objects.requireNonNull(o);
        return t -> test(t) || o.test(t);
    }

    default Predicate<T> negate() {
        return t -> !test(t);
    }

    static <T> Predicate<T> isEqual(Object target) {
        return target == null ? t -> t == null : t -> target.equals(t);
    }

    @SuppressWarnings("unchecked")
    static <T> Predicate<T> not(Predicate<? super T> target) {
        java.util.Objects.requireNonNull(target);
        return (Predicate<T>) target.negate();
    }
}
