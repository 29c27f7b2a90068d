import java.math.BigInteger;

public class BigIntFactorial {
    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        int n = 0;
        while (f.bitLength() < 33220) { // about 10,000 decimal digits
            n++;
            f = f.multiply(BigInteger.valueOf(n));
        }
        String s = f.toString();
        System.out.println(n + "! has " + s.length() + " digits, hash " + f.hashCode() + " string hash " + s.hashCode());
        System.out.println(s.substring(0, 50) + "..." + s.substring(s.length() - 50));
        System.out.println("trailing zeros " + (s.length() - s.replaceAll("0+$", "").length()) + " lsb " + f.getLowestSetBit() + " bits " + f.bitLength());
        System.out.println(new BigInteger(s).equals(f));
        System.out.println(f.toString(16).length() + " " + f.toString(36).hashCode() + " " + f.toString(7).hashCode());
        BigInteger sq = f.multiply(f);
        System.out.println(sq.bitLength() + " " + sq.hashCode() + " " + sq.divide(f).equals(f) + " " + sq.sqrt().equals(f));
        for (int radix : new int[] {2, 3, 7, 10, 16, 36}) {
            String t = f.negate().toString(radix);
            System.out.println("radix " + radix + " len " + t.length() + " back " + new BigInteger(t, radix).equals(f.negate()));
            String bad = t.substring(0, t.length() / 2) + "!" + t.substring(t.length() / 2 + 1);
            try {
                new BigInteger(bad, radix);
            } catch (NumberFormatException e) {
                System.out.println(e.getMessage());
            }
        }
        BigInteger fib0 = BigInteger.ZERO, fib1 = BigInteger.ONE;
        for (int i = 0; i < 5000; i++) { BigInteger t = fib0.add(fib1); fib0 = fib1; fib1 = t; }
        System.out.println("fib " + fib0.toString().length() + " " + fib0.hashCode() + " " + fib0.mod(BigInteger.valueOf(1000000007)));
    }
}
