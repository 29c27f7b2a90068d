package java.lang;

public final class Byte extends Number implements Comparable<Byte> {
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    @SuppressWarnings("unchecked")
    public static final Class<Byte> TYPE = (Class<Byte>) Class.getPrimitiveClass("byte");
    private static final Byte[] CACHE = new Byte[256];
    private final byte value;

    @Deprecated
    public Byte(byte value) {
        this.value = value;
    }

    public static Byte valueOf(byte b) {
        Byte c = CACHE[b + 128];
        if (c == null) CACHE[b + 128] = c = new Byte(b);
        return c;
    }

    public static byte parseByte(String s) {
        return (byte) Long.parseSigned(s, 10, MIN_VALUE, MAX_VALUE);
    }

    public static String toString(byte b) {
        return Integer.toString(b);
    }

    public static int compare(byte a, byte b) {
        return a - b;
    }

    public static int hashCode(byte b) {
        return b;
    }

    public static int toUnsignedInt(byte b) {
        return b & 0xff;
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

    public byte byteValue() {
        return value;
    }

    public int compareTo(Byte o) {
        return value - o.value;
    }

    public boolean equals(Object o) {
        return o instanceof Byte && ((Byte) o).value == value;
    }

    public int hashCode() {
        return value;
    }

    public String toString() {
        return Integer.toString(value);
    }
}
