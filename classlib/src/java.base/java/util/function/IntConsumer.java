package java.util.function;

@FunctionalInterface
public interface IntConsumer {
    void accept(int v);

    default IntConsumer andThen(IntConsumer after) {
        java.util.Objects.requireNonNull(after);
        return v -> {
            accept(v);
            after.accept(v);
        };
    }
}
