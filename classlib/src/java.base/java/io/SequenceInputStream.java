package java.io;

import java.util.Objects;

/** Reads one stream to its end, then the next (the Enumeration constructor is not there yet). */
public class SequenceInputStream extends InputStream {
    private InputStream first;
    private InputStream in;

    public SequenceInputStream(InputStream s1, InputStream s2) {
        in = Objects.requireNonNull(s1);
        first = Objects.requireNonNull(s2);
    }

    /** Closes the current stream and moves to the next one (null when done). */
    private void nextStream() throws IOException {
        if (in != null) in.close();
        in = first;
        first = null;
    }

    public int available() throws IOException {
        return in == null ? 0 : in.available();
    }

    public int read() throws IOException {
        while (in != null) {
            int c = in.read();
            if (c != -1) return c;
            nextStream();
        }
        return -1;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (in == null) return -1;
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        do {
            int n = in.read(b, off, len);
            if (n > 0) return n;
            nextStream();
        } while (in != null);
        return -1;
    }

    public void close() throws IOException {
        IOException failure = null;
        while (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
            in = first;
            first = null;
        }
        if (failure != null) throw failure;
    }
}
