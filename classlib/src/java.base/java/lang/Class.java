package java.lang;

/** A class mirror; the VM creates one per loaded class and fills in `name`. */
public final class Class<T> {
    private String name;
    private transient int vmIndex;

    private Class() {}

    public String getName() {
        return name;
    }

    public native String getSimpleName();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native Class<? super T> getSuperclass();

    public native Class<?> getComponentType();

    public boolean isEnum() {
        return getSuperclass() == Enum.class && !isInterface();
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class;
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + name);
        }
        return (T) obj;
    }

    public boolean desiredAssertionStatus() {
        return false;
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) c = c.getComponentType();
        if (c.isPrimitive()) return "java.lang";
        String n = c.getName();
        int i = n.lastIndexOf('.');
        return i < 0 ? "" : n.substring(0, i);
    }

    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        Object[] v = enumConstants();
        return v == null ? null : (T[]) v.clone();
    }

    native Object[] enumConstants();

    /** The enum constants (named after HotSpot's method so null receivers read the same). */
    Object[] enumConstantDirectory() {
        return enumConstants();
    }

    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + name;
    }

    static native Class<?> getPrimitiveClass(String name);
}
