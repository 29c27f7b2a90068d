import java.util.Random;

// StrictMath transcendental functions must be fdlibm bit for bit: raw result bits for seeded random inputs
// across several magnitudes plus special values.
public class LangStrictMath {
    interface F1 { double f(double x); }
    interface F2 { double f(double x, double y); }

    static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        Math.PI, Math.PI / 2, Math.PI / 4, -Math.PI, 1e-300, 1e300, 710.0, 709.78, -745.2, 1e-8, 3.0, 10.0, 0.7, 1e22, 1e-20};

    static Random r = new Random(2024);

    static double arg(int i) {
        switch (i % 6) {
            case 0: return r.nextDouble() * 2 - 1;
            case 1: return (r.nextDouble() - 0.5) * 20;
            case 2: return (r.nextDouble() - 0.5) * 2000;
            case 3: return Double.longBitsToDouble(r.nextLong());
            case 4: return (r.nextDouble() - 0.5) * 1e-5;
            default: return (r.nextDouble() - 0.5) * 1e9;
        }
    }

    static void run1(String name, F1 f, int n) {
        long h = 0;
        StringBuilder sb = new StringBuilder(name).append(':');
        for (double x : SPECIAL) sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(f.f(x))));
        System.out.println(sb);
        for (int i = 0; i < n; i++) {
            double x = arg(i);
            long b = Double.doubleToRawLongBits(f.f(x));
            if (i < 40) System.out.println(name + " " + Long.toHexString(Double.doubleToRawLongBits(x)) + " " + Long.toHexString(b));
            h = h * 1000003 + b;
        }
        System.out.println(name + " hash " + h);
    }

    static void run2(String name, F2 f, int n) {
        long h = 0;
        StringBuilder sb = new StringBuilder(name).append(':');
        for (double x : SPECIAL) for (int j = 0; j < SPECIAL.length; j += 3) {
            sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(f.f(x, SPECIAL[j]))));
        }
        System.out.println(sb);
        for (int i = 0; i < n; i++) {
            double x = arg(i), y = arg(i / 6 + i);
            long b = Double.doubleToRawLongBits(f.f(x, y));
            if (i < 40) System.out.println(name + " " + Long.toHexString(Double.doubleToRawLongBits(x)) + " " + Long.toHexString(Double.doubleToRawLongBits(y)) + " " + Long.toHexString(b));
            h = h * 1000003 + b;
        }
        System.out.println(name + " hash " + h);
    }

    public static void main(String[] args) {
        int n = 3000;
        run1("sin", StrictMath::sin, n);
        run1("cos", StrictMath::cos, n);
        run1("tan", StrictMath::tan, n);
        run1("asin", StrictMath::asin, n);
        run1("acos", StrictMath::acos, n);
        run1("atan", StrictMath::atan, n);
        run1("exp", StrictMath::exp, n);
        run1("log", StrictMath::log, n);
        run1("log10", StrictMath::log10, n);
        run1("log1p", StrictMath::log1p, n);
        run1("expm1", StrictMath::expm1, n);
        run1("sinh", StrictMath::sinh, n);
        run1("cosh", StrictMath::cosh, n);
        run1("tanh", StrictMath::tanh, n);
        run1("cbrt", StrictMath::cbrt, n);
        run1("sqrt", StrictMath::sqrt, n);
        run2("atan2", StrictMath::atan2, n);
        run2("hypot", StrictMath::hypot, n);
        run2("pow", StrictMath::pow, n);
        run2("IEEEremainder", StrictMath::IEEEremainder, n);
    }
}
