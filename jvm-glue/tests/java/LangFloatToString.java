import java.util.Random;

// Float.toString (JDK 17 FloatingDecimal digits) for random bit patterns, every power of two, subnormals,
// values near 1e-3 / 1e7 layout boundaries and integers around 2^24; plus string concatenation of floats.
public class LangFloatToString {
    public static void main(String[] args) {
        Random r = new Random(17);
        long h = 0;
        for (int i = 0; i < 12000; i++) {
            float f = Float.intBitsToFloat(r.nextInt());
            String s = Float.toString(f);
            if (i < 300) System.out.println(Integer.toHexString(Float.floatToRawIntBits(f)) + " " + s);
            h = h * 31 + s.hashCode();
        }
        System.out.println("random " + h);
        for (int e = -149; e <= 127; e++) System.out.print(Math.scalb(1.0f, e) + " ");
        System.out.println();
        for (int bits = 1; bits < 3000; bits += 7) System.out.print(Float.intBitsToFloat(bits) + " ");
        System.out.println();
        float[] near = {0.001f, 0.0009999999f, 0.00100001f, 9999999f, 1e7f, 10000001f, 16777215f, 16777216f, 16777218f, 1.0e-3f, 9.999999E-4f};
        for (float f : near) System.out.print(f + " " + Math.nextUp(f) + " " + Math.nextDown(f) + " ");
        System.out.println();
        for (int i = 0; i < 3000; i++) {
            float f = (r.nextInt(2000000) - 1000000) / (float) Math.pow(10, r.nextInt(12));
            h = h * 31 + ("" + f).hashCode();
        }
        System.out.println("decimal " + h);
    }
}
