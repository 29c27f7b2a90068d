public class Bits {
    static int popcount(long x) {
        int c = 0;
        while (x != 0) {
            x &= x - 1;
            c++;
        }
        return c;
    }

    public static void main(String[] args) {
        long seed = 0x9E3779B97F4A7C15L;
        long h = 0;
        for (int i = 0; i < 100000; i++) {
            seed ^= seed << 13;
            seed ^= seed >>> 7;
            seed ^= seed << 17;
            h += popcount(seed) * (long) i;
            h = Long.rotateLeft(h, 5) ^ seed;
        }
        System.out.println(h);
        int x = 0b1011_0110;
        System.out.println(Integer.toBinaryString(x) + " " + Integer.bitCount(x) + " " + Integer.lowestOneBit(x) + " " + Integer.numberOfTrailingZeros(x)
                + " " + Long.highestOneBit(1000L) + " " + (x & -x) + " " + (~x & 0xff) + " " + 0x7fffffff * 2 + " " + 0xffL * 0xffffffffL);
        char c = (char) -1;
        System.out.println((int) c + " " + (short) c + " " + (byte) 0x80 + " " + (0x80 >>> 4) + " " + ((byte) 0x80 >>> 4) + " " + ((byte) 0x80 >> 4));
        System.out.println(Integer.compareUnsigned(-1, 1) + " " + Integer.toUnsignedString(-1) + " " + Integer.divideUnsigned(-1, 3) + " " + Long.compareUnsigned(-1L, 1L));
    }
}
