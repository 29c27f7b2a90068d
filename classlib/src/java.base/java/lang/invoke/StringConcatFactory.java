package java.lang.invoke;

/** Bootstrap signatures javac links against; the VM recognises and serves them itself. */
public final class StringConcatFactory {
    private StringConcatFactory() {}

    public static CallSite makeConcat(MethodHandles.Lookup lookup, String name, MethodType concatType)
            throws StringConcatException {
        throw new UnsupportedOperationException("served by the VM");
    }

    public static CallSite makeConcatWithConstants(MethodHandles.Lookup lookup, String name, MethodType concatType,
            String recipe, Object... constants) throws StringConcatException {
        throw new UnsupportedOperationException("served by the VM");
    }
}
