import java.util.Random;

/** nextGaussian must follow HotSpot bit for bit (it uses StrictMath.log), over many seeds. */
public class FmtRandomGaussian {
    public static void main(String[] args) {
        long mismatchFree = 0;
        for (int seed = 0; seed < 200; seed++) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                if (i % 7 == 3) r.nextInt(1000);
                double g = r.nextGaussian();
                sb.append(Long.toHexString(Double.doubleToRawLongBits(g))).append(i % 10 == 9 ? '\n' : ' ');
            }
            if (seed % 40 == 0) System.out.print("seed " + seed + ":\n" + sb);
            mismatchFree += sb.toString().hashCode();
        }
        System.out.println("checksum " + mismatchFree);
        Random five = new Random(5);
        for (int i = 0; i < 300; i++) five.nextInt(1000);
        System.out.println("seed 5 after 300 ints: " + five.nextGaussian());
    }
}
