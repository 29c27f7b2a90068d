import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

public class BigDecMathContext {
    static BigDecimal rnd(Random r) {
        BigInteger u = new BigInteger(1 + r.nextInt(r.nextInt(6) == 0 ? 200 : 64), r);
        if (r.nextInt(4) == 0) u = u.multiply(BigInteger.TEN.pow(r.nextInt(8)));
        if (r.nextBoolean()) u = u.negate();
        if (r.nextInt(20) == 0) u = BigInteger.ZERO;
        return new BigDecimal(u, r.nextInt(50) - 20);
    }

    public static void main(String[] args) {
        Random r = new Random(777);
        RoundingMode[] modes = RoundingMode.values();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            BigDecimal a = rnd(r), b = rnd(r);
            RoundingMode rm = modes[r.nextInt(7)];
            MathContext mc = new MathContext(1 + r.nextInt(r.nextBoolean() ? 8 : 40), rm);
            String res;
            try {
                switch (r.nextInt(10)) {
                    case 0: res = "add " + a.add(b, mc); break;
                    case 1: res = "sub " + a.subtract(b, mc); break;
                    case 2: res = "mul " + a.multiply(b, mc); break;
                    case 3: res = "div " + a.divide(b, mc); break;
                    case 4: res = "round " + a.round(mc) + " " + a.plus(mc).scale() + " " + a.negate(mc).precision(); break;
                    case 5: res = "sqrt " + a.abs().sqrt(mc); break;
                    case 6: res = "pow " + a.pow(r.nextInt(12) - 4, mc); break;
                    case 7: res = "dti " + a.divideToIntegralValue(b, mc) + " rem " + a.remainder(b, mc); break;
                    case 8: res = "set " + a.setScale(r.nextInt(30) - 10, rm); break;
                    default: res = "divs " + a.divide(b, r.nextInt(30) - 10, rm); break;
                }
            } catch (ArithmeticException e) {
                res = "! " + e.getMessage();
            }
            line.append(i).append(' ').append(a).append(' ').append(b).append(' ').append(mc).append(" -> ").append(res);
            System.out.println(line);
            line.setLength(0);
        }
    }
}
