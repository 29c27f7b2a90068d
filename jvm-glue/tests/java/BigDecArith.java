import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

public class BigDecArith {
    static BigDecimal rnd(Random r) {
        BigInteger u = new BigInteger(1 + r.nextInt(r.nextInt(5) == 0 ? 300 : 70), r);
        if (r.nextBoolean()) u = u.negate();
        if (r.nextInt(12) == 0) u = BigInteger.ZERO;
        return new BigDecimal(u, r.nextInt(30) - 10);
    }

    static String t(java.util.function.Supplier<Object> s) {
        try { return String.valueOf(s.get()); } catch (ArithmeticException e) { return "!" + e.getMessage(); }
    }

    public static void main(String[] args) {
        Random r = new Random(1618);
        RoundingMode[] rms = RoundingMode.values();
        for (int i = 0; i < 160; i++) {
            BigDecimal a = rnd(r), b = rnd(r);
            RoundingMode rm = rms[r.nextInt(rms.length)];
            MathContext mc = new MathContext(1 + r.nextInt(25), rm == RoundingMode.UNNECESSARY ? RoundingMode.HALF_EVEN : rm);
            int sc = r.nextInt(20) - 5;
            System.out.println("a=" + a + " b=" + b + " " + rm + " " + mc + " sc=" + sc);
            System.out.println(" +" + a.add(b) + " -" + a.subtract(b) + " *" + a.multiply(b));
            System.out.println(" +mc " + a.add(b, mc) + " -mc " + a.subtract(b, mc) + " *mc " + a.multiply(b, mc));
            System.out.println(" /sc " + t(() -> a.divide(b, sc, rm)) + " /rm " + t(() -> a.divide(b, rm)) + " /mc " + t(() -> a.divide(b, mc)));
            System.out.println(" /exact " + t(() -> a.divide(b)) + " dti " + t(() -> a.divideToIntegralValue(b)) + " rem " + t(() -> a.remainder(b)));
            System.out.println(" dtimc " + t(() -> a.divideToIntegralValue(b, mc)) + " remmc " + t(() -> a.remainder(b, mc)));
            System.out.println(" cmp " + a.compareTo(b) + " eq " + a.equals(b) + " h " + a.hashCode() + " " + b.hashCode() + " min " + a.min(b) + " max " + a.max(b));
            System.out.println(" sig " + a.signum() + " sc " + a.scale() + " p " + a.precision() + " uv " + a.unscaledValue() + " neg " + a.negate() + " abs " + a.abs() + " plus " + a.plus(mc) + " round " + a.round(mc));
            System.out.println(" strip " + a.stripTrailingZeros() + " ulp " + a.ulp() + " mpl " + a.movePointLeft(sc) + " mpr " + a.movePointRight(sc) + " spt " + a.scaleByPowerOfTen(sc));
        }
        // exact division with terminating expansions
        for (int i = 0; i < 60; i++) {
            BigDecimal q = new BigDecimal(BigInteger.valueOf(r.nextInt(100000) - 50000), r.nextInt(10) - 3);
            BigDecimal d = new BigDecimal(BigInteger.valueOf(1L << r.nextInt(20)).multiply(BigInteger.valueOf(5).pow(r.nextInt(8))).multiply(BigInteger.valueOf(r.nextBoolean() ? 3 : 1)), r.nextInt(8) - 4);
            BigDecimal a = q.multiply(d);
            System.out.println(a + " / " + d + " = " + t(() -> a.divide(d)) + " ; " + t(() -> q.divide(d)) + " ; " + t(() -> BigDecimal.ONE.divide(d)));
        }
        BigDecimal x = new BigDecimal("2.0"), y = new BigDecimal("2.00");
        System.out.println(x.equals(y) + " " + x.compareTo(y) + " " + x.hashCode() + " " + y.hashCode() + " " + x.stripTrailingZeros().equals(y.stripTrailingZeros()));
        java.util.Set<BigDecimal> hs = new java.util.HashSet<>();
        hs.add(x); hs.add(y); hs.add(new BigDecimal("2"));
        System.out.println(hs.size() + " " + new java.util.TreeMap<BigDecimal, String>() {{ put(x, "x"); put(y, "y"); }});
    }
}
