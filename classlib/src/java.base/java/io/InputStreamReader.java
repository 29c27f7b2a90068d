package java.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/** Bytes to chars through a CharsetDecoder (malformed input replaced with U+FFFD unless a decoder is given). */
public class InputStreamReader extends Reader {
    private InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    /** Undecoded bytes (read mode). */
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    /** read() decodes two chars at a time (a surrogate pair needs both); the second waits here. */
    private char leftover;
    private boolean hasLeftover;

    public InputStreamReader(InputStream in) {
        this(in, Charset.defaultCharset());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in, mote.charset.Codec.forEncoding(charsetName));
    }

    public InputStreamReader(InputStream in, Charset cs) {
        this(in, Objects.requireNonNull(cs, "charset").newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    public InputStreamReader(InputStream in, CharsetDecoder dec) {
        super(in);
        this.in = Objects.requireNonNull(in);
        this.decoder = Objects.requireNonNull(dec, "charset decoder");
        this.charset = dec.charset();
        bytes.flip();
    }

    /** The historical (java.io) name of the encoding, or null once closed. */
    public String getEncoding() {
        if (in == null) return null;
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
        if (in == null) throw new IOException("Stream closed");
    }

    private boolean inReady() {
        try {
            return in != null && in.available() > 0;
        } catch (IOException x) {
            return false;
        }
    }

    /** Reads more bytes after the undecoded ones; -1 at end of input. */
    private int readBytes() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) return n;
            if (n == 0) throw new IOException("Underlying input stream returned zero bytes");
            bytes.position(bytes.position() + n);
        } finally {
            bytes.flip();
        }
        return bytes.remaining();
    }

    /**
     * Decodes straight into cbuf: stops when it is full, or when some chars are there and the stream
     * has nothing more available, or at the end of input (where a truncated sequence is malformed).
     */
    private int decodeInto(char[] cbuf, int off, int len) throws IOException {
        CharBuffer cb = CharBuffer.wrap(cbuf, off, len).slice();
        boolean eof = false;
        while (true) {
            CoderResult cr = decoder.decode(bytes, cb, eof);
            if (cr.isUnderflow()) {
                if (eof || !cb.hasRemaining()) break;
                if (cb.position() > 0 && !inReady()) break;
                if (readBytes() < 0) {
                    eof = true;
                    if (cb.position() == 0 && !bytes.hasRemaining()) break;
                }
                continue;
            }
            if (cr.isOverflow()) break;
            cr.throwException();
        }
        if (eof) decoder.reset();
        if (cb.position() == 0 && eof) return -1;
        return cb.position();
    }

    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (hasLeftover) {
                hasLeftover = false;
                return leftover;
            }
            char[] two = new char[2];
            int n = read(two, 0, 2);
            if (n == -1) return -1;
            if (n == 2) {
                leftover = two[1];
                hasLeftover = true;
            }
            return two[0];
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) return 0;
            int n = 0;
            if (hasLeftover) {
                cbuf[off++] = leftover;
                len--;
                hasLeftover = false;
                n = 1;
                if (len == 0 || !(bytes.hasRemaining() || inReady())) return n;
            }
            if (len == 1) {
                int c = read();
                if (c == -1) return n == 0 ? -1 : n;
                cbuf[off] = (char) c;
                return n + 1;
            }
            int k = decodeInto(cbuf, off, len);
            if (k < 0) return n == 0 ? -1 : n;
            return n + k;
        }
    }

    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return hasLeftover || bytes.hasRemaining() || inReady();
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (in == null) return;
            InputStream i = in;
            in = null;
            i.close();
        }
    }
}
