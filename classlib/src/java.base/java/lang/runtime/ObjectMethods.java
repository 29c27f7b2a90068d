package java.lang.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.TypeDescriptor;

/** Bootstrap signature javac links against for records; the VM serves it itself. */
public final class ObjectMethods {
    private ObjectMethods() {}

    public static Object bootstrap(MethodHandles.Lookup lookup, String methodName, TypeDescriptor type, Class<?> recordClass,
            String names, MethodHandle... getters) throws Throwable {
        throw new UnsupportedOperationException("served by the VM");
    }
}
