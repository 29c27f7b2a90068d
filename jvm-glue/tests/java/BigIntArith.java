import java.math.BigInteger;
import java.util.Random;

public class BigIntArith {
    static BigInteger rnd(Random r) {
        int bits = 1 + r.nextInt(r.nextInt(4) == 0 ? 2000 : 200);
        BigInteger x = new BigInteger(bits, r);
        return r.nextBoolean() ? x.negate() : x;
    }

    public static void main(String[] args) {
        Random r = new Random(12345);
        for (int i = 0; i < 150; i++) {
            BigInteger a = rnd(r), b = rnd(r);
            System.out.println("a=" + a + " b=" + b);
            System.out.println(" + " + a.add(b) + " - " + a.subtract(b));
            System.out.println(" * " + a.multiply(b));
            if (b.signum() != 0) {
                BigInteger[] qr = a.divideAndRemainder(b);
                System.out.println(" / " + a.divide(b) + " % " + a.remainder(b) + " " + qr[0].equals(a.divide(b)) + qr[1].equals(a.remainder(b)));
                System.out.println(" check " + qr[0].multiply(b).add(qr[1]).equals(a));
                System.out.println(" mod " + a.mod(b.abs()));
            }
            System.out.println(" cmp " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.equals(b) + " hash " + a.hashCode() + " " + b.hashCode());
            System.out.println(" gcd " + a.gcd(b) + " min " + a.min(b).signum() + " max " + a.max(b).bitLength());
            System.out.println(" abs " + a.abs().signum() + " neg " + a.negate().signum() + " bl " + a.bitLength() + " bc " + a.bitCount() + " lsb " + a.getLowestSetBit());
            System.out.println(" iv " + a.intValue() + " lv " + a.longValue() + " dv " + a.doubleValue() + " fv " + a.floatValue());
        }
        // Big mixed-size products (Karatsuba territory) compared with a re-derivation
        for (int i = 0; i < 10; i++) {
            BigInteger a = new BigInteger(2000 + r.nextInt(4000), r), b = new BigInteger(2000 + r.nextInt(4000), r);
            BigInteger p = a.multiply(b);
            System.out.println("big " + p.bitLength() + " " + p.hashCode() + " " + p.divide(a).equals(b) + " " + p.mod(b).signum());
            BigInteger s = a.multiply(a);
            System.out.println("sq " + s.hashCode() + " " + s.sqrt().equals(a));
        }
        // equality across constructions
        System.out.println(BigInteger.valueOf(0) == BigInteger.ZERO);
        System.out.println(BigInteger.valueOf(10) == BigInteger.TEN);
        System.out.println(BigInteger.valueOf(Long.MIN_VALUE) + " " + BigInteger.valueOf(Long.MAX_VALUE) + " " + BigInteger.valueOf(Long.MIN_VALUE).hashCode());
        System.out.println(BigInteger.valueOf(Long.MIN_VALUE).negate().longValue() + " " + BigInteger.valueOf(-1).hashCode());
    }
}
