package mote.charset;

/**
 * The built-in charsets' conversion loops over arrays, shared by java.nio.charset's coders and by
 * String/readers. Results: 0 = underflow, -1 = overflow, 1..4 = malformed input of that length,
 * 101..104 = unmappable character of length (result - 100). {@code pos} holds {source, destination}
 * positions and is advanced past everything converted; pos[2] is UTF-16's byte-order state (start at 0).
 */
public final class Codec {
    public static final int UTF_8 = 0, ISO_8859_1 = 1, US_ASCII = 2, UTF_16BE = 3, UTF_16LE = 4, UTF_16 = 5;
    /** pos[2] for UTF-16: byte order not yet known (decoding) or byte-order mark not yet written (encoding). */
    public static final int ORDER_UNKNOWN = 0, ORDER_BE = 1, ORDER_LE = 2;
    public static final int UNDERFLOW = 0, OVERFLOW = -1, UNMAPPABLE = 100;

    private Codec() {}

    /** The built-in id of a standard charset, or -1 for any other. */
    public static int idOf(java.nio.charset.Charset cs) {
        if (cs == java.nio.charset.StandardCharsets.UTF_8) return UTF_8;
        if (cs == java.nio.charset.StandardCharsets.ISO_8859_1) return ISO_8859_1;
        if (cs == java.nio.charset.StandardCharsets.US_ASCII) return US_ASCII;
        if (cs == java.nio.charset.StandardCharsets.UTF_16BE) return UTF_16BE;
        if (cs == java.nio.charset.StandardCharsets.UTF_16LE) return UTF_16LE;
        if (cs == java.nio.charset.StandardCharsets.UTF_16) return UTF_16;
        return -1;
    }

