package java.lang;

public final class Short extends Number implements Comparable<Short> {
    public static final short MIN_VALUE = -32768;
    public static final short MAX_VALUE = 32767;
    @SuppressWarnings("unchecked")
    public static final Class<Short> TYPE = (Class<Short>) Class.getPrimitiveClass("short");
    private static final Short[] CACHE = new Short[256];
    private final short value;

    @Deprecated
    public Short(short value) {
        this.value = value;
    }

    public static Short valueOf(short s) {
        if (s >= -128 && s <= 127) {
            Short c = CACHE[s + 128];
            if (c == null) CACHE[s + 128] = c = new Short(s);
            return c;
        }
        return new Short(s);
    }

    public static short parseShort(String s) {
        return (short) Long.parseSigned(s, 10, MIN_VALUE, MAX_VALUE);
    }

    public static String toString(short s) {
        return Integer.toString(s);
    }

    public static int compare(short a, short b) {
        return a - b;
    }

    public static int hashCode(short s) {
        return s;
    }

    public int intValue() {
        return value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public short shortValue() {
        return value;
    }

    public int compareTo(Short o) {
        return value - o.value;
    }

    public boolean equals(Object o) {
        return o instanceof Short && ((Short) o).value == value;
    }

    public int hashCode() {
        return value;
    }

    public String toString() {
        return Integer.toString(value);
    }
}
