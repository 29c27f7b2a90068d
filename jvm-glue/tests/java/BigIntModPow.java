import java.math.BigInteger;
import java.util.Random;

public class BigIntModPow {
    public static void main(String[] args) {
        Random r = new Random(99);
        for (int i = 0; i < 60; i++) {
            BigInteger b = new BigInteger(1 + r.nextInt(300), r);
            if (r.nextBoolean()) b = b.negate();
            BigInteger e = new BigInteger(1 + r.nextInt(i < 50 ? 200 : 520), r);
            BigInteger m = new BigInteger(2 + r.nextInt(i < 50 ? 300 : 520), r).add(BigInteger.ONE);
            System.out.println(b + "^" + e + " mod " + m + " = " + b.modPow(e, m));
            try {
                BigInteger inv = b.modInverse(m);
                System.out.println(" inv " + inv + " check " + inv.multiply(b).mod(m));
                System.out.println(" negexp " + b.modPow(e.negate(), m));
            } catch (ArithmeticException ex) {
                System.out.println(" inv: " + ex.getMessage() + " gcd " + b.gcd(m));
            }
        }
        System.out.println(BigInteger.valueOf(3).modPow(BigInteger.ZERO, BigInteger.ONE) + " " + BigInteger.valueOf(3).modPow(BigInteger.ZERO, BigInteger.TEN)
            + " " + BigInteger.ZERO.modPow(BigInteger.ZERO, BigInteger.TEN) + " " + BigInteger.valueOf(-7).modPow(BigInteger.ONE, BigInteger.TEN)
            + " " + BigInteger.valueOf(7).modInverse(BigInteger.ONE) + " " + BigInteger.valueOf(-7).modInverse(BigInteger.TEN));
        BigInteger[][] bad = {{BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO}, {BigInteger.ONE, BigInteger.ONE, BigInteger.TEN.negate()},
            {BigInteger.TWO, BigInteger.ONE.negate(), BigInteger.valueOf(4)}, {BigInteger.ZERO, BigInteger.ONE.negate(), BigInteger.valueOf(7)}};
        for (BigInteger[] t : bad) {
            try { System.out.println(t[0].modPow(t[1], t[2])); } catch (ArithmeticException ex) { System.out.println("modPow: " + ex.getMessage()); }
            try { System.out.println(t[0].modInverse(t[2])); } catch (ArithmeticException ex) { System.out.println("modInverse: " + ex.getMessage()); }
            try { System.out.println(t[0].mod(t[2])); } catch (ArithmeticException ex) { System.out.println("mod: " + ex.getMessage()); }
        }
        // RSA-style round trip with fixed primes
        BigInteger p = new BigInteger("170141183460469231731687303715884105727");
        BigInteger q = new BigInteger("2305843009213693951");
        BigInteger n = p.multiply(q), phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537), d = e.modInverse(phi);
        System.out.println("n=" + n + " d=" + d);
        for (int i = 0; i < 10; i++) {
            BigInteger msg = new BigInteger(150, r);
            BigInteger c = msg.modPow(e, n);
            System.out.println(msg + " -> " + c + " -> " + c.modPow(d, n).equals(msg));
        }
    }
}
