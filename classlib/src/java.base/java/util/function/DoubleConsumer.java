package java.util.function;

@FunctionalInterface
public interface DoubleConsumer {
    void accept(double v);

    default DoubleConsumer andThen(DoubleConsumer after) {
        java.util.Objects.requireNonNull(after);
        return v -> {
            accept(v);
            after.accept(v);
        };
    }
}
