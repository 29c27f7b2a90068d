import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecDivide {
    static String t(java.util.function.Supplier<Object> s) {
        try { return String.valueOf(s.get()); } catch (ArithmeticException e) { return "!" + e.getMessage(); }
    }

    public static void main(String[] args) {
        String[][] pairs = {{"1", "3"}, {"2", "3"}, {"1", "7"}, {"-5", "9"}, {"1000", "3"}, {"22", "7"}, {"1", "8"}, {"-1", "16"}, {"0.001", "7"}, {"123456789", "0.0003"}, {"1E+10", "3E-5"}, {"-7.5", "2.5"},
            {"0", "7"}, {"0.00", "-3"}, {"5", "2"}, {"-5", "2"}, {"15", "10"}, {"99.995", "1"}, {"1", "0.3"}, {"355", "113"}, {"2", "-0.25"}, {"1.00", "4"}, {"9", "0.90"}};
        int[] precs = {1, 2, 3, 5, 9, 20};
        for (String[] p : pairs) {
            BigDecimal a = new BigDecimal(p[0]), b = new BigDecimal(p[1]);
            System.out.println(p[0] + "/" + p[1] + " exact=" + t(() -> a.divide(b)) + " dti=" + t(() -> a.divideToIntegralValue(b)) + " rem=" + t(() -> a.remainder(b)));
            for (RoundingMode rm : RoundingMode.values()) {
                StringBuilder sb = new StringBuilder("  " + rm + ":");
                for (int pr : precs) sb.append(' ').append(t(() -> a.divide(b, new MathContext(pr, rm))));
                sb.append(" |");
                for (int sc = -2; sc <= 4; sc += 2) {
                    int s = sc;
                    sb.append(' ').append(t(() -> a.divide(b, s, rm)));
                }
                System.out.println(sb);
            }
            StringBuilder sb = new StringBuilder("  mc:");
            for (int pr : precs) {
                MathContext mc = new MathContext(pr);
                sb.append(' ').append(t(() -> a.divideToIntegralValue(b, mc))).append('/').append(t(() -> a.remainder(b, mc)));
            }
            System.out.println(sb);
        }
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), new MathContext(50));
        System.out.println(third + " " + third.multiply(new BigDecimal(3)) + " " + third.multiply(new BigDecimal(3), MathContext.DECIMAL64) + " " + third.scale() + " " + third.precision());
        BigDecimal big = new BigDecimal("1").divide(new BigDecimal("1024")).divide(new BigDecimal("5").pow(20));
        System.out.println(big + " " + big.scale() + " " + big.precision() + " " + big.toPlainString());
    }
}
