public class IntArith {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 7, -7, 13, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789, -987654321};
        for (int a : vals) {
            for (int b : vals) {
                StringBuilder sb = new StringBuilder();
                sb.append(a + b).append(' ').append(a - b).append(' ').append(a * b).append(' ');
                if (b != 0) sb.append(a / b).append(' ').append(a % b).append(' ');
                sb.append(a & b).append(' ').append(a | b).append(' ').append(a ^ b).append(' ');
                sb.append(a << (b & 63)).append(' ').append(a >> b).append(' ').append(a >>> b);
                System.out.println(sb);
            }
            System.out.println(-a + " " + ~a + " " + (a > 3) + " " + (a <= -1));
        }
        int x = 5;
        x += 3; x -= 1; x *= 7; x /= 2; x %= 10; x <<= 3; x >>= 1; x >>>= 1; x &= 0xff; x |= 0x100; x ^= 0x55;
        System.out.println(x);
        int i = 0;
        System.out.println(i++ + ++i + i-- - --i);
    }
}
