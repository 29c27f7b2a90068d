import java.util.Arrays;
import java.util.Random;

/** Arrays.hashCode(byte[]) and Arrays.equals(byte[], byte[]), which Mote runs
 *  as intrinsics: nulls, empty arrays, negative bytes, same array, lengths. */
public class ByteArrayIntrinsics {
    public static void main(String[] args) {
        byte[] empty = new byte[0];
        System.out.println(Arrays.hashCode((byte[]) null) + " " + Arrays.hashCode(empty));
        System.out.println(Arrays.equals((byte[]) null, null) + " " + Arrays.equals(null, empty) + " "
                           + Arrays.equals(empty, null) + " " + Arrays.equals(empty, new byte[0]));
        Random r = new Random(12);
        long acc = 0;
        for (int n = 0; n < 300; n++) {
            byte[] a = new byte[n % 70];
            r.nextBytes(a);
            byte[] b = a.clone();
            int h = Arrays.hashCode(a);
            acc = acc * 31 + h;
            if (!Arrays.equals(a, b) || !Arrays.equals(a, a)) System.out.println("unequal copy at " + n);
            if (a.length > 0) {
                b[r.nextInt(a.length)] ^= (byte) (1 + r.nextInt(255));
                if (Arrays.equals(a, b)) System.out.println("equal after change at " + n);
                System.out.println(n + " " + h + " " + Arrays.hashCode(b));
            }
            if (Arrays.equals(a, Arrays.copyOf(a, a.length + 1))) System.out.println("equal longer at " + n);
        }
        byte[] neg = {-128, -1, 0, 1, 127};
        System.out.println(Arrays.hashCode(neg) + " " + acc);
        // the intrinsic is also reached through a method reference
        java.util.function.ToIntFunction<byte[]> f = Arrays::hashCode;
        System.out.println(f.applyAsInt(neg));
    }
}
