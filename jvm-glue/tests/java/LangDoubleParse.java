import java.util.Random;

// Double.parseDouble / Float.parseFloat: decimal and hex grammar, rounding, bad input messages, round trips,
// toHexString, compare/equals/hashCode semantics of NaN and -0.0.
public class LangDoubleParse {
    interface R { Object run() throws Exception; }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] in = {"0", "-0", "+0.0", "1", "1.", ".5", "-.5e1", "1e10", "1E-10", "1e+10", "1.5f", "2.5F", "3d", "4D",
            "  7.25  ", "\t8\n", "NaN", "-NaN", "+NaN", "Infinity", "-Infinity", "+Infinity", "infinity", "nan", "NaNd",
            "Infinityf", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "0x1p0", "0x1.8p1", "-0x1.0P-2",
            "0X.8p0", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075",
            "0x0.0000000000001p-1022", "0x1.0000000000000801p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
            "0x123456789abcdef0123p0", "0x1p", "0x1", "0x.p1", "0xp1", "0x1.8p1f", "0x1.8p1d", "0x1P+3", "0x1p-0",
            "", "   ", ".", "e5", "1e", "1e+", "1.5x", "1..5", "--1", "+-1", "1e5.5", "0x1.8q1", "1_0", "١", "1 2",
            "0.1", "0.2", "0.30000000000000004", "123456789012345678901234567890", "0.000000000000000000000000000001234",
            "9007199254740993", "9007199254740995", "1.00000000000000011102230246251565404236316680908203125",
            "3.4028235e38", "3.4028236e38", "3.4028235677973366e38", "1.4e-45", "7e-46", "7.000001e-46", "1.17549435E-38",
            "16777217", "16777219", "0x1.000001p0", "0x1.0000008p0", "0x1.0000018p0", "0x1p128", "0x1.ffffffp127", "0x1p-149", "0x1p-150",
            "0x1.0000000001p-150"};
        for (String s : in) {
            t("d[" + s + "]", () -> {
                double d = Double.parseDouble(s);
                return d + " " + Long.toHexString(Double.doubleToRawLongBits(d));
            });
            t("f[" + s + "]", () -> {
                float f = Float.parseFloat(s);
                return f + " " + Integer.toHexString(Float.floatToRawIntBits(f));
            });
        }
        t("null d", () -> Double.parseDouble(null));
        t("null f", () -> Float.valueOf((String) null));
        t("valueOf", () -> Double.valueOf("1.5") + " " + Float.valueOf("2.5") + " " + new Double("3") + " " + new Float("4") + " " + new Float(5.5));
        Random r = new Random(4242);
        long h = 0;
        for (int i = 0; i < 3000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            float f = Float.intBitsToFloat(r.nextInt());
            double d2 = Double.parseDouble(Double.toString(d));
            float f2 = Float.parseFloat(Float.toString(f));
            double d3 = Double.parseDouble(Double.toHexString(d));
            if (!(Double.compare(d, d2) == 0 && Double.compare(d, d3) == 0 && Float.compare(f, f2) == 0)) {
                System.out.println("round trip " + d + " " + f);
            }
            h = h * 31 + Double.toHexString(d).hashCode() + Float.toHexString(f).hashCode();
            String dec = (r.nextInt(2000000) - 1000000) + "." + r.nextInt(1000000) + "e" + (r.nextInt(80) - 40);
            h = h * 31 + Double.doubleToRawLongBits(Double.parseDouble(dec)) + Float.floatToRawIntBits(Float.parseFloat(dec));
        }
        System.out.println("hash " + h);
        double[] hx = {0.0, -0.0, 1.0, -1.0, 3.0, 0.1, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0 / 3, -1e-310};
        for (double d : hx) System.out.print(Double.toHexString(d) + " ");
        System.out.println();
        float[] hf = {0f, -0f, 1f, 3f, 0.1f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, Float.NaN, -1e-40f, 1e-39f};
        for (float f : hf) System.out.print(Float.toHexString(f) + " ");
        System.out.println();
        double[] cmp = {Double.NaN, -0.0, 0.0, 1.0, Double.NEGATIVE_INFINITY};
        for (double a : cmp) {
            for (double b : cmp) {
                System.out.print(Double.compare(a, b) + "," + Double.valueOf(a).equals(b) + "," + (a == b) + "," + Double.valueOf(a).compareTo(b) + " ");
            }
            System.out.println(Double.hashCode(a) + " " + Double.doubleToLongBits(a) + " " + Double.isNaN(a) + Double.isInfinite(a) + Double.isFinite(a)
                + " " + Float.hashCode((float) a) + " " + Float.floatToIntBits((float) a) + " " + Float.compare((float) a, 0f));
        }
        System.out.println(Double.doubleToLongBits(Double.longBitsToDouble(0x7ff0000000000123L)) + " " + Float.floatToIntBits(Float.intBitsToFloat(0x7f800123))
            + " " + Double.sum(1, 2) + Double.max(-0.0, 0.0) + Double.min(-0.0, 0.0) + Float.max(Float.NaN, 1f) + Float.min(-0f, 0f) + Float.sum(1f, 2f));
        System.out.println(Double.MIN_EXPONENT + " " + Double.MAX_EXPONENT + " " + Float.MIN_EXPONENT + " " + Float.MAX_EXPONENT + " " + Double.BYTES + " " + Float.BYTES + " " + Double.SIZE + " " + Float.SIZE);
        Double dd = 2.75;
        Float ff = -2.75f;
        System.out.println(dd.intValue() + " " + dd.longValue() + " " + dd.floatValue() + " " + dd.byteValue() + " " + dd.shortValue() + " " + ff.intValue()
            + " " + ff.doubleValue() + " " + ff.isNaN() + ff.isInfinite() + " " + dd.isNaN() + " " + ((Double) 1e300).floatValue() + " " + ((Double) Double.NaN).intValue()
            + " " + ((Double) 1e19).longValue() + " " + ((Float) (-1e10f)).intValue());
    }
}
