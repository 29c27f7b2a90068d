import java.util.Random;

// Math: abs/max/min (NaN, -0.0), floor/ceil/rint/round, floorDiv/floorMod, *Exact (messages), fma, ulp,
// nextUp/nextDown/nextAfter, copySign, getExponent, scalb, signum, toRadians/toDegrees, sqrt.
// Math functions HotSpot delegates to StrictMath are checked bit for bit on random inputs; the intrinsics
// (sin/cos/tan/exp/log/log10/pow) only where results are exact.
public class LangMathBasics {
    interface R { Object run() throws Exception; }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String b(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    static String b(float f) {
        return Integer.toHexString(Float.floatToRawIntBits(f));
    }

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 4503599627370495.5, 4503599627370497.0, 1e16, -1e16,
            9.223372036854776E18, -9.223372036854776E18, 1e19, 2147483647.5, -2147483648.5, 0.1, 123.456, -123.456, 3.0, 1e-310};
        for (double d : ds) {
            System.out.println(b(d) + " abs=" + b(Math.abs(d)) + " floor=" + b(Math.floor(d)) + " ceil=" + b(Math.ceil(d))
                + " rint=" + b(Math.rint(d)) + " round=" + Math.round(d) + " roundf=" + Math.round((float) d) + " signum=" + b(Math.signum(d))
                + " ulp=" + b(Math.ulp(d)) + " ulpf=" + b(Math.ulp((float) d)) + " up=" + b(Math.nextUp(d)) + " down=" + b(Math.nextDown(d))
                + " upf=" + b(Math.nextUp((float) d)) + " downf=" + b(Math.nextDown((float) d)) + " exp=" + Math.getExponent(d)
                + " expf=" + Math.getExponent((float) d) + " sqrt=" + b(Math.sqrt(d)) + " cbrt=" + b(StrictMath.cbrt(d))
                + " rad=" + b(Math.toRadians(d)) + " deg=" + b(Math.toDegrees(d)) + " int=" + (int) d + " long=" + (long) d
                + " sgnf=" + b(Math.signum((float) d)) + " absf=" + b(Math.abs((float) d)));
            StringBuilder sb = new StringBuilder();
            for (double e : ds) {
                sb.append(b(Math.max(d, e)).charAt(0)).append(b(Math.min(d, e)).length() % 10).append(Double.compare(Math.max(d, e), Math.min(e, d)))
                    .append(b(Math.copySign(d, e)).charAt(0)).append(b(StrictMath.copySign(d, e)).charAt(0))
                    .append(Math.nextAfter(d, e) == d ? '=' : (Math.nextAfter(d, e) > d ? '>' : '<'))
                    .append(Double.doubleToRawLongBits(Math.nextAfter(d, e)) % 7).append(',');
            }
            System.out.println(sb);
            System.out.println(b(Math.max((float) d, 0.0f)) + " " + b(Math.min((float) d, -0.0f)) + " " + b(Math.nextAfter((float) d, 1.0))
                + " " + b(Math.nextAfter((float) d, Double.NEGATIVE_INFINITY)) + " " + b(Math.copySign((float) d, -1f)));
            for (int sc : new int[] {0, 1, -1, 52, -52, 1023, -1074, -1075, 2000, -2000, 10, -1100}) {
                System.out.print(b(Math.scalb(d, sc)) + "/" + b(Math.scalb((float) d, sc)) + " ");
            }
            System.out.println();
        }
        int[] is = {0, 1, -1, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, 3, -3, 100};
        for (int x : is) {
            for (int y : is) {
                String fd = y == 0 ? "-" : Math.floorDiv(x, y) + "," + Math.floorMod(x, y) + "," + Math.floorDiv((long) x, y) + "," + Math.floorMod((long) x * 3, y);
                System.out.print(fd + ";");
            }
            System.out.println(" abs=" + Math.abs(x) + " max=" + Math.max(x, 5) + " min=" + Math.min(x, 5));
        }
        t("floorDiv0", () -> Math.floorDiv(1, 0));
        t("floorMod0", () -> Math.floorMod(1L, 0L));
        t("addExact", () -> Math.addExact(Integer.MAX_VALUE, 1));
        t("addExactL", () -> Math.addExact(Long.MAX_VALUE, 1L));
        t("subtractExact", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        t("subtractExactL", () -> Math.subtractExact(Long.MIN_VALUE, 1L));
        t("multiplyExact", () -> Math.multiplyExact(65536, 65536));
        t("multiplyExactL", () -> Math.multiplyExact(Long.MAX_VALUE, 2L));
        t("multiplyExactLI", () -> Math.multiplyExact(Long.MIN_VALUE, -1));
        t("incrementExact", () -> Math.incrementExact(Integer.MAX_VALUE));
        t("incrementExactL", () -> Math.incrementExact(Long.MAX_VALUE));
        t("decrementExact", () -> Math.decrementExact(Integer.MIN_VALUE));
        t("decrementExactL", () -> Math.decrementExact(Long.MIN_VALUE));
        t("negateExact", () -> Math.negateExact(Integer.MIN_VALUE));
        t("negateExactL", () -> Math.negateExact(Long.MIN_VALUE));
        t("toIntExact", () -> Math.toIntExact(1L << 31));
        t("absExact", () -> Math.absExact(Integer.MIN_VALUE));
        t("absExactL", () -> Math.absExact(Long.MIN_VALUE));
        t("exact ok", () -> Math.addExact(1, 2) + " " + Math.subtractExact(5L, 7L) + " " + Math.multiplyExact(-46341, 46340) + " "
            + Math.multiplyExact(3037000499L, 3037000499L) + " " + Math.negateExact(-5) + " " + Math.toIntExact(-5L) + " " + StrictMath.absExact(-9));
        Random r = new Random(31337);
        long h = 0;
        for (int i = 0; i < 4000; i++) {
            long a = r.nextLong() >> r.nextInt(64), c = r.nextLong() >> r.nextInt(64);
            long ov;
            try {
                ov = Math.multiplyExact(a, c);
            } catch (ArithmeticException e) {
                ov = 17;
            }
            try {
                ov += Math.addExact(a, c) + Math.subtractExact(a, c) + Math.multiplyExact((int) a, (int) c);
            } catch (ArithmeticException e) {
                ov += 3;
            }
            double x = Double.longBitsToDouble(r.nextLong()), y = r.nextDouble() * 100 - 50, z = r.nextDouble() * 6 - 3;
            h = h * 31 + ov + Math.floorMod(a, c == 0 ? 1 : c) + Math.multiplyHigh(a, c)
                + Double.doubleToRawLongBits(Math.fma(x, y, z)) + Double.doubleToRawLongBits(Math.fma(y, z, y))
                + Float.floatToRawIntBits(Math.fma((float) y, (float) z, (float) x)) + Math.round(y * 1e3) + Math.round((float) z)
                + Double.doubleToRawLongBits(Math.rint(y)) + Double.doubleToRawLongBits(Math.scalb(x, (int) (z * 100)))
                + Double.doubleToRawLongBits(Math.sqrt(Math.abs(x))) + Double.doubleToRawLongBits(StrictMath.IEEEremainder(x, y));
        }
        System.out.println("hash " + h);
        long h2 = 0;
        for (int i = 0; i < 3000; i++) {
            double x = i % 2 == 0 ? r.nextDouble() * 2 - 1 : Math.scalb(r.nextDouble() - 0.5, r.nextInt(80) - 40);
            double y = Double.longBitsToDouble(r.nextLong());
            h2 = h2 * 31 + Double.doubleToRawLongBits(Math.asin(x)) + 3 * Double.doubleToRawLongBits(Math.acos(x)) + 5 * Double.doubleToRawLongBits(Math.atan(y))
                + 7 * Double.doubleToRawLongBits(Math.cbrt(y)) + 11 * Double.doubleToRawLongBits(Math.atan2(x, y)) + 13 * Double.doubleToRawLongBits(Math.hypot(x, y))
                + 17 * Double.doubleToRawLongBits(Math.sinh(x)) + 19 * Double.doubleToRawLongBits(Math.cosh(x)) + 23 * Double.doubleToRawLongBits(Math.tanh(x))
                + 29 * Double.doubleToRawLongBits(Math.expm1(x)) + 31 * Double.doubleToRawLongBits(Math.log1p(Math.abs(x)));
        }
        System.out.println("delegating " + h2);
        double[] exact = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : exact) {
            System.out.println(Math.sin(d) + " " + Math.cos(d) + " " + Math.tan(d) + " " + Math.asin(d) + " " + Math.atan(d) + " "
                + Math.exp(d) + " " + Math.log(d) + " " + Math.log10(d) + " " + Math.sinh(d) + " " + Math.tanh(d) + " " + Math.expm1(d)
                + " " + Math.log1p(d) + " " + Math.pow(d, 2) + " " + Math.pow(2, d) + " " + Math.atan2(d, 1) + " " + Math.hypot(d, 3));
        }
        System.out.println(Math.pow(2, 10) + " " + Math.pow(-2, 3) + " " + Math.pow(4, 0.5) + " " + Math.pow(10, -2) + " "
            + Math.log(1) + " " + Math.log10(1000) + " " + StrictMath.exp(1) + " " + Math.sqrt(2) + " " + Math.cos(0) + " " + Math.hypot(3, 4) + " " + Math.cbrt(27)
            + " " + Math.PI + " " + Math.E + " " + StrictMath.PI + " " + StrictMath.E + " " + Math.acos(1) + " " + Math.pow(1, Double.NaN)
            + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(-1, Double.POSITIVE_INFINITY));
        double rnd = Math.random();
        System.out.println(rnd >= 0.0 && rnd < 1.0);
    }
}
