package java.util;

/** RFC 4648 / RFC 2045 Base64 with HotSpot's error messages. Stream wrapping is provided, ByteBuffers are not. */
public class Base64 {
    private Base64() {}

    private static final char[] BASIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final byte[] CRLF = {'\r', '\n'};

    public static Encoder getEncoder() {
        return new Encoder(false, null, -1, true);
    }

    public static Encoder getUrlEncoder() {
        return new Encoder(true, null, -1, true);
    }

    public static Encoder getMimeEncoder() {
        return new Encoder(false, CRLF, 76, true);
    }

    public static Encoder getMimeEncoder(int lineLength, byte[] lineSeparator) {
        Objects.requireNonNull(lineSeparator);
        int[] values = decodeTable(BASIC);
        for (byte b : lineSeparator) {
            if (values[b & 0xff] != -1) {
                throw new IllegalArgumentException("Illegal base64 line separator character 0x" + Integer.toString(b, 16));
            }
        }
        lineLength &= ~3;
        if (lineLength <= 0) return getEncoder();
        return new Encoder(false, lineSeparator.clone(), lineLength, true);
    }

    public static Decoder getDecoder() {
        return new Decoder(false, false);
    }

    public static Decoder getUrlDecoder() {
        return new Decoder(true, false);
    }

    public static Decoder getMimeDecoder() {
        return new Decoder(false, true);
    }

    /** Value of each byte in the alphabet; -1 not in it, -2 for '='. */
    private static int[] decodeTable(char[] alphabet) {
        int[] t = new int[256];
        Arrays.fill(t, -1);
        for (int i = 0; i < alphabet.length; i++) t[alphabet[i]] = i;
        t['='] = -2;
        return t;
    }

    public static class Encoder {
        private final boolean url;
        private final byte[] newline;
        private final int lineMax;
        private final boolean doPadding;

        private Encoder(boolean url, byte[] newline, int lineMax, boolean doPadding) {
            this.url = url;
            this.newline = newline;
            this.lineMax = lineMax;
            this.doPadding = doPadding;
        }

        private int outLength(int srclen) {
            int len = doPadding ? 4 * ((srclen + 2) / 3) : srclen / 3 * 4 + (srclen % 3 == 0 ? 0 : srclen % 3 + 1);
            if (lineMax > 0 && len > 0) len += (len - 1) / lineMax * newline.length;
            return len;
        }

        public byte[] encode(byte[] src) {
            byte[] dst = new byte[outLength(src.length)];
            int n = encode0(src, dst);
            return n == dst.length ? dst : Arrays.copyOf(dst, n);
        }

        public int encode(byte[] src, byte[] dst) {
            if (dst.length < outLength(src.length)) {
                throw new IllegalArgumentException("Output byte array is too small for encoding all input bytes");
            }
            return encode0(src, dst);
        }

        @SuppressWarnings("deprecation")
        public String encodeToString(byte[] src) {
            byte[] b = encode(src);
            char[] c = new char[b.length];
            for (int i = 0; i < b.length; i++) c[i] = (char) (b[i] & 0xff);
            return new String(c);
        }

        /** An output stream that encodes what is written to it; close() writes the padded last unit. */
        public java.io.OutputStream wrap(java.io.OutputStream os) {
            Objects.requireNonNull(os);
            Encoder enc = this;
            return new java.io.FilterOutputStream(os) {
                private final byte[] pend = new byte[3];
                private int npend, line;
                private boolean closed;

                private void unit(byte[] src, int n) throws java.io.IOException {
                    if (lineMax > 0 && line == lineMax) {
                        out.write(newline);
                        line = 0;
                    }
                    byte[] b = n == 3 ? src : Arrays.copyOf(src, n);
                    byte[] e = new Encoder(url, null, -1, doPadding).encode(b);
                    out.write(e);
                    line += 4;
                }

                public void write(int b) throws java.io.IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                public void write(byte[] b, int off, int len) throws java.io.IOException {
                    if (closed) throw new java.io.IOException("Stream is closed");
                    if (off < 0 || len < 0 || len > b.length - off) throw new ArrayIndexOutOfBoundsException();
                    for (int i = 0; i < len; i++) {
                        pend[npend++] = b[off + i];
                        if (npend == 3) {
                            unit(pend, 3);
                            npend = 0;
                        }
                    }
                }

                public void close() throws java.io.IOException {
                    if (closed) return;
                    closed = true;
                    if (npend > 0) unit(pend, npend);
                    npend = 0;
                    out.close();
                }
            };
        }

        public Encoder withoutPadding() {
            if (!doPadding) return this;
            return new Encoder(url, newline, lineMax, false);
        }

        private int encode0(byte[] src, byte[] dst) {
            char[] alpha = url ? URL : BASIC;
            int dp = 0, line = 0;
            int n = src.length;
            for (int sp = 0; sp < n; sp += 3) {
                if (lineMax > 0 && line == lineMax) {
                    for (byte b : newline) dst[dp++] = b;
                    line = 0;
                }
                int b0 = src[sp] & 0xff;
                int b1 = sp + 1 < n ? src[sp + 1] & 0xff : 0;
                int b2 = sp + 2 < n ? src[sp + 2] & 0xff : 0;
                int bits = b0 << 16 | b1 << 8 | b2;
                int left = n - sp;
                dst[dp++] = (byte) alpha[(bits >>> 18) & 0x3f];
                dst[dp++] = (byte) alpha[(bits >>> 12) & 0x3f];
                if (left > 1) dst[dp++] = (byte) alpha[(bits >>> 6) & 0x3f];
                else if (doPadding) dst[dp++] = '=';
                if (left > 2) dst[dp++] = (byte) alpha[bits & 0x3f];
                else if (doPadding) dst[dp++] = '=';
                line += 4;
            }
            return dp;
        }
    }

