public class LongArith {
    public static void main(String[] args) {
        long[] vals = {0L, 1L, -1L, 3L, -3L, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L, -98765432109876L, 1L << 40};
        for (long a : vals) {
            for (long b : vals) {
                System.out.print(a + b);
                System.out.print(" " + (a - b) + " " + (a * b));
                if (b != 0) System.out.print(" " + (a / b) + " " + (a % b));
                System.out.println(" " + (a & b) + " " + (a | b) + " " + (a ^ b) + " " + (a << b) + " " + (a >> b) + " " + (a >>> b)
                        + " " + Long.compare(a, b) + " " + (a < b));
            }
        }
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
            System.out.println(i + "! = " + f);
        }
        System.out.println(Long.toHexString(-1L) + " " + Long.toBinaryString(5L) + " " + Long.toString(-255L, 16));
        System.out.println(Long.numberOfTrailingZeros(1L << 33) + " " + Long.bitCount(0xF0F0L) + " " + Long.numberOfLeadingZeros(1L));
    }
}
