import java.util.Random;

// StrictMath exp/expm1/log/log10/log1p/sinh/cosh/tanh/cbrt/hypot near their thresholds (overflow, underflow,
// tiny arguments, subnormals) and on random inputs; raw bits.
public class LangStrictMathExpLog {
    static String b(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    public static void main(String[] args) {
        double[] xs = {709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.4, 710.4758600739439,
            710.475860073944, 22.0, 21.99, 0.34657359027997264, 1.0397207708399179, 56 * 0.6931471805599453, 1e-300, 3.7252902984e-9,
            5.551115123125783e-17, -1.0, -0.9999999999999999, 0.41421356237309503, -0.2928932188134524, 4.9e-324, 2.2250738585072014E-308,
            1e308, 2.0, 10.0, 1000.0, 0.5, 1.0, Math.E, 1e-5};
        for (double x : xs) {
            for (double y : new double[] {x, -x}) {
                System.out.println(b(y) + " exp=" + b(StrictMath.exp(y)) + " expm1=" + b(StrictMath.expm1(y)) + " log=" + b(StrictMath.log(y))
                    + " log10=" + b(StrictMath.log10(y)) + " log1p=" + b(StrictMath.log1p(y)) + " sinh=" + b(StrictMath.sinh(y)) + " cosh="
                    + b(StrictMath.cosh(y)) + " tanh=" + b(StrictMath.tanh(y)) + " cbrt=" + b(StrictMath.cbrt(y)) + " hypot=" + b(StrictMath.hypot(y, 1e-3))
                    + " hypot2=" + b(StrictMath.hypot(y, y * 1e17)));
            }
        }
        Random r = new Random(55);
        long h = 0;
        for (int i = 0; i < 4000; i++) {
            double x = Math.scalb(r.nextDouble() + 0.5, r.nextInt(40) - 30) * (r.nextBoolean() ? 1 : -1);
            double big = Math.scalb(r.nextDouble(), r.nextInt(2046) - 1023);
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.exp(x)) + Double.doubleToRawLongBits(StrictMath.expm1(x));
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.log(big)) + Double.doubleToRawLongBits(StrictMath.log10(big)) + Double.doubleToRawLongBits(StrictMath.log1p(x));
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.sinh(x)) + Double.doubleToRawLongBits(StrictMath.cosh(x)) + Double.doubleToRawLongBits(StrictMath.tanh(x));
            h = h * 31 + Double.doubleToRawLongBits(StrictMath.cbrt(big)) + Double.doubleToRawLongBits(StrictMath.hypot(big, x)) + Double.doubleToRawLongBits(StrictMath.sqrt(big));
        }
        System.out.println("hash " + h);
    }
}
