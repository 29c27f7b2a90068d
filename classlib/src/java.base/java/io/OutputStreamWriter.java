package java.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/** Chars to bytes through a CharsetEncoder; bytes are buffered (8192) until full, flush or close. */
public class OutputStreamWriter extends Writer {
    private OutputStream out;
    private final Charset charset;
    private final CharsetEncoder encoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    /** A high surrogate waiting for its pair, or 0. */
    private char pendingHigh;
    private boolean hasPending;

    public OutputStreamWriter(OutputStream out) {
        this(out, Charset.defaultCharset());
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out, mote.charset.Codec.forEncoding(charsetName));
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        this(out, Objects.requireNonNull(cs, "charset").newEncoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    public OutputStreamWriter(OutputStream out, CharsetEncoder enc) {
        super(out);
        this.out = Objects.requireNonNull(out);
        this.encoder = Objects.requireNonNull(enc, "charset encoder");
        this.charset = enc.charset();
    }

    public String getEncoding() {
        if (out == null) return null;
        switch (charset.name()) {
            case "UTF-8": return "UTF8";
            case "ISO-8859-1": return "ISO8859_1";
            case "US-ASCII": return "ASCII";
            case "UTF-16BE": return "UnicodeBigUnmarked";
            case "UTF-16LE": return "UnicodeLittleUnmarked";
            default: return charset.name();
        }
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }

    private void drain() throws IOException {
        if (bytes.position() > 0) {
            out.write(bytes.array(), 0, bytes.position());
            bytes.clear();
        }
    }

    private void encode(CharBuffer cb, boolean end) throws IOException {
        while (true) {
            CoderResult cr = encoder.encode(cb, bytes, end);
            if (cr.isUnderflow()) {
                if (cb.remaining() == 1) {
                    hasPending = true;
                    pendingHigh = cb.get();
                }
                return;
            }
            if (cr.isOverflow()) {
                drain();
                continue;
            }
            cr.throwException();
        }
    }

    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) return;
            CharBuffer cb;
            if (hasPending) {
                hasPending = false;
                char[] c = new char[len + 1];
                c[0] = pendingHigh;
                System.arraycopy(cbuf, off, c, 1, len);
                cb = CharBuffer.wrap(c);
            } else {
                cb = CharBuffer.wrap(cbuf, off, len);
            }
            encode(cb, false);
        }
    }

    public void write(String str, int off, int len) throws IOException {
        if (len < 0) throw new IndexOutOfBoundsException();
        char[] c = new char[len];
        IoSupport.getChars(str, off, off + len, c, 0);
        write(c, 0, len);
    }

    public void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            drain();
            out.flush();
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (out == null) return;
            try {
                CharBuffer rest = hasPending ? CharBuffer.wrap(new char[] {pendingHigh}) : CharBuffer.allocate(0);
                hasPending = false;
                encode(rest, true);
                while (encoder.flush(bytes).isOverflow()) drain();
                drain();
                out.flush();
            } finally {
                OutputStream o = out;
                out = null;
                o.close();
            }
        }
    }
}
