import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

public class BigDecText {
    public static void main(String[] args) {
        Random r = new Random(55);
        for (int i = 0; i < 200; i++) {
            BigInteger u = new BigInteger(1 + r.nextInt(60), r);
            if (r.nextInt(10) == 0) u = BigInteger.ZERO;
            if (r.nextInt(6) == 0) u = u.multiply(BigInteger.TEN.pow(r.nextInt(6)));
            if (r.nextBoolean()) u = u.negate();
            int scale = r.nextInt(40) - 20;
            BigDecimal b = new BigDecimal(u, scale);
            String s = b.toString(), e = b.toEngineeringString(), p = b.toPlainString();
            BigDecimal bs = new BigDecimal(s), be = new BigDecimal(e), bp = new BigDecimal(p);
            System.out.println(u + "e" + (-scale) + " | " + s + " | " + e + " | " + p + " | " + bs.equals(b) + " " + (be.compareTo(b) == 0) + " " + (bp.compareTo(b) == 0) + " " + be.scale() + " " + bp.scale());
        }
        for (int sc = -12; sc <= 12; sc++) {
            BigDecimal z = BigDecimal.valueOf(0, sc), one = BigDecimal.valueOf(1, sc), big = BigDecimal.valueOf(-123456, sc);
            System.out.println(sc + ": " + z + " " + z.toEngineeringString() + " " + z.toPlainString() + " | " + one + " " + one.toEngineeringString() + " " + one.toPlainString()
                + " | " + big + " " + big.toEngineeringString() + " " + big.toPlainString() + " | " + z.stripTrailingZeros() + " " + big.stripTrailingZeros().scale());
        }
        String[] ins = {"0", "-0", "+0", "0.0", "-0.00", "1", "+1", "-1", "1.", ".5", "-.5", "1e10", "1E+10", "1e-10", "1.23e+5", "-1.23E-5", "123.456e3", "0.000e-3", "1234567890123456789012345678901234567890.0987654321",
            "1E+2147483647", "1E-2147483647", "-0E+7", "00000123.4500000", "5e0", "5e-0", "5e+0000000000000000001"};
        for (String s : ins) {
            BigDecimal b = new BigDecimal(s);
            System.out.println(s + " -> " + b + " s=" + b.scale() + " p=" + b.precision() + " u=" + b.unscaledValue() + " eng=" + b.toEngineeringString() + " h=" + b.hashCode());
        }
        String[] bad = {"", "-", "+", ".", "e5", "-e5", "1e", "1e+", "1e-", "1.2.3", "1e5e5", "1e+-5", "1ee5", "abc", "1a", " 1", "1 ", "--1", "+-1", "1_0", "1,000", "0x10", "NaN", "Infinity", "1e2147483648", "1e-2147483649",
            "1e99999999999999999999", "0e-2147483648", "1.5e-2147483647", "1e2147483647", "12.5e-2147483647",
            "1e-2147483648", "1e+2147483648", "0e2147483648", "1e0000000000000000000005", "1e12345678901", "1e123456789012x", "1e1234567890x", "1e-0000000002147483648", "1e21474836470", "1e9999999999",
            "1e-9999999999", "1e-99999999999", "1E1.5", "1e +5", "e", "1e-x", "1e000", "-1E-0"};
        for (String s : bad) {
            try {
                BigDecimal b = new BigDecimal(s);
                System.out.println("[" + s + "] ok " + b + " " + b.scale());
            } catch (NumberFormatException e) {
                System.out.println("[" + s + "] " + e.getMessage());
            }
        }
        char[] cs = "xx-12.5e3yy".toCharArray();
        System.out.println(new BigDecimal(cs, 2, 7) + " " + new BigDecimal("12.5".toCharArray()) + " " + new BigDecimal("3.14159", new java.math.MathContext(3)) + " " + new BigDecimal("3.14159".toCharArray(), new java.math.MathContext(2)));
        char[] c5 = "12345".toCharArray();
        int[][] offs = {{0, 0}, {0, 5}, {1, 4}, {-1, 2}, {2, 4}, {5, 0}, {0, -1}, {6, 0}, {4, 1}};
        for (int[] o : offs) {
            try { System.out.println(new BigDecimal(c5, o[0], o[1])); } catch (NumberFormatException e) { System.out.println(o[0] + "," + o[1] + " " + e.getMessage()); }
        }
    }
}