    public static class Decoder {
        private final boolean url;
        private final boolean mime;
        private final int[] table;

        private Decoder(boolean url, boolean mime) {
            this.url = url;
            this.mime = mime;
            this.table = decodeTable(url ? URL : BASIC);
        }

        public byte[] decode(byte[] src) {
            byte[] dst = new byte[src.length];
            int n = decode0(src, dst);
            return Arrays.copyOf(dst, n);
        }

        public byte[] decode(String src) {
            int n = src.length();
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                char c = src.charAt(i);
                b[i] = c < 256 ? (byte) c : (byte) '?';
            }
            return decode(b);
        }

        /** An input stream decoding src unit by unit, with HotSpot's IOException messages. */
        public java.io.InputStream wrap(java.io.InputStream src) {
            Objects.requireNonNull(src);
            int[] t = table;
            boolean isMime = mime;
            return new java.io.InputStream() {
                private final int[] out = new int[3];
                private int outPos, outLen;
                private boolean eof, closed;

                private void emit(int bits, int k) {
                    outPos = 0;
                    outLen = k == 4 ? 3 : k == 3 ? 2 : k == 2 ? 1 : 0;
                    for (int i = 0; i < outLen; i++) out[i] = (bits >>> (16 - 8 * i)) & 0xff;
                }

                private void fill() throws java.io.IOException {
                    int bits = 0, k = 0;
                    outPos = outLen = 0;
                    while (true) {
                        int c = src.read();
                        if (c == -1) {
                            eof = true;
                            if (k == 1) throw new java.io.IOException("Base64 stream has one un-decoded dangling byte.");
                            emit(bits, k);
                            return;
                        }
                        if (c == '=') {
                            if (k == 0 || k == 1 || (k == 2 && src.read() != '=')) {
                                throw new java.io.IOException("Illegal base64 ending sequence:" + (24 - 6 * k));
                            }
                            emit(bits, k);
                            eof = true;
                            return;
                        }
                        int v = t[c & 0xff];
                        if (v < 0) {
                            if (isMime) continue;
                            throw new java.io.IOException("Illegal base64 character 0x" + Integer.toString(c, 16));
                        }
                        bits |= v << (18 - 6 * k);
                        if (++k == 4) {
                            emit(bits, 4);
                            return;
                        }
                    }
                }

                public int read() throws java.io.IOException {
                    if (closed) throw new java.io.IOException("Stream is closed");
                    if (outPos < outLen) return out[outPos++];
                    if (eof) return -1;
                    fill();
                    return outPos < outLen ? out[outPos++] : -1;
                }

                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    if (closed) throw new java.io.IOException("Stream is closed");
                    Objects.checkFromIndexSize(off, len, b.length);
                    if (len == 0) return 0;
                    for (int i = 0; i < len; i++) {
                        int c = read();
                        if (c == -1) return i == 0 ? -1 : i;
                        b[off + i] = (byte) c;
                    }
                    return len;
                }

                public int available() throws java.io.IOException {
                    if (closed) throw new java.io.IOException("Stream is closed");
                    return src.available();
                }

                public void close() throws java.io.IOException {
                    if (!closed) {
                        closed = true;
                        src.close();
                    }
                }
            };
        }

        public int decode(byte[] src, byte[] dst) {
            byte[] tmp = new byte[src.length];
            int n = decode0(src, tmp);
            if (dst.length < n) {
                throw new IllegalArgumentException("Output byte array is too small for decoding all input bytes");
            }
            System.arraycopy(tmp, 0, dst, 0, n);
            return n;
        }

        private int decode0(byte[] src, byte[] dst) {
            int sl = src.length;
            if (sl == 0) return 0;
            if (sl < 2 && !mime) {
                throw new IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes");
            }
            int sp = 0, dp = 0, bits = 0, shiftto = 18;
            while (sp < sl) {
                int b = table[src[sp++] & 0xff];
                if (b < 0) {
                    if (b == -2) {
                        if ((shiftto == 6 && (sp == sl || src[sp++] != '=')) || shiftto == 18) {
                            throw new IllegalArgumentException("Input byte array has wrong 4-byte ending unit");
                        }
                        break;
                    }
                    if (mime) continue;
                    throw new IllegalArgumentException("Illegal base64 character " + Integer.toString(src[sp - 1], 16));
                }
                bits |= b << shiftto;
                shiftto -= 6;
                if (shiftto < 0) {
                    dst[dp++] = (byte) (bits >> 16);
                    dst[dp++] = (byte) (bits >> 8);
                    dst[dp++] = (byte) bits;
                    shiftto = 18;
                    bits = 0;
                }
            }
            if (shiftto == 6) {
                dst[dp++] = (byte) (bits >> 16);
            } else if (shiftto == 0) {
                dst[dp++] = (byte) (bits >> 16);
                dst[dp++] = (byte) (bits >> 8);
            } else if (shiftto == 12) {
                throw new IllegalArgumentException("Last unit does not have enough valid bits");
            }
            while (sp < sl) {
                if (mime && table[src[sp++] & 0xff] < 0) continue;
                throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + sp);
            }
            return dp;
        }
    }
}
