package java.util.function;

@FunctionalInterface
public interface LongConsumer {
    void accept(long v);

    default LongConsumer andThen(LongConsumer after) {
        java.util.Objects.requireNonNull(after);
        return v -> {
            accept(v);
            after.accept(v);
        };
    }
}
