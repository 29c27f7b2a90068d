package java.io;

/** Big-endian primitives and modified UTF-8 strings to a byte stream. */
public class DataOutputStream extends FilterOutputStream implements DataOutput {
    protected int written;

    public DataOutputStream(OutputStream out) {
        super(out);
    }

    private void count(int n) {
        int t = written + n;
        written = t < 0 ? Integer.MAX_VALUE : t;
    }

    public synchronized void write(int b) throws IOException {
        out.write(b);
        count(1);
    }

    public synchronized void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        count(len);
    }

    public void flush() throws IOException {
        out.flush();
    }

    public final void writeBoolean(boolean v) throws IOException {
        out.write(v ? 1 : 0);
        count(1);
    }

    public final void writeByte(int v) throws IOException {
        out.write(v);
        count(1);
    }

    private void writeN(long v, int n) throws IOException {
        byte[] b = new byte[n];
        for (int i = n - 1; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        out.write(b, 0, n);
        count(n);
    }

    public final void writeShort(int v) throws IOException {
        writeN(v, 2);
    }

    public final void writeChar(int v) throws IOException {
        writeN(v, 2);
    }

    public final void writeInt(int v) throws IOException {
        writeN(v, 4);
    }

    public final void writeLong(long v) throws IOException {
        writeN(v, 8);
    }

    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    public final void writeBytes(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) out.write((byte) s.charAt(i));
        count(len);
    }

    public final void writeChars(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            int v = s.charAt(i);
            out.write(v >>> 8);
            out.write(v);
        }
        count(len * 2);
    }

    public final void writeUTF(String str) throws IOException {
        writeUTF(str, this);
    }

    static int writeUTF(String str, DataOutput out) throws IOException {
        int strlen = str.length();
        long utflen = 0;
        for (int i = 0; i < strlen; i++) {
            char c = str.charAt(i);
            utflen += (c >= 1 && c < 0x80) ? 1 : c < 0x800 ? 2 : 3;
        }
        if (utflen > 65535) {
            String shown = strlen > 16 ? str.substring(0, 8) + "..." + str.substring(strlen - 8) : str;
            throw new UTFDataFormatException("encoded string (" + shown + ") too long: " + utflen + " bytes");
        }
        byte[] b = new byte[(int) utflen + 2];
        int n = 0;
        b[n++] = (byte) (utflen >>> 8);
        b[n++] = (byte) utflen;
        for (int i = 0; i < strlen; i++) {
            char c = str.charAt(i);
            if (c >= 1 && c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xc0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3f));
            } else {
                b[n++] = (byte) (0xe0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[n++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        out.write(b, 0, n);
        return n;
    }

    public final int size() {
        return written;
    }
}
