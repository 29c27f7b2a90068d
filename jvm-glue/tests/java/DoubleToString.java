import java.util.Random;

public class DoubleToString {
    public static void main(String[] args) {
        Random r = new Random(12345);
        for (int i = 0; i < 3000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            float f = Float.intBitsToFloat(r.nextInt());
            System.out.println(d + " " + f);
        }
        for (int i = 0; i < 2000; i++) {
            double scale = 1;
            for (int k = r.nextInt(40) - 20; k != 0; k += k < 0 ? 1 : -1) scale = k < 0 ? scale / 10 : scale * 10;
            double d = r.nextDouble() * scale;
            System.out.println(d + " " + (float) d + " " + (long) (d * 1e6) + " " + (double) (long) (d * 1e9));
        }
        for (int e = 0; e < 64; e++) {
            System.out.println((double) (1L << e) + " " + (float) (1L << e) + " " + (double) ((1L << e) - 1) + " " + (double) (1L << e) * 3);
        }
        for (int i = 1; i < 200; i++) System.out.println(i / 10.0 + " " + i / 3.0f + " " + i * 1e-5 + " " + i * 1e5f);
    }
}
