package java.io;

import java.util.Objects;
import mote.io.Fs;

/** A file with a movable position, read-only ("r") or read-write ("rw", "rws", "rwd"). */
public class RandomAccessFile implements DataOutput, DataInput, Closeable {
    private final int handle;
    private final String path;
    private final boolean rw;
    private final FileDescriptor fd;
    private volatile boolean closed;

    public RandomAccessFile(String name, String mode) throws FileNotFoundException {
        this(name != null ? new File(name) : null, mode);
    }

    public RandomAccessFile(File file, String mode) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (mode.equals("r")) {
            rw = false;
        } else if (mode.equals("rw") || mode.equals("rws") || mode.equals("rwd")) {
            rw = true;
        } else {
            throw new IllegalArgumentException("Illegal mode \"" + mode + "\" must be one of \"r\", \"rw\", \"rws\", or \"rwd\"");
        }
        if (name == null) throw new NullPointerException();
        if (file.isInvalid()) throw new FileNotFoundException("Invalid file path");
        int h = Fs.open0(name, rw ? Fs.READ_WRITE : Fs.READ);
        if (h < 0) throw new FileNotFoundException(name + " (" + Fs.strerror(-h) + ")");
        handle = h;
        path = name;
        fd = new FileDescriptor(h);
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream Closed");
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    public int read() throws IOException {
        byte[] b = new byte[1];
        return read(b, 0, 1) == 1 ? b[0] & 0xff : -1;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) return 0;
        int n = Fs.read0(handle, b, off, len);
        if (n < 0) throw Fs.ioError(n);
        return n == 0 ? -1 : n;
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0) throw new EOFException();
            n += count;
        }
    }

    public int skipBytes(int n) throws IOException {
        if (n <= 0) return 0;
        long pos = getFilePointer(), len = length();
        long newpos = Math.min(pos + n, len);
        seek(newpos);
        return (int) (newpos - pos);
    }

    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (!rw) throw new IOException("Bad file descriptor");
        while (len > 0) {
            int n = Fs.write0(handle, b, off, len);
            if (n < 0) throw Fs.ioError(n);
            off += n;
            len -= n;
        }
    }

    public long getFilePointer() throws IOException {
        ensureOpen();
        long p = Fs.seek0(handle, 0, Fs.SEEK_CUR);
        if (p < 0) throw Fs.ioError((int) p);
        return p;
    }

    public void seek(long pos) throws IOException {
        if (pos < 0) throw new IOException("Negative seek offset");
        ensureOpen();
        long p = Fs.seek0(handle, pos, Fs.SEEK_SET);
        if (p < 0) throw Fs.ioError((int) p);
    }

    public long length() throws IOException {
        ensureOpen();
        long[] st = Fs.stat(path);
        if (st == null) throw new IOException("Stream Closed");
        return st[1];
    }

    public void setLength(long newLength) throws IOException {
        ensureOpen();
        if (!rw) throw new IOException("Invalid argument");
        if (newLength < 0) throw new IOException("Invalid argument");
        long pos = getFilePointer();
        int r = Fs.setLength0(handle, newLength);
        if (r < 0) throw Fs.ioError(r);
        if (pos > newLength) seek(newLength);
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        Fs.close0(handle);
    }

    private int next() throws IOException {
        int b = read();
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
        int a = next(), b = next();
        return (a << 8) | b;
    }

    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    public final int readInt() throws IOException {
        return (next() << 24) | (next() << 16) | (next() << 8) | next();
    }

    public final long readLong() throws IOException {
        return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
    }

    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Bytes to the next \n, \r or \r\n, each byte as one char. */
    public final String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = -1;
        boolean eol = false;
        while (!eol) {
            switch (c = read()) {
                case -1:
                case '\n':
                    eol = true;
                    break;
                case '\r':
                    eol = true;
                    long cur = getFilePointer();
                    if (read() != '\n') seek(cur);
                    break;
                default:
                    sb.append((char) c);
                    break;
            }
        }
        if (c == -1 && sb.length() == 0) return null;
        return sb.toString();
    }

    public final String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }

    public final void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    public final void writeByte(int v) throws IOException {
        write(v);
    }

    private void writeN(long v, int n) throws IOException {
        byte[] b = new byte[n];
        for (int i = n - 1; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        write(b, 0, n);
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
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        write(b, 0, b.length);
    }

    public final void writeChars(String s) throws IOException {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            b[2 * i] = (byte) (s.charAt(i) >> 8);
            b[2 * i + 1] = (byte) s.charAt(i);
        }
        write(b, 0, b.length);
    }

    public final void writeUTF(String str) throws IOException {
        DataOutputStream.writeUTF(str, this);
    }
}
