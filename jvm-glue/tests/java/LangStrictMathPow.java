import java.util.Random;

// StrictMath.pow over a grid of special bases/exponents (signed zeros, infinities, NaN, +-1, odd/even integers,
// near-overflow) and random inputs; raw result bits must equal fdlibm's.
public class LangStrictMathPow {
    public static void main(String[] args) {
        double[] v = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e-300, 1e300, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1.0000001, 0.9999999, 1023.5, 1024.0, -1075.0, 9007199254740993.0,
            4503599627370497.0, 0.1, 10.0, 2147483649.0, 1e10, 1e20};
        for (double x : v) {
            StringBuilder sb = new StringBuilder();
            for (double y : v) sb.append(Long.toHexString(Double.doubleToRawLongBits(StrictMath.pow(x, y)))).append(' ');
            System.out.println(sb);
        }
        Random r = new Random(99);
        long h = 0;
        for (int i = 0; i < 6000; i++) {
            double x = i % 3 == 0 ? r.nextDouble() * 10 : Math.scalb(r.nextDouble(), r.nextInt(200) - 100);
            double y = i % 2 == 0 ? r.nextDouble() * 40 - 20 : (double) (r.nextInt(200) - 100);
            if (i % 5 == 0) x = -x;
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.pow(x, y));
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.pow(1 + x * 1e-9, y * 1e8));
        }
        System.out.println("hash " + h);
    }
}
