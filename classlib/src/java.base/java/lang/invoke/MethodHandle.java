package java.lang.invoke;

/** Only a type for javac: the VM serves invokedynamic with its own bootstraps. */
public abstract class MethodHandle {
    MethodHandle() {}
}
