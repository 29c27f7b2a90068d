package java.io;

import java.util.Objects;

/** Big-endian primitives and modified UTF-8 strings from a byte stream. */
public class DataInputStream extends FilterInputStream implements DataInput {
    public DataInputStream(InputStream in) {
        super(in);
    }

    public final int read(byte[] b) throws IOException {
        return in.read(b, 0, b.length);
    }

    public final int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int n = 0;
        while (n < len) {
            int count = in.read(b, off + n, len - n);
            if (count < 0) throw new EOFException();
            n += count;
        }
    }

    public final int skipBytes(int n) throws IOException {
        int total = 0;
        int cur;
        while (total < n && (cur = (int) in.skip(n - total)) > 0) total += cur;
        return total;
    }

    private int next() throws IOException {
        InputStream in = this.in;
        int b = in.read();
        if (b < 0) throw new EOFException();
        return b;
    }

    public final boolean readBoolean() throws IOException {
        return next() != 0;
    }

    public final byte readByte() throws IOException {
        return (byte) next();
    }

    public final int readUnsignedByte() throws IOException {
        return next();
    }

    public final short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    public final int readUnsignedShort() throws IOException {
        InputStream in = this.in;
        int a = in.read(), b = in.read();
        if ((a | b) < 0) throw new EOFException();
        return (a << 8) | b;
    }

    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    public final int readInt() throws IOException {
        InputStream in = this.in;
        int a = in.read(), b = in.read(), c = in.read(), d = in.read();
        if ((a | b | c | d) < 0) throw new EOFException();
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    public final long readLong() throws IOException {
        byte[] b = new byte[8];
        readFully(b, 0, 8);
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[i] & 0xff);
        return v;
    }

    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Bytes to the next \n, \r or \r\n, each byte as one char (deprecated in Java, kept for completeness). */
    @Deprecated
    public final String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = in.read();
        if (c < 0) return null;
        while (c >= 0 && c != '\n') {
            if (c == '\r') {
                if (!(in instanceof PushbackInputStream)) in = new PushbackInputStream(in);
                int d = in.read();
                if (d != '\n' && d != -1) ((PushbackInputStream) in).unread(d);
                break;
            }
            sb.append((char) c);
            c = in.read();
        }
        return sb.toString();
    }

    public final String readUTF() throws IOException {
        return readUTF(this);
    }

    public static final String readUTF(DataInput in) throws IOException {
        int utflen = in.readUnsignedShort();
        byte[] b = new byte[utflen];
        in.readFully(b, 0, utflen);
        char[] chars = new char[utflen];
        int count = 0, n = 0;
        while (count < utflen) {
            int c = b[count] & 0xff;
            switch (c >> 4) {
                case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
                    count++;
                    chars[n++] = (char) c;
                    break;
                case 12: case 13: {
                    count += 2;
                    if (count > utflen) throw new UTFDataFormatException("malformed input: partial character at end");
                    int c2 = b[count - 1];
                    if ((c2 & 0xc0) != 0x80) throw new UTFDataFormatException("malformed input around byte " + count);
                    chars[n++] = (char) (((c & 0x1f) << 6) | (c2 & 0x3f));
                    break;
                }
                case 14: {
                    count += 3;
                    if (count > utflen) throw new UTFDataFormatException("malformed input: partial character at end");
                    int c2 = b[count - 2], c3 = b[count - 1];
                    if (((c2 & 0xc0) != 0x80) || ((c3 & 0xc0) != 0x80)) {
                        throw new UTFDataFormatException("malformed input around byte " + (count - 1));
                    }
                    chars[n++] = (char) (((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f));
                    break;
                }
                default:
                    throw new UTFDataFormatException("malformed input around byte " + count);
            }
        }
        return new String(chars, 0, n);
    }
}
