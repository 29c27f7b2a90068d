import java.math.BigInteger;
import java.util.Random;

public class BigIntPowSqrt {
    public static void main(String[] args) {
        Random r = new Random(31337);
        for (int i = 0; i < 60; i++) {
            BigInteger b = BigInteger.valueOf(r.nextInt(2000) - 1000);
            int e = r.nextInt(60);
            System.out.println(b + "^" + e + " = " + b.pow(e));
        }
        for (int i = 0; i < 80; i++) {
            BigInteger a = new BigInteger(1 + r.nextInt(i < 60 ? 200 : 1500), r);
            BigInteger[] sr = a.sqrtAndRemainder();
            System.out.println("sqrt " + a + " = " + sr[0] + " rem " + sr[1] + " ok " + (sr[0].multiply(sr[0]).compareTo(a) <= 0 && sr[0].add(BigInteger.ONE).pow(2).compareTo(a) > 0));
        }
        long[] small = {0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 101, Long.MAX_VALUE};
        for (long v : small) System.out.println("sqrt(" + v + ")=" + BigInteger.valueOf(v).sqrt());
        try { BigInteger.valueOf(-4).sqrt(); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        try { BigInteger.TEN.pow(-1); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        try { BigInteger.TEN.pow(Integer.MAX_VALUE); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        System.out.println(BigInteger.ONE.pow(Integer.MAX_VALUE) + " " + BigInteger.ONE.negate().pow(Integer.MAX_VALUE) + " " + BigInteger.ZERO.pow(0) + " " + BigInteger.ZERO.pow(5) + " " + BigInteger.TWO.pow(200));
        // gcd table
        for (int i = 0; i < 40; i++) {
            BigInteger g = new BigInteger(1 + r.nextInt(100), r);
            BigInteger a = g.multiply(new BigInteger(1 + r.nextInt(150), r)), b = g.multiply(new BigInteger(1 + r.nextInt(150), r));
            if (r.nextBoolean()) a = a.negate();
            System.out.println("gcd " + a.gcd(b) + " " + b.gcd(a).equals(a.gcd(b)) + " " + a.gcd(BigInteger.ZERO) + " " + BigInteger.ZERO.gcd(b));
        }
        System.out.println(BigInteger.ZERO.gcd(BigInteger.ZERO) + " " + BigInteger.valueOf(Long.MIN_VALUE).gcd(BigInteger.valueOf(Long.MIN_VALUE)) + " " + BigInteger.valueOf(-12).gcd(BigInteger.valueOf(-18)));
    }
}
