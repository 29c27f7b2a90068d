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
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    /** Decoded chars not yet delivered (read mode). */
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean eof;
    private boolean flushed;

    public InputStreamReader(InputStream in) {
        this(in, Charset.defaultCharset());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in, mote.charset.Codec.forEncoding(charsetName));
    }

    public InputStreamReader(InputStream in, Charset cs) {
        this(in, cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    public InputStreamReader(InputStream in, CharsetDecoder dec) {
        super(in);
        this.in = Objects.requireNonNull(in);
        this.decoder = Objects.requireNonNull(dec, "charset decoder");
        this.charset = dec.charset();
        bytes.flip();
        chars.flip();
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

    /** Decodes more chars into `chars`; false at end of input. */
    private boolean fill() throws IOException {
        chars.compact();
        try {
            while (chars.position() == 0) {
                if (flushed) return false;
                CoderResult cr = decoder.decode(bytes, chars, eof);
                if (cr.isError()) {
                    if (chars.position() > 0) break;
                    cr.throwException();
                }
                if (cr.isOverflow()) break;
                if (eof) {
                    cr = decoder.flush(chars);
                    if (cr.isUnderflow()) flushed = true;
                    continue;
                }
                // Underflow: read more bytes.
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (!chars.hasRemaining() && !fill()) return -1;
            return chars.get();
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) return 0;
            if (!chars.hasRemaining() && !fill()) return -1;
            int n = Math.min(len, chars.remaining());
            chars.get(cbuf, off, n);
            return n;
        }
    }

    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return chars.hasRemaining() || bytes.hasRemaining() || in.available() > 0;
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
