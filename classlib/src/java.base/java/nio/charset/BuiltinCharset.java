package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import mote.charset.Codec;

/** UTF-8, ISO-8859-1 and US-ASCII, converting with {@link Codec}'s loops. */
final class BuiltinCharset extends Charset {
    static final BuiltinCharset UTF8 = new BuiltinCharset(Codec.UTF_8, "UTF-8", new String[] {"unicode-1-1-utf-8", "UTF8"});
    static final BuiltinCharset LATIN1 = new BuiltinCharset(Codec.ISO_8859_1, "ISO-8859-1", new String[] {
        "819", "ISO8859-1", "l1", "ISO_8859-1:1987", "ISO_8859-1", "8859_1", "iso-ir-100", "latin1", "cp819",
        "ISO8859_1", "IBM819", "ISO_8859_1", "IBM-819", "csISOLatin1"});
    static final BuiltinCharset ASCII = new BuiltinCharset(Codec.US_ASCII, "US-ASCII", new String[] {
        "iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII", "iso_646.irv:1983", "ANSI_X3.4-1968", "ISO646-US",
        "default", "cp367", "csASCII", "646", "us", "IBM367", "ascii7"});

    static final BuiltinCharset UTF16BE = new BuiltinCharset(Codec.UTF_16BE, "UTF-16BE", new String[] {
        "X-UTF-16BE", "UTF_16BE", "ISO-10646-UCS-2", "UnicodeBigUnmarked"});
    static final BuiltinCharset UTF16LE = new BuiltinCharset(Codec.UTF_16LE, "UTF-16LE", new String[] {
        "UnicodeLittleUnmarked", "UTF_16LE", "X-UTF-16LE"});
    static final BuiltinCharset UTF16 = new BuiltinCharset(Codec.UTF_16, "UTF-16", new String[] {
        "UTF_16", "utf16", "unicode", "UnicodeBig"});

    final int id;

    private BuiltinCharset(int id, String name, String[] aliases) {
        super(name, aliases);
        this.id = id;
    }

    static BuiltinCharset of(int id) {
        switch (id) {
            case Codec.UTF_8: return UTF8;
            case Codec.ISO_8859_1: return LATIN1;
            case Codec.US_ASCII: return ASCII;
            case Codec.UTF_16BE: return UTF16BE;
            case Codec.UTF_16LE: return UTF16LE;
            default: return UTF16;
        }
    }

    public boolean contains(Charset cs) {
        if (id == Codec.UTF_8 || id >= Codec.UTF_16BE) return true;
        if (id == Codec.ISO_8859_1) return cs == LATIN1 || cs == ASCII;
        return cs == ASCII;
    }

    public CharsetDecoder newDecoder() {
        return new Decoder(this);
    }

    public CharsetEncoder newEncoder() {
        return new Encoder(this);
    }

    static CoderResult result(int r) {
        if (r == Codec.UNDERFLOW) return CoderResult.UNDERFLOW;
        if (r == Codec.OVERFLOW) return CoderResult.OVERFLOW;
        if (r > Codec.UNMAPPABLE) return CoderResult.unmappableForLength(r - Codec.UNMAPPABLE);
        return CoderResult.malformedForLength(r);
    }

    private static final class Decoder extends CharsetDecoder {
        private final int id;
        private int order;

        Decoder(BuiltinCharset cs) {
            super(cs, cs.id >= Codec.UTF_16BE ? 0.5f : 1.0f, 1.0f);
            this.id = cs.id;
        }

        protected void implReset() {
            order = Codec.ORDER_UNKNOWN;
        }

        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            if (in.hasArray() && out.hasArray()) {
                int ib = in.arrayOffset(), ob = out.arrayOffset();
                int[] pos = {ib + in.position(), ob + out.position(), order};
                int r = Codec.decode(id, in.array(), ib + in.limit(), out.array(), ob + out.limit(), pos);
                in.position(pos[0] - ib);
                out.position(pos[1] - ob);
                order = pos[2];
                return result(r);
            }
            // Read-only buffers: go through copies.
            byte[] src = new byte[in.remaining()];
            in.duplicate().get(src);
            char[] dst = new char[out.remaining()];
            int[] pos = {0, 0, order};
            int r = Codec.decode(id, src, src.length, dst, dst.length, pos);
            order = pos[2];
            in.position(in.position() + pos[0]);
            out.put(dst, 0, pos[1]);
            return result(r);
        }
    }

    private static final class Encoder extends CharsetEncoder {
        private final int id;
        private int order;

        Encoder(BuiltinCharset cs) {
            super(cs, averageBytes(cs.id), maxBytes(cs.id), replacementFor(cs.id));
            this.id = cs.id;
        }

        private static float averageBytes(int id) {
            return id == Codec.UTF_8 ? 1.1f : id >= Codec.UTF_16BE ? 2.0f : 1.0f;
        }

        private static float maxBytes(int id) {
            return id == Codec.UTF_8 ? 3.0f : id == Codec.UTF_16 ? 4.0f : id >= Codec.UTF_16BE ? 2.0f : 1.0f;
        }

        private static byte[] replacementFor(int id) {
            if (id == Codec.UTF_16LE) return new byte[] {(byte) 0xfd, (byte) 0xff};
            if (id >= Codec.UTF_16BE) return new byte[] {(byte) 0xff, (byte) 0xfd};
            return new byte[] {(byte) '?'};
        }

        protected void implReset() {
            order = Codec.ORDER_UNKNOWN;
        }

        public boolean canEncode(char c) {
            if (c >= 0xd800 && c <= 0xdfff) return false;
            return id == Codec.UTF_8 || id >= Codec.UTF_16BE || c <= (id == Codec.ISO_8859_1 ? 0xff : 0x7f);
        }

        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            if (in.hasArray() && out.hasArray()) {
                int ib = in.arrayOffset(), ob = out.arrayOffset();
                int[] pos = {ib + in.position(), ob + out.position(), order};
                int r = Codec.encode(id, in.array(), ib + in.limit(), out.array(), ob + out.limit(), pos);
                in.position(pos[0] - ib);
                out.position(pos[1] - ob);
                order = pos[2];
                return result(r);
            }
            char[] src = new char[in.remaining()];
            in.duplicate().get(src);
            byte[] dst = new byte[out.remaining()];
            int[] pos = {0, 0, order};
            int r = Codec.encode(id, src, src.length, dst, dst.length, pos);
            order = pos[2];
            in.position(in.position() + pos[0]);
            out.put(dst, 0, pos[1]);
            return result(r);
        }
    }
}
