package java.lang.invoke;

/** Only a type for javac: the VM serves invokedynamic with its own bootstraps. */
public final class MethodHandles {
    private MethodHandles() {}

    public static final class Lookup {
        private Lookup() {}
    }
}
