import java.nio.*;

// Multi-byte values in a ByteBuffer: both byte orders, relative and absolute, floats and doubles, bounds.
public class NioByteBufferOrder {
    static String dump(ByteBuffer b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.limit(); i++) sb.append(Integer.toHexString(b.get(i) & 0xff)).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            ByteBuffer b = ByteBuffer.allocate(40).order(order);
            b.putShort((short) 0x1234).putChar('\u00e9').putInt(0xcafebabe).putLong(0x0102030405060708L);
            b.putFloat(1.5f).putDouble(-2.25).put((byte) -1);
            System.out.println(order + " pos=" + b.position() + " " + dump(b));
            b.flip();
            System.out.println(Integer.toHexString(b.getShort()) + " " + (int) b.getChar() + " " + Integer.toHexString(b.getInt()) + " "
                    + Long.toHexString(b.getLong()) + " " + b.getFloat() + " " + b.getDouble() + " " + b.get() + " " + b.remaining());
            System.out.println(Integer.toHexString(b.getInt(4)) + " " + Long.toHexString(b.getLong(1)) + " " + b.getShort(3) + " " + (int) b.getChar(0)
                    + " " + b.getFloat(16) + " " + b.getDouble(20) + " " + b.order());
            b.limit(b.capacity());
            b.putInt(0, -2).putLong(8, Long.MIN_VALUE).putShort(28, (short) -300).putChar(30, 'Z').putFloat(32, Float.NaN).putDouble(32, 1e300);
            System.out.println(dump(b));
            try {
                b.getInt(b.limit() - 3);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("IOOBE " + e.getMessage());
            }
            try {
                b.position(b.limit() - 1);
                b.getShort();
            } catch (BufferUnderflowException e) {
                System.out.println("underflow, pos still " + b.position());
            }
            try {
                b.putLong(1L);
            } catch (BufferOverflowException e) {
                System.out.println("overflow, pos still " + b.position());
            }
        }
        ByteBuffer le = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        System.out.println(le.slice().order() + " " + le.duplicate().order() + " " + le.asReadOnlyBuffer().order() + " " + le.order());
        System.out.println(ByteOrder.nativeOrder() + " " + ByteOrder.BIG_ENDIAN + " " + (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN));
        // Round trip of many values.
        ByteBuffer r = ByteBuffer.allocate(8 * 200);
        long seed = 12345;
        long sum = 0;
        for (int i = 0; i < 200; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            r.putLong(seed);
        }
        r.flip();
        r.order(ByteOrder.LITTLE_ENDIAN);
        while (r.remaining() >= 4) sum = sum * 31 + r.getInt();
        System.out.println(sum);
    }
}
