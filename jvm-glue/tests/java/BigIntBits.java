import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;

public class BigIntBits {
    public static void main(String[] args) {
        Random r = new Random(4242);
        for (int i = 0; i < 120; i++) {
            BigInteger a = new BigInteger(1 + r.nextInt(260), r);
            BigInteger b = new BigInteger(1 + r.nextInt(260), r);
            if (r.nextBoolean()) a = a.negate();
            if (r.nextBoolean()) b = b.negate();
            if (i % 17 == 0) a = BigInteger.ONE.shiftLeft(r.nextInt(130)).negate();
            int n = r.nextInt(140);
            System.out.println(a + " " + b + " n=" + n);
            System.out.println(" and " + a.and(b) + " or " + a.or(b) + " xor " + a.xor(b));
            System.out.println(" not " + a.not() + " andNot " + a.andNot(b));
            System.out.println(" shl " + a.shiftLeft(n) + " shr " + a.shiftRight(n) + " shl- " + a.shiftLeft(-n));
            System.out.println(" test " + a.testBit(n) + " set " + a.setBit(n) + " clear " + a.clearBit(n) + " flip " + a.flipBit(n));
            System.out.println(" bl " + a.bitLength() + " bc " + a.bitCount() + " lsb " + a.getLowestSetBit());
            System.out.println(" bytes " + Arrays.toString(a.toByteArray()));
            System.out.println(" back " + new BigInteger(a.toByteArray()).equals(a) + " sm " + new BigInteger(a.signum(), a.abs().toByteArray()).equals(a));
            System.out.println(" iv " + a.intValue() + " lv " + a.longValue() + " sv " + a.shortValue() + " bv " + a.byteValue());
        }
        long[] vals = {0, 1, -1, 2, -2, 127, 128, -128, -129, 255, 256, -256, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, -(1L << 32), (1L << 31), -(1L << 31) - 1};
        for (long v : vals) {
            BigInteger b = BigInteger.valueOf(v);
            System.out.println(v + ": bl " + b.bitLength() + " bc " + b.bitCount() + " lsb " + b.getLowestSetBit() + " " + Arrays.toString(b.toByteArray()) + " h " + b.hashCode()
                + " not " + b.not() + " >>1 " + b.shiftRight(1) + " >>63 " + b.shiftRight(63) + " >>64 " + b.shiftRight(64) + " <<33 " + b.shiftLeft(33));
        }
        byte[][] arrays = {{0}, {-1}, {0, 0, 1}, {-1, -1, -1, -1, -1}, {-128, 0, 0, 0, 0}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {-2, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, -1, -1, -1, -1}};
        for (byte[] ba : arrays) {
            BigInteger b = new BigInteger(ba);
            System.out.println(Arrays.toString(ba) + " -> " + b + " " + Arrays.toString(b.toByteArray()) + " mag " + new BigInteger(1, ba) + " " + new BigInteger(-1, ba));
        }
        System.out.println(new BigInteger(new byte[] {9, 1, 2, 3, 9}, 1, 3));
        System.out.println(new BigInteger(1, new byte[] {9, -1, -1, 9}, 1, 2));
        int[][] ranges = {{0, 0}, {1, 5}, {-1, 1}, {2, 0}, {3, 0}, {0, -1}};
        for (int[] rg : ranges) {
            try { System.out.println(new BigInteger(new byte[] {1, 2}, rg[0], rg[1])); } catch (RuntimeException e) { System.out.println(e); }
            try { System.out.println(new BigInteger(1, new byte[] {1, 2}, rg[0], rg[1])); } catch (RuntimeException e) { System.out.println(e); }
        }
        try { System.out.println(new BigInteger(new byte[0], 0, 1)); } catch (RuntimeException e) { System.out.println(e); }
        System.out.println((Object) BigInteger.ONE instanceof java.io.Serializable);
        try { new BigInteger(new byte[0]); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { new BigInteger(2, new byte[] {1}); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { new BigInteger(0, new byte[] {1}); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(new BigInteger(0, new byte[] {0, 0}) + " " + new BigInteger(1, new byte[0]));
        try { BigInteger.ONE.setBit(-1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { BigInteger.ONE.testBit(-5); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { BigInteger.ONE.flipBit(-5); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { BigInteger.ONE.clearBit(-5); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { BigInteger.ONE.shiftLeft(Integer.MAX_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(BigInteger.ONE.shiftRight(Integer.MAX_VALUE) + " " + BigInteger.ONE.negate().shiftRight(Integer.MAX_VALUE) + " " + BigInteger.TEN.negate().shiftLeft(Integer.MIN_VALUE) + " " + BigInteger.TEN.shiftLeft(Integer.MIN_VALUE));
        System.out.println(BigInteger.ZERO.not() + " " + BigInteger.ZERO.getLowestSetBit() + " " + BigInteger.ZERO.bitLength() + " " + BigInteger.ZERO.testBit(100) + " " + BigInteger.ONE.negate().testBit(1000));
  BigInteger[] xs2 = {BigInteger.TEN, BigInteger.TEN.negate(), BigInteger.ZERO};
  for (BigInteger x : xs2) {
    try { System.out.println(x.shiftRight(Integer.MIN_VALUE)); } catch (Exception e) { System.out.println(e); }
    try { System.out.println(x.shiftLeft(Integer.MIN_VALUE)); } catch (Exception e) { System.out.println(e); }
    try { System.out.println(x.shiftRight(-Integer.MAX_VALUE)); } catch (Exception e) { System.out.println(e); }
    try { System.out.println(x.shiftRight(Integer.MAX_VALUE)); } catch (Exception e) { System.out.println(e); }
  }
  try { System.out.println(BigInteger.ONE.setBit(Integer.MAX_VALUE)); } catch (Throwable e) { System.out.println(e); }
  for (BigInteger x : xs2) for (int op = 0; op < 3; op++) {
    try { System.out.println(op == 0 ? x.setBit(Integer.MAX_VALUE) : op == 1 ? x.clearBit(Integer.MAX_VALUE) : x.flipBit(Integer.MAX_VALUE)); } catch (Throwable e) { System.out.println(e); }
  }
        // random with the same seed gives HotSpot's value
        Random q = new Random(42);
        for (int bits = 0; bits < 70; bits += 3) System.out.print(new BigInteger(bits, q) + " ");
        System.out.println();
        try { new BigInteger(-1, q); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
