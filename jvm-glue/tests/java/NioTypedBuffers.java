import java.nio.*;

// ShortBuffer, LongBuffer, FloatBuffer, DoubleBuffer: the common operations, NaN and -0.0 in equality and order.
public class NioTypedBuffers {
    public static void main(String[] args) {
        ShortBuffer s = ShortBuffer.allocate(6);
        s.put((short) -1).put((short) 300).put(new short[] {7, 8, 9}, 1, 2);
        s.flip();
        System.out.println(s + " " + s.get(1) + " " + s.get() + " " + s.slice() + " " + s.hashCode() + " " + s.order() + " " + s.getClass().getName());
        LongBuffer l = LongBuffer.wrap(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE, 42});
        l.position(1);
        long[] out = new long[2];
        l.get(out);
        System.out.println(l + " " + out[0] + " " + out[1] + " " + l.get() + " " + l.hasRemaining() + " " + l.hashCode() + " " + l.asReadOnlyBuffer().isReadOnly());
        System.out.println(LongBuffer.wrap(new long[] {1, 2}).compareTo(LongBuffer.wrap(new long[] {1, 3})) + " "
                + LongBuffer.wrap(new long[] {Long.MIN_VALUE}).compareTo(LongBuffer.wrap(new long[] {1})));
        float[] fs = {Float.NaN, -0.0f, 0.0f, 1.5f, Float.NEGATIVE_INFINITY};
        for (float x : fs) {
            StringBuilder sb = new StringBuilder(x + ":");
            for (float y : fs) {
                FloatBuffer a = FloatBuffer.wrap(new float[] {x}), b = FloatBuffer.wrap(new float[] {y});
                sb.append(' ').append(a.equals(b) ? 'T' : 'f').append(a.compareTo(b)).append('/').append(a.mismatch(b));
            }
            System.out.println(sb + " h=" + FloatBuffer.wrap(new float[] {x}).hashCode());
        }
        double[] ds = {Double.NaN, -0.0, 0.0, 2.25, Double.MAX_VALUE};
        for (double x : ds) {
            StringBuilder sb = new StringBuilder(x + ":");
            for (double y : ds) {
                DoubleBuffer a = DoubleBuffer.wrap(new double[] {x}), b = DoubleBuffer.wrap(new double[] {y});
                sb.append(' ').append(a.equals(b) ? 'T' : 'f').append(a.compareTo(b)).append('/').append(a.mismatch(b));
            }
            System.out.println(sb + " h=" + DoubleBuffer.wrap(new double[] {x}).hashCode());
        }
        DoubleBuffer d = DoubleBuffer.allocate(4);
        d.put(1.25).put(2.5);
        d.compact();
        System.out.println(d + " " + d.get(0) + " " + d.duplicate().flip());
        try {
            FloatBuffer.allocate(1).put(1f).put(2f);
        } catch (BufferOverflowException e) {
            System.out.println("overflow");
        }
        try {
            ShortBuffer.wrap(new short[2]).asReadOnlyBuffer().put((short) 1);
        } catch (ReadOnlyBufferException e) {
            System.out.println("read-only");
        }
        System.out.println(FloatBuffer.allocate(2).getClass().getName() + " " + DoubleBuffer.allocate(2).asReadOnlyBuffer().getClass().getName() + " "
                + LongBuffer.allocate(0) + " " + ShortBuffer.allocate(3).put((short) 1).position());
    }
}
