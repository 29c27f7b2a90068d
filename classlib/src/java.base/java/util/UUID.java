package java.util;

public final class UUID implements java.io.Serializable, Comparable<UUID> {
    private final long mostSigBits;
    private final long leastSigBits;
    private static Random numberGenerator;

    public UUID(long mostSigBits, long leastSigBits) {
        this.mostSigBits = mostSigBits;
        this.leastSigBits = leastSigBits;
    }

    private static UUID fromBytes(byte[] d) {
        long msb = 0, lsb = 0;
        for (int i = 0; i < 8; i++) msb = (msb << 8) | (d[i] & 0xff);
        for (int i = 8; i < 16; i++) lsb = (lsb << 8) | (d[i] & 0xff);
        return new UUID(msb, lsb);
    }

    public static UUID randomUUID() {
        Random r;
        synchronized (UUID.class) {
            if (numberGenerator == null) numberGenerator = new Random();
            r = numberGenerator;
        }
        byte[] b = new byte[16];
        r.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        return fromBytes(b);
    }

    public static UUID nameUUIDFromBytes(byte[] name) {
        byte[] md5 = md5(name);
        md5[6] = (byte) ((md5[6] & 0x0f) | 0x30);
        md5[8] = (byte) ((md5[8] & 0x3f) | 0x80);
        return fromBytes(md5);
    }

    public static UUID fromString(String name) {
        int len = name.length();
        if (len > 36) throw new IllegalArgumentException("UUID string too large");
        int dash1 = name.indexOf('-', 0);
        int dash2 = name.indexOf('-', dash1 + 1);
        int dash3 = name.indexOf('-', dash2 + 1);
        int dash4 = name.indexOf('-', dash3 + 1);
        int dash5 = name.indexOf('-', dash4 + 1);
        if (dash4 < 0 || dash5 >= 0) throw new IllegalArgumentException("Invalid UUID string: " + name);
        long msb = parseHex(name, 0, dash1) & 0xffffffffL;
        msb <<= 16;
        msb |= parseHex(name, dash1 + 1, dash2) & 0xffffL;
        msb <<= 16;
        msb |= parseHex(name, dash2 + 1, dash3) & 0xffffL;
        long lsb = parseHex(name, dash3 + 1, dash4) & 0xffffL;
        lsb <<= 48;
        lsb |= parseHex(name, dash4 + 1, len) & 0xffffffffffffL;
        return new UUID(msb, lsb);
    }

    /** Long.parseLong(s, begin, end, 16) with HotSpot's messages. */
    private static long parseHex(String s, int begin, int end) {
        if (begin >= end) throw new NumberFormatException("");
        boolean neg = false;
        int i = begin;
        long limit = -Long.MAX_VALUE;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                neg = true;
                limit = Long.MIN_VALUE;
            } else if (first != '+') {
                throw bad(s, begin, end, i);
            }
            i++;
            if (i == end) throw bad(s, begin, end, i);
        }
        long multmin = limit / 16;
        long result = 0;
        for (; i < end; i++) {
            int digit = Character.digit(s.charAt(i), 16);
            if (digit < 0 || result < multmin) throw bad(s, begin, end, i);
            result *= 16;
            if (result < limit + digit) throw bad(s, begin, end, i);
            result -= digit;
        }
        return neg ? result : -result;
    }

    private static NumberFormatException bad(String s, int begin, int end, int at) {
        return new NumberFormatException("Error at index " + (at - begin) + " in: \"" + s.substring(begin, end) + "\"");
    }

    public long getLeastSignificantBits() {
        return leastSigBits;
    }

    public long getMostSignificantBits() {
        return mostSigBits;
    }

    public int version() {
        return (int) ((mostSigBits >> 12) & 0x0f);
    }

    public int variant() {
        return (int) ((leastSigBits >>> (64 - (leastSigBits >>> 62))) & (leastSigBits >> 63));
    }

    public long timestamp() {
        if (version() != 1) throw new UnsupportedOperationException("Not a time-based UUID");
        return (mostSigBits & 0x0FFFL) << 48 | ((mostSigBits >> 16) & 0x0FFFFL) << 32 | mostSigBits >>> 32;
    }

    public int clockSequence() {
        if (version() != 1) throw new UnsupportedOperationException("Not a time-based UUID");
        return (int) ((leastSigBits & 0x3FFF000000000000L) >>> 48);
    }

    public long node() {
        if (version() != 1) throw new UnsupportedOperationException("Not a time-based UUID");
        return leastSigBits & 0x0000FFFFFFFFFFFFL;
    }

    private static void hex(StringBuilder sb, long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) sb.append(Character.forDigit((int) ((v >>> (4 * i)) & 0xf), 16));
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(36);
        hex(sb, mostSigBits >>> 32, 8);
        sb.append('-');
        hex(sb, mostSigBits >>> 16, 4);
        sb.append('-');
        hex(sb, mostSigBits, 4);
        sb.append('-');
        hex(sb, leastSigBits >>> 48, 4);
        sb.append('-');
        hex(sb, leastSigBits, 12);
        return sb.toString();
    }

    public int hashCode() {
        long hilo = mostSigBits ^ leastSigBits;
        return ((int) (hilo >> 32)) ^ (int) hilo;
    }

    public boolean equals(Object obj) {
        if (!(obj instanceof UUID)) return false;
        UUID id = (UUID) obj;
        return mostSigBits == id.mostSigBits && leastSigBits == id.leastSigBits;
    }

    public int compareTo(UUID val) {
        int c = Long.compare(mostSigBits, val.mostSigBits);
        return c != 0 ? c : Long.compare(leastSigBits, val.leastSigBits);
    }

    // ---- MD5 (RFC 1321), for nameUUIDFromBytes ----

    private static final int[] K = {0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
    private static final int[] S = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

    static byte[] md5(byte[] msg) {
        int n = msg.length;
        int total = ((n + 8) / 64 + 1) * 64;
        byte[] m = new byte[total];
        System.arraycopy(msg, 0, m, 0, n);
        m[n] = (byte) 0x80;
        long bitLen = (long) n * 8;
        for (int i = 0; i < 8; i++) m[total - 8 + i] = (byte) (bitLen >>> (8 * i));
        int a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
        int[] w = new int[16];
        for (int off = 0; off < total; off += 64) {
            for (int i = 0; i < 16; i++) {
                int p = off + i * 4;
                w[i] = (m[p] & 0xff) | (m[p + 1] & 0xff) << 8 | (m[p + 2] & 0xff) << 16 | (m[p + 3] & 0xff) << 24;
            }
            int a = a0, b = b0, c = c0, d = d0;
            for (int i = 0; i < 64; i++) {
                int f, g;
                if (i < 16) {
                    f = (b & c) | (~b & d);
                    g = i;
                } else if (i < 32) {
                    f = (d & b) | (~d & c);
                    g = (5 * i + 1) & 15;
                } else if (i < 48) {
                    f = b ^ c ^ d;
                    g = (3 * i + 5) & 15;
                } else {
                    f = c ^ (b | ~d);
                    g = (7 * i) & 15;
                }
                int t = d;
                d = c;
                c = b;
                b = b + Integer.rotateLeft(a + f + K[i] + w[g], S[(i >> 4) * 4 + (i & 3)]);
                a = t;
            }
            a0 += a;
            b0 += b;
            c0 += c;
            d0 += d;
        }
        byte[] out = new byte[16];
        int[] r = {a0, b0, c0, d0};
        for (int i = 0; i < 16; i++) out[i] = (byte) (r[i >> 2] >>> (8 * (i & 3)));
        return out;
    }
}
