public class Shifts {
    public static void main(String[] args) {
        int[] amounts = {0, 1, 15, 31, 32, 33, 63, 64, -1, -31};
        for (int n : amounts) {
            System.out.println(n + ": " + (1 << n) + " " + (-1 >> n) + " " + (-1 >>> n) + " " + (1L << n) + " " + (-1L >> n) + " " + (-1L >>> n)
                    + " " + (0x80000000 >> n) + " " + (0x8000000000000000L >>> n));
        }
        System.out.println(Integer.rotateLeft(0x12345678, 8) + " " + Integer.rotateRight(0x12345678, 4) + " " + Integer.reverse(1)
                + " " + Integer.highestOneBit(100) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.bitCount(-1));
        System.out.println(Long.rotateLeft(1L, 65) + " " + Integer.reverseBytes(0x01020304) + " " + Integer.signum(-9));
    }
}
