// NaN payloads and signs through StrictMath and the Math methods that delegate to it: quiet/signaling NaNs
// of both signs as every operand, raw result bits.
public class LangStrictMathNaN {
    interface F1 { double f(double x); }
    interface F2 { double f(double x, double y); }

    public static void main(String[] args) {
        double[] nans = {Double.longBitsToDouble(0x7ff8000000000000L), Double.longBitsToDouble(0xfff8000000000000L),
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff4000000abcdefL),
            Double.longBitsToDouble(0x7ffc0000deadbeefL), Double.longBitsToDouble(0xfff3b75a1b5ac100L)};
        String[] n1 = {"sin", "cos", "tan", "asin", "acos", "atan", "exp", "expm1", "log", "log10", "log1p", "sinh", "cosh", "tanh", "cbrt", "sqrt",
            "Math.asin", "Math.cbrt", "Math.sinh", "Math.expm1"};
        F1[] f1 = {StrictMath::sin, StrictMath::cos, StrictMath::tan, StrictMath::asin, StrictMath::acos, StrictMath::atan, StrictMath::exp,
            StrictMath::expm1, StrictMath::log, StrictMath::log10, StrictMath::log1p, StrictMath::sinh, StrictMath::cosh, StrictMath::tanh,
            StrictMath::cbrt, StrictMath::sqrt, Math::asin, Math::cbrt, Math::sinh, Math::expm1};
        for (int k = 0; k < f1.length; k++) {
            StringBuilder sb = new StringBuilder(n1[k]);
            for (double x : nans) sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(f1[k].f(x))));
            System.out.println(sb);
        }
        String[] n2 = {"atan2", "hypot", "pow", "IEEEremainder", "Math.atan2", "Math.hypot"};
        F2[] f2 = {StrictMath::atan2, StrictMath::hypot, StrictMath::pow, StrictMath::IEEEremainder, Math::atan2, Math::hypot};
        double[] others = {1.0, -0.0, Double.POSITIVE_INFINITY, 2.5};
        for (int k = 0; k < f2.length; k++) {
            StringBuilder sb = new StringBuilder(n2[k]);
            for (double x : nans) {
                for (double y : others) {
                    sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(f2[k].f(x, y))));
                    sb.append('/').append(Long.toHexString(Double.doubleToRawLongBits(f2[k].f(y, x))));
                }
                sb.append('|').append(Long.toHexString(Double.doubleToRawLongBits(f2[k].f(x, nans[2]))));
            }
            System.out.println(sb);
        }
    }
}
