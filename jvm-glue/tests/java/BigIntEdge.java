import java.math.BigInteger;

public class BigIntEdge {
    public static void main(String[] args) {
        BigInteger[] vals = {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(), BigInteger.TWO, BigInteger.TEN, BigInteger.valueOf(Integer.MAX_VALUE), BigInteger.valueOf(Integer.MIN_VALUE),
            BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE), BigInteger.ONE.shiftLeft(32), BigInteger.ONE.shiftLeft(32).negate(), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(96).negate(), new BigInteger("ffffffffffffffffffffffff", 16), new BigInteger("-100000000000000000000000000", 16)};
        for (BigInteger a : vals) {
            StringBuilder sb = new StringBuilder(a + ": h=" + a.hashCode() + " bl=" + a.bitLength() + " bc=" + a.bitCount() + " lsb=" + a.getLowestSetBit() + " sig=" + a.signum()
                + " hex=" + a.toString(16) + " oct=" + a.toString(8) + " bin=" + a.toString(2).length() + " neg=" + a.negate() + " abs=" + a.abs() + " sq=" + a.multiply(a) + " not=" + a.not());
            for (BigInteger b : vals) {
                sb.append(" [").append(a.compareTo(b)).append(a.equals(b) ? "=" : "").append(' ').append(a.add(b).hashCode()).append(' ').append(a.subtract(b).hashCode()).append(' ').append(a.and(b).hashCode())
                    .append(' ').append(a.or(b).hashCode()).append(' ').append(a.xor(b).hashCode());
                if (b.signum() != 0) sb.append(' ').append(a.divide(b)).append(' ').append(a.remainder(b)).append(' ').append(b.signum() > 0 ? a.mod(b).toString() : "-");
                sb.append(']');
            }
            System.out.println(sb);
        }
        for (int s = 0; s <= 130; s += 13) {
            BigInteger p = BigInteger.ONE.shiftLeft(s);
            System.out.println(s + " " + p + " " + p.negate().shiftRight(s / 2) + " " + p.subtract(BigInteger.ONE).shiftRight(s == 0 ? 0 : s - 1) + " " + p.negate().bitLength() + " " + p.negate().add(BigInteger.ONE).bitLength()
                + " " + p.negate().toString(36) + " " + p.hashCode() + " " + p.pow(3).bitLength());
        }
        System.out.println(BigInteger.valueOf(-16) == BigInteger.valueOf(-16));
        System.out.println(BigInteger.valueOf(16) == BigInteger.valueOf(16));
        System.out.println(BigInteger.TEN.compareTo(BigInteger.TEN) + " " + BigInteger.ZERO.negate().signum() + " " + new BigInteger("-0").equals(BigInteger.ZERO) + " " + BigInteger.ONE.min(BigInteger.ONE.negate()));
    }
}