    /** Charset.forName, with the failures java.io reports: UnsupportedEncodingException(name). */
    public static java.nio.charset.Charset forEncoding(String name) throws java.io.UnsupportedEncodingException {
        if (name == null) throw new NullPointerException("charsetName");
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new java.io.UnsupportedEncodingException(name);
        }
    }

    /** The built-in id for a charset name, with the failure String reports: UnsupportedEncodingException(name). */
    public static int idForEncoding(String name) throws java.io.UnsupportedEncodingException {
        int id = lookup(name);
        if (id < 0) throw new java.io.UnsupportedEncodingException(name);
        return id;
    }

    /** Bytes to chars with replacement, for any charset. */
    public static char[] decode(java.nio.charset.Charset cs, byte[] b, int off, int len) {
        int id = idOf(cs);
        if (id >= 0) return decodeAll(id, b, off, len);
        java.nio.CharBuffer cb = cs.decode(java.nio.ByteBuffer.wrap(b, off, len));
        char[] r = new char[cb.remaining()];
        cb.get(r);
        return r;
    }

    /** Chars to bytes with replacement, for any charset. */
    public static byte[] encode(java.nio.charset.Charset cs, char[] c, int off, int len) {
        int id = idOf(cs);
        if (id >= 0) return encodeAll(id, c, off, len);
        java.nio.ByteBuffer bb = cs.encode(java.nio.CharBuffer.wrap(c, off, len));
        byte[] r = new byte[bb.remaining()];
        bb.get(r);
        return r;
    }

    private static boolean cont(int b) {
        return (b & 0xc0) == 0x80;
    }

    public static int decode(int cs, byte[] src, int sl, char[] dst, int dl, int[] pos) {
        if (cs >= UTF_16BE) return decode16(cs, src, sl, dst, dl, pos);
        int sp = pos[0], dp = pos[1];
        try {
            if (cs != UTF_8) {
                // One bound for the whole run: as many bytes as fit.
                int stop = sp + Math.min(sl - sp, dl - dp);
                if (cs == US_ASCII) {
                    while (sp < stop) {
                        int b = src[sp];
                        if (b < 0) return 1;
                        dst[dp++] = (char) b;
                        sp++;
                    }
                } else {
                    while (sp < stop) dst[dp++] = (char) (src[sp++] & 0xff);
                }
                return sp < sl ? OVERFLOW : UNDERFLOW;
            }
            while (sp < sl) {
                // ASCII run: as many as fit, with one bound check per byte.
                int run = Math.min(sl - sp, dl - dp);
                while (run > 0 && src[sp] >= 0) {
                    dst[dp++] = (char) src[sp++];
                    run--;
                }
                if (sp >= sl) break;
                int b1 = src[sp] & 0xff;
                if (b1 < 0x80) {
                    if (dp >= dl) return OVERFLOW;
                    dst[dp++] = (char) b1;
                    sp++;
                    continue;
                }
                int n = sl - sp;
                if (b1 >= 0xc2 && b1 <= 0xdf) {
                    if (n < 2) return UNDERFLOW;
                    int b2 = src[sp + 1] & 0xff;
                    if (!cont(b2)) return 1;
                    if (dp >= dl) return OVERFLOW;
                    dst[dp++] = (char) (((b1 & 0x1f) << 6) | (b2 & 0x3f));
                    sp += 2;
                } else if (b1 >= 0xe0 && b1 <= 0xef) {
                    if (n < 2) return UNDERFLOW;
                    int b2 = src[sp + 1] & 0xff;
                    if (!cont(b2) || (b1 == 0xe0 && b2 < 0xa0)) return 1;
                    if (n < 3) return UNDERFLOW;
                    int b3 = src[sp + 2] & 0xff;
                    if (!cont(b3)) return 2;
                    int c = ((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
                    if (c >= 0xd800 && c <= 0xdfff) return 3;
                    if (dp >= dl) return OVERFLOW;
                    dst[dp++] = (char) c;
                    sp += 3;
                } else if (b1 >= 0xf0 && b1 <= 0xf4) {
                    if (n < 2) return UNDERFLOW;
                    int b2 = src[sp + 1] & 0xff;
                    if (!cont(b2) || (b1 == 0xf0 && b2 < 0x90) || (b1 == 0xf4 && b2 > 0x8f)) return 1;
                    if (n < 3) return UNDERFLOW;
                    if (!cont(src[sp + 2] & 0xff)) return 2;
                    if (n < 4) return UNDERFLOW;
                    int b4 = src[sp + 3] & 0xff;
                    if (!cont(b4)) return 3;
                    if (dl - dp < 2) return OVERFLOW;
                    int c = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((src[sp + 2] & 0x3f) << 6) | (b4 & 0x3f);
                    dst[dp++] = (char) (0xd800 + ((c - 0x10000) >> 10));
                    dst[dp++] = (char) (0xdc00 + ((c - 0x10000) & 0x3ff));
                    sp += 4;
                } else {
                    return 1;
                }
            }
            return UNDERFLOW;
        } finally {
            pos[0] = sp;
            pos[1] = dp;
        }
    }

    public static int encode(int cs, char[] src, int sl, byte[] dst, int dl, int[] pos) {
        if (cs >= UTF_16BE) return encode16(cs, src, sl, dst, dl, pos);
        int sp = pos[0], dp = pos[1];
        int max = cs == US_ASCII ? 0x7f : cs == ISO_8859_1 ? 0xff : 0x7f;
        try {
            while (sp < sl) {
                char c = src[sp];
                if (c <= max) {
                    if (dp >= dl) return OVERFLOW;
                    dst[dp++] = (byte) c;
                    sp++;
                    continue;
                }
                boolean surrogate = c >= 0xd800 && c <= 0xdfff;
                int pair = 0; // 2 when src[sp..sp+2) is a valid surrogate pair
                if (surrogate) {
                    if (c >= 0xdc00) return 1;
                    if (sp + 1 >= sl) return UNDERFLOW;
                    char d = src[sp + 1];
                    if (d < 0xdc00 || d > 0xdfff) return 1;
                    pair = 2;
                }
                if (cs != UTF_8) return UNMAPPABLE + (pair == 2 ? 2 : 1);
                if (pair == 2) {
                    if (dl - dp < 4) return OVERFLOW;
                    int cp = 0x10000 + ((c - 0xd800) << 10) + (src[sp + 1] - 0xdc00);
                    dst[dp++] = (byte) (0xf0 | (cp >> 18));
                    dst[dp++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    dst[dp++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    dst[dp++] = (byte) (0x80 | (cp & 0x3f));
                    sp += 2;
                } else if (c < 0x800) {
                    if (dl - dp < 2) return OVERFLOW;
                    dst[dp++] = (byte) (0xc0 | (c >> 6));
                    dst[dp++] = (byte) (0x80 | (c & 0x3f));
                    sp++;
                } else {
                    if (dl - dp < 3) return OVERFLOW;
                    dst[dp++] = (byte) (0xe0 | (c >> 12));
                    dst[dp++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    dst[dp++] = (byte) (0x80 | (c & 0x3f));
                    sp++;
                }
            }
            return UNDERFLOW;
        } finally {
            pos[0] = sp;
            pos[1] = dp;
        }
    }

    private static boolean isHigh(int c) {
        return c >= 0xd800 && c <= 0xdbff;
    }

    private static boolean isLow(int c) {
        return c >= 0xdc00 && c <= 0xdfff;
    }

    /** UTF-16 with a byte order: UTF-16 reads a byte-order mark first (big-endian without one). */
    private static int decode16(int cs, byte[] src, int sl, char[] dst, int dl, int[] pos) {
        int sp = pos[0], dp = pos[1];
        try {
            if (cs == UTF_16 && pos[2] == ORDER_UNKNOWN) {
                if (sl - sp < 2) return UNDERFLOW;
                int b1 = src[sp] & 0xff, b2 = src[sp + 1] & 0xff;
                if (b1 == 0xfe && b2 == 0xff) {
                    pos[2] = ORDER_BE;
                    sp += 2;
                } else if (b1 == 0xff && b2 == 0xfe) {
                    pos[2] = ORDER_LE;
                    sp += 2;
                } else {
                    pos[2] = ORDER_BE;
                }
            }
            boolean le = cs == UTF_16LE || (cs == UTF_16 && pos[2] == ORDER_LE);
            while (sl - sp >= 2) {
                int c = le ? (src[sp] & 0xff) | ((src[sp + 1] & 0xff) << 8) : ((src[sp] & 0xff) << 8) | (src[sp + 1] & 0xff);
                if (isHigh(c)) {
                    if (sl - sp < 4) return UNDERFLOW;
                    int d = le ? (src[sp + 2] & 0xff) | ((src[sp + 3] & 0xff) << 8) : ((src[sp + 2] & 0xff) << 8) | (src[sp + 3] & 0xff);
                    if (!isLow(d)) return 4;
                    if (dl - dp < 2) return OVERFLOW;
                    dst[dp++] = (char) c;
                    dst[dp++] = (char) d;
                    sp += 4;
                    continue;
                }
                if (isLow(c)) return 2;
                if (dp >= dl) return OVERFLOW;
                dst[dp++] = (char) c;
                sp += 2;
            }
            return UNDERFLOW;
        } finally {
            pos[0] = sp;
            pos[1] = dp;
        }
    }

    private static int encode16(int cs, char[] src, int sl, byte[] dst, int dl, int[] pos) {
        int sp = pos[0], dp = pos[1];
        boolean le = cs == UTF_16LE;
        try {
            if (cs == UTF_16 && pos[2] == ORDER_UNKNOWN && sp < sl) {
                if (dl - dp < 2) return OVERFLOW;
                dst[dp++] = (byte) 0xfe;
                dst[dp++] = (byte) 0xff;
                pos[2] = ORDER_BE;
            }
            while (sp < sl) {
                char c = src[sp];
                int n = 1;
                if (isHigh(c)) {
                    if (sp + 1 >= sl) return UNDERFLOW;
                    if (!isLow(src[sp + 1])) return 1;
                    n = 2;
                } else if (isLow(c)) {
                    return 1;
                }
                if (dl - dp < 2 * n) return OVERFLOW;
                for (int k = 0; k < n; k++) {
                    char x = src[sp + k];
                    dst[dp++] = (byte) (le ? x : x >> 8);
                    dst[dp++] = (byte) (le ? x >> 8 : x);
                }
                sp += n;
            }
            return UNDERFLOW;
        } finally {
            pos[0] = sp;
            pos[1] = dp;
        }
    }

    /**
     * Decodes a whole array, replacing malformed input with U+FFFD (as new String(bytes, cs) does). No
     * built-in charset makes more chars than bytes, so for ASCII and Latin-1 the array is the result.
     */
    public static char[] decodeAll(int cs, byte[] b, int off, int len) {
        char[] out = new char[len];
        int[] pos = {off, 0, ORDER_UNKNOWN};
        int end = off + len;
        while (true) {
            int r = decode(cs, b, end, out, out.length, pos);
            if (r == OVERFLOW) {
                char[] bigger = new char[out.length * 2 + 2];
                System.arraycopy(out, 0, bigger, 0, pos[1]);
                out = bigger;
                continue;
            }
            if (r == UNDERFLOW) {
                if (pos[0] < end) out[pos[1]++] = '\ufffd';
                break;
            }
            out[pos[1]++] = '\ufffd';
            pos[0] += r > UNMAPPABLE ? r - UNMAPPABLE : r;
        }
        if (pos[1] == out.length) return out;
        char[] r = new char[pos[1]];
        System.arraycopy(out, 0, r, 0, pos[1]);
        return r;
    }

    /**
     * UTF-8 of c[off..off+len) with '?' for unpaired surrogates, in an array of exactly the right size
     * plus `extra` zero bytes at the end (for a caller's line break).
     */
    public static byte[] utf8(char[] c, int off, int len, int extra) {
        byte[] out = new byte[len * 3 + extra];
        int end = off + len, i = off, n = 0;
        while (i < end) {
            char ch = c[i];
            if (ch >= 0x80) break;
            out[n++] = (byte) ch;
            i++;
        }
        if (i < end) {
            int[] pos = {i, n, ORDER_UNKNOWN};
            while (true) {
                int r = encode(UTF_8, c, end, out, out.length, pos);
                if (r == UNDERFLOW) {
                    if (pos[0] < end) out[pos[1]++] = '?';
                    break;
                }
                out[pos[1]++] = '?';
                pos[0] += r;
            }
            n = pos[1];
        }
        if (n + extra == out.length) return out;
        byte[] r = new byte[n + extra];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    /** Encodes a whole array, replacing what cannot be encoded with '?' (as String.getBytes(cs) does). */
    public static byte[] encodeAll(int cs, char[] c, int off, int len) {
        if (cs == UTF_8) return utf8(c, off, len, 0);
        byte[] out = new byte[cs == UTF_8 ? len * 3 : cs >= UTF_16BE ? len * 2 + 2 : len];
        int[] pos = {off, 0, ORDER_UNKNOWN};
        int end = off + len;
        while (true) {
            int r = encode(cs, c, end, out, out.length, pos);
            if (r == UNDERFLOW) {
                if (pos[0] < end) {
                    if (cs >= UTF_16BE) {
                        boolean le = cs == UTF_16LE;
                        out[pos[1]++] = (byte) (le ? 0xfd : 0xff);
                        out[pos[1]++] = (byte) (le ? 0xff : 0xfd);
                    } else {
                        out[pos[1]++] = '?';
                    }
                }
                break;
            }
            if (cs >= UTF_16BE) {
                boolean le = cs == UTF_16LE;
                out[pos[1]++] = (byte) (le ? 0xfd : 0xff);
                out[pos[1]++] = (byte) (le ? 0xff : 0xfd);
            } else {
                out[pos[1]++] = '?';
            }
            pos[0] += r > UNMAPPABLE ? r - UNMAPPABLE : r;
        }
        if (pos[1] == out.length) return out;
        byte[] r = new byte[pos[1]];
        System.arraycopy(out, 0, r, 0, pos[1]);
        return r;
    }

    /** The built-in charset for a name or alias (case-insensitive), or -1. */
    public static int lookup(String name) {
        switch (name.toLowerCase()) {
            case "utf-8": case "utf8": case "unicode-1-1-utf-8":
                return UTF_8;
            case "iso-8859-1": case "iso8859_1": case "iso_8859_1": case "iso_8859-1": case "iso8859-1": case "8859_1":
            case "latin1": case "l1": case "ibm819": case "cp819": case "csisolatin1": case "819": case "ibm-819":
            case "iso-ir-100": case "iso_8859-1:1987":
                return ISO_8859_1;
            case "us-ascii": case "ascii": case "iso-ir-6": case "ansi_x3.4-1986": case "iso_646.irv:1991": case "iso646-us":
            case "us": case "ibm367": case "cp367": case "csascii": case "default": case "646": case "iso_646.irv:1983":
            case "ansi_x3.4-1968": case "ascii7":
                return US_ASCII;
            case "utf-16be": case "utf_16be": case "iso-10646-ucs-2": case "x-utf-16be": case "unicodebigunmarked":
                return UTF_16BE;
            case "utf-16le": case "utf_16le": case "x-utf-16le": case "unicodelittleunmarked":
                return UTF_16LE;
            case "utf-16": case "utf_16": case "utf16": case "unicode": case "unicodebig":
                return UTF_16;
            default:
                return -1;
        }
    }

    /** Whether a name is legal for a charset (letters, digits, - + : _ . ; starting with a letter or digit). */
    public static boolean legalName(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!ok && i > 0) ok = c == '-' || c == '+' || c == ':' || c == '_' || c == '.';
            if (!ok) return false;
        }
        return true;
    }
}
