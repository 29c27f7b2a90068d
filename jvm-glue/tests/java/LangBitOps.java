import java.util.Random;

// Integer/Long bit methods for random and edge values, checked against naive loops.
public class LangBitOps {
    static int naiveBitCount(long v) {
        int n = 0;
        for (int i = 0; i < 64; i++) n += (int) ((v >>> i) & 1);
        return n;
    }

    public static void main(String[] args) {
        Random r = new Random(77);
        long h = 0;
        int bad = 0;
        for (int k = 0; k < 5000; k++) {
            int i = k < 64 ? (1 << k) - (k & 1) : r.nextInt() >>> r.nextInt(32);
            long l = k < 64 ? (1L << k) + (k & 2) : r.nextLong() >>> r.nextInt(64);
            if (Integer.bitCount(i) != naiveBitCount(i & 0xffffffffL) || Long.bitCount(l) != naiveBitCount(l)) bad++;
            int lz = 0;
            while (lz < 32 && (i << lz) >= 0 && ((i << lz) & 0x80000000) == 0) lz++;
            if (i != 0 && Integer.numberOfLeadingZeros(i) != lz) bad++;
            h = h * 31 + Integer.bitCount(i) + Integer.numberOfLeadingZeros(i) * 3 + Integer.numberOfTrailingZeros(i) * 5
                + Integer.highestOneBit(i) + Integer.lowestOneBit(i) + Integer.reverse(i) + Integer.reverseBytes(i)
                + Integer.rotateLeft(i, k) + Integer.rotateRight(i, -k) + Integer.signum(i);
            h = h * 31 + Long.bitCount(l) + Long.numberOfLeadingZeros(l) * 3 + Long.numberOfTrailingZeros(l) * 5
                + Long.highestOneBit(l) + Long.lowestOneBit(l) + Long.reverse(l) + Long.reverseBytes(l)
                + Long.rotateLeft(l, k) + Long.rotateRight(l, k * 7) + Long.signum(l) + Short.reverseBytes((short) i) + Character.reverseBytes((char) i);
            if (k < 70) System.out.println(i + " " + Integer.numberOfLeadingZeros(i) + " " + Integer.numberOfTrailingZeros(i) + " " + Integer.reverse(i) + " " + l + " " + Long.numberOfLeadingZeros(l) + " " + Long.numberOfTrailingZeros(l) + " " + Long.reverse(l));
        }
        System.out.println("hash " + h + " bad " + bad);
        System.out.println(Integer.numberOfLeadingZeros(0) + " " + Integer.numberOfTrailingZeros(0) + " " + Long.numberOfLeadingZeros(0) + " " + Long.numberOfTrailingZeros(0)
            + " " + Integer.highestOneBit(0) + " " + Integer.highestOneBit(-1) + " " + Long.highestOneBit(-1) + " " + Integer.signum(-9) + " " + Long.signum(0));
    }
}
