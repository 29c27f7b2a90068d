import java.util.Random;

// StrictMath sin/cos/tan/asin/acos/atan/atan2 near multiples of pi/2, for huge arguments (Payne-Hanek path)
// and tiny ones, printing raw result bits.
public class LangStrictMathTrig {
    static String b(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    public static void main(String[] args) {
        Random r = new Random(3);
        StringBuilder sb = new StringBuilder();
        for (int k = -40; k <= 40; k++) {
            double x = k * (Math.PI / 2);
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x), x + 1e-9}) {
                sb.append(b(StrictMath.sin(y))).append(' ').append(b(StrictMath.cos(y))).append(' ').append(b(StrictMath.tan(y))).append(' ');
            }
            System.out.println(sb);
            sb.setLength(0);
        }
        long h = 0;
        for (int i = 0; i < 1500; i++) {
            double x = Math.scalb(1.0 + r.nextDouble(), r.nextInt(2000) - 1000) * (r.nextBoolean() ? 1 : -1);
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.sin(x));
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.cos(x));
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.tan(x));
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.atan(x));
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.atan2(x, r.nextDouble() - 0.5));
            double u = r.nextDouble() * 2 - 1;
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.asin(u)) + Double.doubleToRawLongBits(StrictMath.acos(u));
            if (i < 20) System.out.println(b(x) + " " + b(StrictMath.sin(x)) + " " + b(StrictMath.cos(x)) + " " + b(StrictMath.tan(x)));
        }
        System.out.println("hash " + h);
        double[] huge = {1e22, 1e300, Double.MAX_VALUE, 2.0e9, 1.0e6 * Math.PI, 6.0e15, 0x1.921fb54442d18p1000};
        for (double x : huge) System.out.println(b(StrictMath.sin(x)) + " " + b(StrictMath.cos(x)) + " " + b(StrictMath.tan(x)) + " " + b(StrictMath.sin(-x)));
        for (double x : new double[] {1.0, -1.0, 0.5, 0.975, -0.975, 1e-20, 0.4375, 0.6875, 1.1875, 2.4375, 1e20}) {
            System.out.println(b(StrictMath.asin(Math.min(1, x))) + " " + b(StrictMath.acos(Math.max(-1, Math.min(1, x)))) + " " + b(StrictMath.atan(x))
                + " " + b(StrictMath.atan2(x, -1)) + " " + b(StrictMath.atan2(-x, 0.0)) + " " + b(StrictMath.atan2(Double.POSITIVE_INFINITY, x)));
        }
    }
}
