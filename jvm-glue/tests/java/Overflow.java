public class Overflow {
    public static void main(String[] args) {
        int i = Integer.MAX_VALUE;
        i++;
        System.out.println(i + " " + (Integer.MAX_VALUE + Integer.MAX_VALUE) + " " + Integer.MIN_VALUE * -1 + " " + -Integer.MIN_VALUE);
        long l = Long.MAX_VALUE;
        l++;
        System.out.println(l + " " + Long.MIN_VALUE * -1 + " " + (Long.MAX_VALUE * 3));
        short s = Short.MAX_VALUE;
        s++;
        byte b = Byte.MIN_VALUE;
        b--;
        char c = 0;
        c--;
        System.out.println(s + " " + b + " " + (int) c);
        int h = 0;
        for (int k = 0; k < 100; k++) h = 31 * h + k * 1000003;
        System.out.println(h);
        long big = 1;
        for (int k = 0; k < 70; k++) big *= 3;
        System.out.println(big);
        System.out.println((int) 3_000_000_000L + " " + (int) -3_000_000_000L + " " + (short) 100_000 + " " + (byte) -200);
        System.out.println(1e308 * 10 + " " + -1e308 * 10 + " " + 1e-320 / 1e10 + " " + (float) 1e40 + " " + (float) 1e-50);
        System.out.println(Float.MAX_VALUE * 2 + " " + (double) Float.MAX_VALUE + " " + (0.1f == 0.1) + " " + ((float) 0.1 == 0.1f));
    }
}
