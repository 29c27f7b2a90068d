import java.io.*;

// BufferedInputStream over a trickling source (mark/reset across refills, skip, available, close)
// and BufferedOutputStream (when bytes reach the underlying stream).
public class IoBufferedStreams {
    /** Delivers at most `chunk` bytes per read and counts calls. */
    static class Trickle extends InputStream {
        final byte[] data;
        final int chunk;
        int pos, reads, avail = -1;
        boolean closed;

        Trickle(int n, int chunk) {
            data = new byte[n];
            for (int i = 0; i < n; i++) data[i] = (byte) (i % 251);
            this.chunk = chunk;
        }

        public int read() {
            reads++;
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        public int read(byte[] b, int off, int len) {
            reads++;
            if (len == 0) return 0;
            if (pos >= data.length) return -1;
            int n = Math.min(Math.min(len, chunk), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }

        public int available() {
            return avail >= 0 ? avail : Math.min(chunk, data.length - pos);
        }

        public void close() {
            closed = true;
        }
    }

    static class Counting extends OutputStream {
        int bytes, writes, flushes;

        public void write(int b) {
            bytes++;
            writes++;
        }

        public void write(byte[] b, int off, int len) {
            bytes += len;
            writes++;
        }

        public void flush() {
            flushes++;
        }
    }

    public static void main(String[] args) throws Exception {
        Trickle src = new Trickle(1000, 7);
        BufferedInputStream in = new BufferedInputStream(src, 16);
        System.out.println(in.read() + " " + in.available() + " " + src.reads + " " + in.markSupported());
        byte[] b = new byte[40];
        System.out.println(in.read(b, 0, 40) + " " + b[0] + " " + b[39] + " reads=" + src.reads);
        in.mark(100);
        int first = in.read();
        byte[] skipped = new byte[60];
        System.out.println(in.readNBytes(skipped, 0, 60) + " " + skipped[59]);
        in.reset();
        System.out.println("reset " + (in.read() == first));
        in.mark(5);
        for (int i = 0; i < 40; i++) in.read();
        try {
            in.reset();
            System.out.println("reset ok");
        } catch (IOException e) {
            System.out.println("reset failed: " + e.getMessage());
        }
        System.out.println("skip " + in.skip(3) + " " + in.skip(500) + " " + in.skip(0) + " " + in.skip(-1));
        byte[] rest = in.readAllBytes();
        System.out.println(rest.length + " " + in.read() + " " + in.available());
        in.close();
        System.out.println(src.closed);
        try {
            in.read();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            in.available();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        in.close();
        try {
            new BufferedInputStream(src, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        // Large reads bypass the buffer.
        Trickle big = new Trickle(100, 100);
        BufferedInputStream bi = new BufferedInputStream(big, 8);
        System.out.println(bi.read(new byte[50], 0, 50) + " reads=" + big.reads);
        try {
            new BufferedInputStream(new Trickle(3, 3)).reset();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        // read stops when the source has nothing available
        Trickle slow = new Trickle(100, 3);
        slow.avail = 0;
        System.out.println(new BufferedInputStream(slow, 10).read(new byte[20], 0, 20));

        Counting sink = new Counting();
        BufferedOutputStream out = new BufferedOutputStream(sink, 10);
        for (int i = 0; i < 9; i++) out.write(i);
        System.out.println(sink.bytes + " " + sink.writes);
        out.write(new byte[3], 0, 3);
        System.out.println(sink.bytes + " " + sink.writes);
        out.write(new byte[25]);
        System.out.println(sink.bytes + " " + sink.writes);
        out.write(1);
        out.flush();
        System.out.println(sink.bytes + " " + sink.writes + " " + sink.flushes);
        out.write(new byte[4], 1, 2);
        out.close();
        System.out.println(sink.bytes + " " + sink.writes + " " + sink.flushes);
        try {
            new BufferedOutputStream(sink, -1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            out.write(new byte[2], 2, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
    }
}
