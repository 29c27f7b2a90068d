import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;

public class BigDecConvert {
    static String ex(BigDecimal b) {
        StringBuilder sb = new StringBuilder();
        try { sb.append(" L=").append(b.longValueExact()); } catch (ArithmeticException e) { sb.append(" L:").append(e.getMessage()); }
        try { sb.append(" I=").append(b.intValueExact()); } catch (ArithmeticException e) { sb.append(" I:").append(e.getMessage()); }
        try { sb.append(" S=").append(b.shortValueExact()); } catch (ArithmeticException e) { sb.append(" S:").append(e.getMessage()); }
        try { sb.append(" B=").append(b.byteValueExact()); } catch (ArithmeticException e) { sb.append(" B:").append(e.getMessage()); }
        try { sb.append(" BI=").append(b.toBigIntegerExact()); } catch (ArithmeticException e) { sb.append(" BI:").append(e.getMessage()); }
        return sb.toString();
    }

    static double scaled(double d, int k) {
        for (; k > 0; k--) d *= 10;
        for (; k < 0; k++) d /= 10;
        return d;
    }

    public static void main(String[] args) {
        Random r = new Random(8080);
        for (int i = 0; i < 150; i++) {
            BigInteger u = new BigInteger(1 + r.nextInt(i < 120 ? 80 : 400), r);
            if (r.nextBoolean()) u = u.negate();
            int scale = r.nextInt(i < 120 ? 60 : 700) - (i < 120 ? 30 : 350);
            BigDecimal b = new BigDecimal(u, scale);
            System.out.println(b + " d=" + Double.doubleToLongBits(b.doubleValue()) + " f=" + Float.floatToIntBits(b.floatValue()) + " l=" + b.longValue() + " i=" + b.intValue() + " bi=" + b.toBigInteger().bitLength());
        }
        for (int i = 0; i < 80; i++) {
            double d = i < 40 ? scaled(r.nextDouble(), r.nextInt(40) - 20) : Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) continue;
            BigDecimal exact = new BigDecimal(d);
            System.out.println(Double.doubleToLongBits(d) + " exact " + exact.precision() + " " + exact.scale() + " " + exact.hashCode() + " back " + (exact.doubleValue() == d) + " mc " + new BigDecimal(d, MathContext.DECIMAL64)
                + " valueOf-scale " + BigDecimal.valueOf(d).scale() + " vo-back " + (BigDecimal.valueOf(d).doubleValue() == d));
        }
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 100.0, 1e-5, 1e20, 1e-300, 123.456, Double.MIN_VALUE, Double.MAX_VALUE, 4.9e-324, 2.2250738585072014E-308, 1.0E7, 1.0E-3};
        for (double d : ds) System.out.println(d + " -> " + new BigDecimal(d).toString().length() + " " + new BigDecimal(d).scale() + " | " + BigDecimal.valueOf(d) + " " + BigDecimal.valueOf(d).scale());
        System.out.println(new BigDecimal(0.1) + " " + new BigDecimal(0.25) + " " + new BigDecimal(-3.75) + " " + new BigDecimal(1024.0) + " " + new BigDecimal(1e23));
        String[] ls = {"0", "1.0", "1.5", "-1.5", "127", "128", "-128", "-129", "32767.000", "32768", "2147483647", "2147483648", "-2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "1E+18", "1E+19", "1E+20", "1.5E+19", "12345678901234567890.5", "0.000000001", "-0.0", "1E+3", "99999999999999999999.0"};
        for (String s : ls) {
            BigDecimal b = new BigDecimal(s);
            System.out.println(s + ex(b) + " lv " + b.longValue() + " iv " + b.intValue() + " dv " + b.doubleValue() + " fv " + b.floatValue());
        }
        String[] ds2 = {"1E+400", "-1E+400", "1E-400", "-1E-400", "1.7976931348623157E+308", "1.7976931348623158E+308", "1.7976931348623159E+308", "4.9E-324", "2.4703282292062327E-324", "2.4703282292062328E-324",
            "3.4028235E+38", "3.4028236E+38", "1.4E-45", "7.0E-46", "7.1E-46", "0.1", "0.3", "2.5", "9007199254740993", "9007199254740995", "16777217", "16777219", "1E+39", "1E-46"};
        for (String s : ds2) {
            BigDecimal b = new BigDecimal(s);
            System.out.println(s + " d=" + Double.doubleToLongBits(b.doubleValue()) + " f=" + Float.floatToIntBits(b.floatValue()));
        }
        try { new BigDecimal(Double.NaN); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { new BigDecimal(Double.NEGATIVE_INFINITY); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { BigDecimal.valueOf(Double.NaN); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { BigDecimal.valueOf(Double.NEGATIVE_INFINITY); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(new BigDecimal(42) + " " + new BigDecimal(-42L) + " " + new BigDecimal(123456789, new MathContext(3)) + " " + new BigDecimal(123456789012L, new MathContext(4)) + " " + new BigDecimal(new BigInteger("987654321"), 3, new MathContext(4))
            + " " + new BigDecimal(new BigInteger("987654321"), new MathContext(2)) + " " + BigDecimal.valueOf(5, -3) + " " + BigDecimal.valueOf(0) + " " + (BigDecimal.valueOf(0) == BigDecimal.ZERO) + " " + (BigDecimal.valueOf(1) == BigDecimal.ONE) + " " + BigDecimal.TEN
            + " " + (BigDecimal.valueOf(7) == BigDecimal.valueOf(7)) + " " + (BigDecimal.valueOf(10) == BigDecimal.TEN) + " " + (BigDecimal.valueOf(11) == BigDecimal.valueOf(11)));
    }
}
