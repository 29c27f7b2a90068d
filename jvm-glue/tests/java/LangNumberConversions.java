// Number subclasses: byteValue/shortValue/intValue/longValue/floatValue/doubleValue narrowing for every wrapper
// over edge values (NaN, infinities, out-of-range), and primitive casts d2i/d2l/f2i/l2f/i2f rounding.
public class LangNumberConversions {
    public static void main(String[] args) {
        Number[] ns = {(byte) -128, (short) 32767, 70000, 1L << 40, -1L, 3.99f, -3.99f, Float.NaN, Float.POSITIVE_INFINITY, 1e10f,
            2.5e9, -2.5e9, Double.NaN, Double.NEGATIVE_INFINITY, 1e19, -1e19, 0.5, -0.0, Double.MIN_VALUE, 123456789.987654321,
            Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE};
        for (Number n : ns) {
            System.out.println(n.getClass().getSimpleName() + " " + n + " b=" + n.byteValue() + " s=" + n.shortValue() + " i=" + n.intValue()
                + " l=" + n.longValue() + " f=" + n.floatValue() + " d=" + n.doubleValue());
        }
        long[] ls = {Long.MAX_VALUE, Long.MAX_VALUE - 1, (1L << 53) + 1, (1L << 24) + 1, -((1L << 53) + 3), 9007199254740993L, 0x7fffff7fffffffffL};
        for (long l : ls) System.out.println(l + " " + (float) l + " " + (double) l + " " + (int) l + " " + (short) l + " " + (char) l + 0);
        int[] is = {Integer.MAX_VALUE, (1 << 24) + 1, (1 << 24) + 3, -((1 << 25) + 1), 0x7fffffc0};
        for (int i : is) System.out.println(i + " " + (float) i + " " + (double) i + " " + (long) (float) i + " " + (byte) i);
        double[] ds = {Double.NaN, 1e300, -1e300, 2147483647.9, -2147483648.9, 9.223372036854775807E18, -0.9, 65535.9, 1e-320};
        for (double d : ds) System.out.println(d + " " + (int) d + " " + (long) d + " " + (float) d + " " + (char) d + 0 + " " + (short) d + " " + (byte) d);
    }
}
