import java.io.*;

// DataOutputStream -> DataInputStream round trips of every primitive, sizes, readFully, skipBytes, EOF behaviour.
public class IoDataStreams {
    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeByte(-129);
        out.writeShort(0x12345);
        out.writeChar('\u20ac');
        out.writeInt(Integer.MIN_VALUE);
        out.writeLong(-2L);
        out.writeFloat(3.25f);
        out.writeFloat(Float.NaN);
        out.writeDouble(Math.PI);
        out.writeDouble(-0.0);
        out.writeBytes("AB\u0141");
        out.writeChars("x\u0141");
        out.write(new byte[] {9, 8, 7}, 1, 2);
        out.write(300);
        System.out.println("size " + out.size() + " " + bytes.size());
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes.toByteArray()) hex.append(Integer.toHexString(b & 0xff)).append(' ');
        System.out.println(hex.toString().trim());
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        System.out.println(in.readBoolean() + " " + in.readBoolean() + " " + in.readByte() + " " + in.readShort() + " " + (int) in.readChar());
        System.out.println(in.readInt() + " " + in.readLong() + " " + in.readFloat() + " " + in.readFloat() + " " + in.readDouble() + " " + in.readDouble());
        byte[] three = new byte[3];
        in.readFully(three);
        System.out.println(three[0] + " " + three[1] + " " + three[2] + " " + in.readChar() + " " + (int) in.readChar());
        System.out.println(in.readUnsignedByte() + " " + in.readUnsignedByte() + " " + in.readUnsignedByte() + " " + in.available() + " " + in.read());
        try {
            in.readByte();
        } catch (EOFException e) {
            System.out.println("EOF " + e.getMessage());
        }
        byte[] raw = {1, 2, 3, 4, 5, (byte) 0xff, (byte) 0xfe};
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(raw));
        System.out.println(d.skipBytes(2) + " " + d.readUnsignedShort() + " " + d.skipBytes(10) + " " + d.read());
        d = new DataInputStream(new ByteArrayInputStream(raw));
        byte[] buf = new byte[10];
        try {
            d.readFully(buf, 1, 9);
        } catch (EOFException e) {
            System.out.println("EOF partial " + buf[1] + " " + buf[7]);
        }
        d = new DataInputStream(new ByteArrayInputStream(raw, 0, 5));
        System.out.println(d.readUnsignedShort() + " " + d.readShort());
        try {
            d.readInt();
        } catch (EOFException e) {
            System.out.println("EOF int");
        }
        for (int n = 0; n < 8; n++) {
            try {
                new DataInputStream(new ByteArrayInputStream(new byte[n])).readLong();
                System.out.println(n + " ok");
            } catch (EOFException e) {
                System.out.println(n + " EOF");
            }
        }
        try {
            new DataInputStream(new ByteArrayInputStream(raw)).readFully(buf, 8, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        new DataInputStream(new ByteArrayInputStream(raw)).readFully(buf, 0, 0);
        // Many values round trip.
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        DataOutputStream mo = new DataOutputStream(many);
        long x = 7;
        for (int i = 0; i < 500; i++) {
            x = x * 2862933555777941757L + 3037000493L;
            mo.writeLong(x);
            mo.writeInt((int) (x >>> 7));
            mo.writeDouble(Double.longBitsToDouble(x));
            mo.writeShort((int) x);
        }
        mo.flush();
        DataInputStream mi = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(many.toByteArray())));
        x = 7;
        int bad = 0;
        for (int i = 0; i < 500; i++) {
            x = x * 2862933555777941757L + 3037000493L;
            if (mi.readLong() != x) bad++;
            if (mi.readInt() != (int) (x >>> 7)) bad++;
            if (Double.doubleToRawLongBits(mi.readDouble()) != Double.doubleToRawLongBits(Double.longBitsToDouble(x))) bad++;
            if (mi.readShort() != (short) x) bad++;
        }
        System.out.println("many " + mo.size() + " bad=" + bad + " " + mi.read());
    }
}
