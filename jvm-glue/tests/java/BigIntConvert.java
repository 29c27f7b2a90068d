import java.math.BigInteger;
import java.util.Random;

public class BigIntConvert {
    static void exact(BigInteger b) {
        StringBuilder sb = new StringBuilder(b.toString());
        try { sb.append(" L=").append(b.longValueExact()); } catch (ArithmeticException e) { sb.append(" L:").append(e.getMessage()); }
        try { sb.append(" I=").append(b.intValueExact()); } catch (ArithmeticException e) { sb.append(" I:").append(e.getMessage()); }
        try { sb.append(" S=").append(b.shortValueExact()); } catch (ArithmeticException e) { sb.append(" S:").append(e.getMessage()); }
        try { sb.append(" B=").append(b.byteValueExact()); } catch (ArithmeticException e) { sb.append(" B:").append(e.getMessage()); }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        Random r = new Random(2718);
        for (int i = 0; i < 150; i++) {
            BigInteger a = new BigInteger(1 + r.nextInt(i < 120 ? 140 : 1100), r);
            if (r.nextBoolean()) a = a.negate();
            System.out.println(a.bitLength() + " " + a.doubleValue() + " " + a.floatValue() + " " + a.longValue() + " " + a.intValue());
        }
        // rounding boundaries: 2^53 + k and 2^24 + k, ties to even
        BigInteger p53 = BigInteger.ONE.shiftLeft(53), p24 = BigInteger.ONE.shiftLeft(24);
        for (int k = -3; k <= 6; k++) {
            BigInteger d = p53.add(BigInteger.valueOf(k)), f = p24.add(BigInteger.valueOf(k));
            System.out.println(k + " " + d.doubleValue() + " " + d.negate().doubleValue() + " " + f.floatValue() + " " + f.negate().floatValue()
                + " " + Double.doubleToLongBits(d.shiftLeft(899).add(BigInteger.ONE).doubleValue()) + " " + d.shiftLeft(100).floatValue());
        }
        BigInteger max = BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(1024 - 54));
        System.out.println(max.doubleValue() + " " + max.subtract(BigInteger.ONE).doubleValue() + " " + max.negate().doubleValue() + " " + BigInteger.ONE.shiftLeft(1024).doubleValue());
        BigInteger fmax = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE.shiftLeft(128 - 25));
        System.out.println(fmax.floatValue() + " " + fmax.subtract(BigInteger.ONE).floatValue() + " " + BigInteger.ONE.shiftLeft(5000).negate().floatValue());
        long[] ls = {0, 1, -1, 127, 128, -128, -129, 32767, 32768, -32768, -32769, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L + Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long l : ls) exact(BigInteger.valueOf(l));
        exact(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        exact(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE));
        exact(BigInteger.ONE.shiftLeft(64));
        exact(BigInteger.ONE.shiftLeft(64).negate());
        System.out.println(BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(5)).longValue() + " " + BigInteger.ONE.shiftLeft(95).negate().intValue() + " " + BigInteger.valueOf(-5).shiftLeft(64).add(BigInteger.valueOf(7)).longValue());
        // Number API
        Number n = new BigInteger("123456789012345");
        System.out.println(n.byteValue() + " " + n.shortValue() + " " + n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + n.doubleValue());
        Object o = BigInteger.TEN;
        System.out.println(o.equals(BigInteger.valueOf(10)) + " " + o.equals(10) + " " + o.equals(null) + " " + ((Comparable<BigInteger>) BigInteger.TEN).compareTo(BigInteger.TWO));
    }
}
