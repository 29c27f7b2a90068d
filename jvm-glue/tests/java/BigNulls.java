import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;

public class BigNulls {
    interface Op {
        Object run();
    }

    static void t(String label, Op op) {
        try {
            System.out.println(label + " -> " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e);
        }
    }

    public static void main(String[] args) {
        t("BigDecimal(null)", () -> new BigDecimal((String) null));
        t("BigInteger(null)", () -> new BigInteger((String) null));
        t("BigInteger.add(null)", () -> BigInteger.ONE.add(null));
        t("BigInteger.compareTo(null)", () -> BigInteger.ONE.compareTo(null));
        t("BigDecimal.compareTo(null)", () -> BigDecimal.ONE.compareTo(null));
        t("setScale(null)", () -> BigDecimal.ONE.setScale(2, (RoundingMode) null));
        t("divide(x, null)", () -> BigDecimal.ONE.divide(BigDecimal.TEN, (RoundingMode) null));
        t("divide(x, 2, null)", () -> BigDecimal.ONE.divide(BigDecimal.TEN, 2, (RoundingMode) null));
        t("DecimalFormat(null)", () -> new DecimalFormat(null));
        t("MathContext(1, null)", () -> new MathContext(1, null));
        t("MathContext(null)", () -> new MathContext(null));
        t("equals(null)", () -> BigDecimal.ONE.equals(null) + " " + BigInteger.ONE.equals(null));
    }
}
