import java.nio.*;

// Heap ByteBuffer: relative/absolute get and put, flip/clear/rewind/compact/slice/duplicate, marks, read-only views.
public class NioByteBufferBasics {
    interface Body { Object run() throws Exception; }

    static void t(String name, Body b) {
        try {
            System.out.println(name + " = " + b.run());
        } catch (Throwable e) {
            System.out.println(name + " ! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String rest(ByteBuffer b) {
        StringBuilder sb = new StringBuilder(b.toString()).append(" {");
        for (int i = b.position(); i < b.limit(); i++) sb.append(b.get(i)).append(i + 1 < b.limit() ? "," : "");
        return sb.append('}').toString();
    }

    public static void main(String[] args) {
        ByteBuffer b = ByteBuffer.allocate(16);
        System.out.println(b + " " + b.remaining() + " " + b.hasRemaining() + " " + b.isDirect() + " " + b.isReadOnly() + " " + b.hasArray() + " " + b.arrayOffset());
        for (int i = 0; i < 10; i++) b.put((byte) (i * 3));
        System.out.println(b);
        b.flip();
        System.out.println(rest(b));
        System.out.println(b.get() + " " + b.get() + " " + b.get(7) + " " + b);
        b.mark();
        b.get();
        b.get();
        b.reset();
        System.out.println("after reset " + b.position());
        b.compact();
        System.out.println("compact " + b + " " + b.get(0) + " " + b.get(7));
        b.flip();
        ByteBuffer s = b.slice();
        System.out.println("slice " + rest(s) + " " + s.arrayOffset());
        s.put(0, (byte) 99);
        System.out.println("shared " + b.get(0) + " " + s.get(0));
        ByteBuffer s2 = b.slice(2, 3);
        System.out.println("slice2 " + rest(s2) + " " + s2.arrayOffset());
        ByteBuffer d = b.duplicate();
        d.position(3);
        System.out.println("dup " + d + " orig " + b);
        ByteBuffer ro = b.asReadOnlyBuffer();
        System.out.println("ro " + ro + " " + ro.isReadOnly() + " " + ro.hasArray() + " " + ro.get(1));
        t("roPut", () -> ro.put((byte) 1));
        t("roPutAbs", () -> ro.put(0, (byte) 1));
        t("roArray", () -> ro.array());
        t("roOffset", () -> ro.arrayOffset());
        t("roCompact", () -> ro.compact());
        t("roPutInt", () -> ro.putInt(1));
        t("roSlice", () -> ro.slice().isReadOnly() + " " + ro.duplicate().isReadOnly());
        byte[] arr = {10, 20, 30, 40, 50, 60};
        ByteBuffer w = ByteBuffer.wrap(arr, 1, 3);
        System.out.println("wrap " + w + " " + rest(w) + " " + (w.array() == arr));
        w.put((byte) -1);
        System.out.println(arr[1] + " " + w.position());
        byte[] dst = new byte[4];
        ByteBuffer.wrap(arr).get(dst, 1, 2);
        System.out.println(dst[0] + " " + dst[1] + " " + dst[2] + " " + dst[3]);
        ByteBuffer big = ByteBuffer.allocate(8);
        big.put(new byte[] {1, 2, 3});
        big.put(ByteBuffer.wrap(new byte[] {4, 5}));
        big.put(6, (byte) 7);
        System.out.println(rest(big.duplicate().flip()) + " " + rest(big.rewind()));
        ByteBuffer c = ByteBuffer.allocate(5);
        c.position(2).limit(4);
        System.out.println(c + " " + c.remaining());
        c.clear();
        System.out.println(c);
        c.position(3).mark().position(1);
        t("markDropped", () -> c.reset());
        c.position(3).mark().limit(2);
        t("markDroppedByLimit", () -> c.position(1).reset());
        t("absGet", () -> ByteBuffer.allocate(4).get(4));
        t("absGetNeg", () -> ByteBuffer.allocate(4).get(-1));
        t("relGet", () -> ByteBuffer.allocate(0).get());
        t("relPut", () -> ByteBuffer.allocate(1).put((byte) 1).put((byte) 2));
        t("bulkGet", () -> ByteBuffer.allocate(2).get(new byte[3]));
        t("bulkPut", () -> ByteBuffer.allocate(2).put(new byte[3]));
        t("bulkRange", () -> ByteBuffer.allocate(8).get(new byte[3], 2, 2));
        t("bulkNeg", () -> ByteBuffer.allocate(8).put(new byte[3], -1, 2));
        t("putSelf", () -> { ByteBuffer x = ByteBuffer.allocate(2); return x.put(x); });
        t("putBuf", () -> ByteBuffer.allocate(1).put(ByteBuffer.allocate(2)));
        t("position", () -> ByteBuffer.allocate(4).position(5));
        t("positionNeg", () -> ByteBuffer.allocate(4).position(-2));
        t("limit", () -> ByteBuffer.allocate(4).limit(5));
        t("limitNeg", () -> ByteBuffer.allocate(4).limit(-3));
        t("alloc", () -> ByteBuffer.allocate(-7));
        t("wrapBad", () -> ByteBuffer.wrap(new byte[4], 2, 3));
        t("sliceBad", () -> ByteBuffer.allocate(4).slice(3, 2));
        t("resetFresh", () -> ByteBuffer.allocate(4).reset());
        t("direct", () -> ByteBuffer.allocateDirect(4).limit());
        t("absBulk", () -> { ByteBuffer x = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5}); byte[] o = new byte[2]; x.get(3, o); return o[0] + "," + o[1] + " " + x.position(); });
        t("absBulkPut", () -> { ByteBuffer x = ByteBuffer.allocate(5); x.put(1, new byte[] {9, 8}); return rest(x); });
        t("absBulkBad", () -> ByteBuffer.allocate(5).put(4, new byte[] {9, 8}));
    }
}
