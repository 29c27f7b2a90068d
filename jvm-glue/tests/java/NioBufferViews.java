import java.nio.*;

// ByteBuffer views (asCharBuffer/asShortBuffer/asIntBuffer/asLongBuffer/asFloatBuffer/asDoubleBuffer):
// shared bytes, byte order fixed at creation, positions, slices, read-only views, class names.
public class NioBufferViews {
    static String hex(ByteBuffer b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.capacity(); i++) sb.append(Integer.toHexString(b.get(i) & 0xff)).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            ByteBuffer b = ByteBuffer.allocate(24).order(order);
            b.position(2);
            IntBuffer ib = b.asIntBuffer();
            System.out.println(ib + " " + ib.order() + " " + ib.hasArray() + " " + ib.isReadOnly() + " " + ib.isDirect());
            ib.put(0x01020304).put(-1).put(2, 7);
            System.out.println(hex(b) + " | " + ib.get(0) + " " + ib.position());
            b.order(order == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            System.out.println("after order change: " + Integer.toHexString(ib.get(0)) + " " + ib.order() + " vs bb " + Integer.toHexString(b.getInt(2)));
            b.order(order);
            CharBuffer cb = b.asCharBuffer();
            System.out.println(cb.getClass().getName() + " " + cb.length() + " " + (int) cb.get(0) + " " + (int) cb.get(1));
            b.clear();
            CharBuffer text = b.asCharBuffer();
            text.put("hi\u00e9\u20ac");
            text.flip();
            System.out.println("'" + text + "' " + hex(b).substring(0, 23) + " " + text.subSequence(1, 3) + " " + text.slice());
            LongBuffer lb = ByteBuffer.wrap(new byte[17]).order(order).asLongBuffer();
            lb.put(Long.MIN_VALUE + 5);
            System.out.println(lb + " " + lb.get(0) + " " + lb.capacity());
            ByteBuffer fb = ByteBuffer.allocate(16).order(order);
            FloatBuffer f = fb.asFloatBuffer();
            f.put(1.5f).put(Float.NaN);
            DoubleBuffer d = fb.asDoubleBuffer();
            System.out.println(f.get(0) + " " + f.get(1) + " " + Long.toHexString(Double.doubleToRawLongBits(d.get(0))) + " " + d + " " + hex(fb));
            ShortBuffer sb = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7}).order(order).asShortBuffer();
            short[] out = new short[3];
            sb.get(out);
            System.out.println(sb + " " + out[0] + " " + out[1] + " " + out[2] + " " + sb.hasRemaining());
            IntBuffer ro = b.asReadOnlyBuffer().asIntBuffer();
            System.out.println(ro + " " + ro.isReadOnly());
            try {
                ro.put(1);
            } catch (ReadOnlyBufferException e) {
                System.out.println("read-only view");
            }
            try {
                ib.array();
            } catch (UnsupportedOperationException e) {
                System.out.println("no array");
            }
            IntBuffer s = ib.slice(1, 2);
            s.put(0, 99);
            System.out.println(s + " " + ib.get(1) + " " + ib.duplicate() + " " + ib.asReadOnlyBuffer() + " " + s.equals(IntBuffer.wrap(new int[] {99, 7})));
            IntBuffer c = ib.duplicate();
            c.clear().position(1);
            c.compact();
            System.out.println(c + " " + c.get(0) + " " + c.get(1) + " " + c.get(2) + " " + ib.hashCode());
        }
    }
}
