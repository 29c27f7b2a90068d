public class Conversions {
    public static void main(String[] args) {
        int[] is = {0, 127, 128, 255, 256, -1, -128, -129, 65535, 65536, 0x12345678, Integer.MIN_VALUE};
        for (int i : is) {
            System.out.println(i + " " + (byte) i + " " + (short) i + " " + (int) (char) i + " " + (long) i + " " + (float) i + " " + (double) i);
        }
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53, (1L << 53) + 1, -1L, 4294967296L};
        for (long l : ls) System.out.println(l + " " + (int) l + " " + (float) l + " " + (double) l + " " + (short) l);
        double[] ds = {1e10, -1e10, 2147483647.9, -2147483648.9, 9.3e18, -9.3e18, 0.5, -0.5};
        for (double d : ds) System.out.println(d + " " + (int) d + " " + (long) d + " " + (float) d + " " + (short) d + " " + (char) d);
        char c = 'A';
        c += 2;
        System.out.println(c + " " + (int) c + " " + (char) (c + 1) + " " + (c + 1) + " " + Character.toLowerCase(c));
        byte b = (byte) 200;
        b >>= 1;
        short s = (short) 40000;
        System.out.println(b + " " + s + " " + (b & 0xff) + " " + (s >>> 4));
        Integer boxed = 42;
        int unboxed = boxed;
        Long lb = 7L;
        Double db = 2.5;
        Character cb = 'z';
        Boolean bb = true;
        System.out.println(boxed + unboxed + " " + lb * 2 + " " + db / 2 + " " + cb + " " + !bb);
        System.out.println(Integer.valueOf(127) == Integer.valueOf(127));
        System.out.println(Integer.toHexString(255) + " " + Integer.toBinaryString(10) + " " + Integer.toOctalString(8) + " " + Integer.toString(-255, 16));
        System.out.println(Integer.parseInt("-123") + Integer.parseInt("7f", 16) + " " + Long.parseLong("9000000000"));
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Integer.MIN_VALUE - 1) + " " + Math.abs(Integer.MIN_VALUE));
    }
}
