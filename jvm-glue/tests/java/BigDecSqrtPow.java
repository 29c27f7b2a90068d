import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

public class BigDecSqrtPow {
    static String t(java.util.function.Supplier<Object> s) {
        try { return String.valueOf(s.get()); } catch (ArithmeticException e) { return "!" + e.getMessage(); }
    }

    public static void main(String[] args) {
        Random r = new Random(1414);
        String[] vs = {"2", "3", "4", "0.04", "0.0400", "400", "4E+2", "4E+3", "1.21", "10", "0.001", "1E-9", "0.000", "0E+3", "9", "99", "100", "0.25", "6.25", "1E+10", "123456789", "2.0000", "15241578750190521",
            "1.0000000000000000000000000000001", "0.9999999999"};
        MathContext[] mcs = {MathContext.UNLIMITED, new MathContext(1), new MathContext(2), new MathContext(3, RoundingMode.UP), new MathContext(5, RoundingMode.DOWN), new MathContext(5, RoundingMode.CEILING),
            new MathContext(5, RoundingMode.FLOOR), new MathContext(7, RoundingMode.HALF_UP), new MathContext(7, RoundingMode.HALF_DOWN), MathContext.DECIMAL64, MathContext.DECIMAL128, new MathContext(4, RoundingMode.UNNECESSARY)};
        for (String v : vs) {
            BigDecimal b = new BigDecimal(v);
            StringBuilder sb = new StringBuilder(v + ":");
            for (MathContext mc : mcs) sb.append(' ').append(t(() -> b.sqrt(mc)));
            System.out.println(sb);
        }
        for (int i = 0; i < 40; i++) {
            BigDecimal b = new BigDecimal(new BigInteger(1 + r.nextInt(120), r), r.nextInt(40) - 20);
            MathContext mc = new MathContext(1 + r.nextInt(40), RoundingMode.values()[r.nextInt(7)]);
            System.out.println(b + " " + mc.getPrecision() + " " + mc.getRoundingMode() + " sqrt " + t(() -> b.sqrt(mc)));
        }
        System.out.println(t(() -> new BigDecimal("-4").sqrt(MathContext.DECIMAL32)));
        String[] ps = {"2", "1.1", "-1.5", "0.5", "10", "0", "0.00", "-3", "1.0001", "123.456"};
        int[] ns = {0, 1, 2, 3, 7, 10, 25, -1, -2, -5, 100, 999999999, 1000000000, -999999999};
        for (String p : ps) {
            BigDecimal b = new BigDecimal(p);
            StringBuilder sb = new StringBuilder(p + ":");
            for (int n : ns) {
                if (Math.abs(n) <= 100) sb.append(' ').append(n).append('=').append(t(() -> b.pow(n)));
                sb.append(' ').append(t(() -> b.pow(n, new MathContext(5)))).append(' ').append(t(() -> b.pow(n, new MathContext(12, RoundingMode.DOWN))));
            }
            System.out.println(sb);
        }
        System.out.println(t(() -> new BigDecimal("1.5").pow(1000000000)) + " " + t(() -> new BigDecimal("1.5").pow(-1)) + " " + t(() -> new BigDecimal("1E-1000000").pow(3000)) + " " + t(() -> new BigDecimal("2").pow(-3, MathContext.UNLIMITED)));
        System.out.println(new BigDecimal("1.5").pow(200).precision() + " " + new BigDecimal("1.5").pow(200).scale() + " " + new BigDecimal("1.5").pow(200).hashCode());
    }
}
