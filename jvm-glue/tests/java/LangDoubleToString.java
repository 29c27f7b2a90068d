import java.util.Random;

// Double.toString / Float.toString of random bit patterns and edge values (JDK 17 FloatingDecimal output).
public class LangDoubleToString {
    static void d(double x) {
        System.out.println(Long.toHexString(Double.doubleToRawLongBits(x)) + " " + Double.toString(x));
    }

    static void f(float x) {
        System.out.println(Integer.toHexString(Float.floatToRawIntBits(x)) + " " + Float.toString(x));
    }

    static final double[] P10 = new double[40];

    public static void main(String[] a) {
        for (int i = 0; i < 40; i++) P10[i] = Double.parseDouble("1e" + (i - 20));
        double[] ed = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.MIN_NORMAL, 1e7, 9999999.999999998, 1e7 + 1, 1e-3, 0.000999999999999999, 1e-4,
            1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1e21, 1e22, 1e23, 2e23, 1e-5, 123456789012345678.0,
            4.35, 0.001, 1234567.0, 12345678.0, 2.2250738585072014E-308, 4.9e-324 * 3, 1.7976931348623157e308 / 3,
            Math.PI, Math.E, 5e-324, 1e-323, 9007199254740992.0, 9007199254740993.0, 1.0E-322, 2.0E-3, 3.0e10};
        for (double x : ed) d(x);
        for (int e = -325; e <= 309; e++) {
            d(Double.parseDouble("1e" + e));
            d(Double.parseDouble("3e" + e));
        }
        float[] ef = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
            Float.MAX_VALUE, Float.MIN_NORMAL, 1e7f, 1e-3f, 0.1f, 0.2f, 0.3f, 1f / 3, 100f, 1.0E10f, 16777216f,
            16777217f, 3.4e38f, 1.17549435E-38f, 9999999f, 0.001f, 1.1f, 2.2f, 3.3f};
        for (float x : ef) f(x);
        for (int e = -46; e <= 39; e++) {
            f(Float.parseFloat("1e" + e));
            f(Float.parseFloat("7e" + e));
        }
        for (int i = 0; i < 64; i++) d((double) (1L << i) + 0.5);
        for (int i = 0; i < 64; i++) d((double) (1L << i));
        for (int i = 0; i < 64; i++) d((double) (1L << i) * 3);
        Random r = new Random(12345);
        for (int i = 0; i < 10000; i++) d(Double.longBitsToDouble(r.nextLong()));
        for (int i = 0; i < 10000; i++) f(Float.intBitsToFloat(r.nextInt()));
        for (int i = 0; i < 400; i++) d(r.nextDouble() * P10[r.nextInt(40)]);
        for (int i = 0; i < 400; i++) d((double) r.nextInt(100000000) / 1000);
        for (int i = 0; i < 400; i++) f((float) r.nextInt(1000000) / 100);
        for (int i = 0; i < 400; i++) f(r.nextFloat() * (float) P10[r.nextInt(20) + 10]);
    }
}
