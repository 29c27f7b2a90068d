import java.nio.*;

// IntBuffer: allocation, wrap, bulk transfers, views and bounds.
public class NioIntBuffer {
    static String all(IntBuffer b) {
        StringBuilder sb = new StringBuilder(b.toString()).append(" [");
        for (int i = b.position(); i < b.limit(); i++) sb.append(b.get(i)).append(i + 1 < b.limit() ? " " : "");
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        IntBuffer b = IntBuffer.allocate(8);
        for (int i = 0; b.hasRemaining(); i++) b.put(i * i - 5);
        System.out.println(all(b.flip()) + " " + b.order() + " " + b.isDirect());
        b.position(2);
        IntBuffer s = b.slice();
        System.out.println(all(s) + " " + s.arrayOffset());
        s.put(1, 1000);
        System.out.println(b.get(3) + " " + all(b.duplicate().position(0)));
        int[] out = new int[3];
        b.get(out);
        System.out.println(out[0] + " " + out[1] + " " + out[2] + " " + b.position());
        b.compact();
        System.out.println(all(b.flip()));
        IntBuffer ro = b.asReadOnlyBuffer();
        System.out.println(ro + " " + ro.isReadOnly());
        try {
            ro.put(1);
        } catch (ReadOnlyBufferException e) {
            System.out.println("RO " + e.getMessage());
        }
        int[] arr = {1, 2, 3, 4, 5, 6};
        IntBuffer w = IntBuffer.wrap(arr, 2, 3);
        System.out.println(all(w) + " " + w.get() + " " + w.get());
        w.put(-9);
        System.out.println(arr[4] + " " + w.remaining());
        IntBuffer t = IntBuffer.allocate(10);
        t.put(new int[] {7, 8, 9}, 1, 2).put(IntBuffer.wrap(new int[] {4, 4}));
        System.out.println(all(t.flip()));
        try {
            t.get(9);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE");
        }
        try {
            IntBuffer.allocate(1).put(new int[2]);
        } catch (BufferOverflowException e) {
            System.out.println("overflow");
        }
        try {
            IntBuffer.allocate(3).slice(1, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        long h = 0;
        IntBuffer big = IntBuffer.allocate(1000);
        for (int i = 0; i < 1000; i++) big.put(i * 7919);
        big.flip();
        while (big.hasRemaining()) h = h * 31 + big.get();
        System.out.println(h + " " + big.hashCode());
    }
}
