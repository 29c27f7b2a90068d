package java.net;

/** UTF-8 for URI escapes and URL encoding (malformed input becomes U+FFFD). */
final class Utf8 {
    private Utf8() {}

    static byte[] encode(String s, int from, int to) {
        byte[] tmp = new byte[(to - from) * 3];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                tmp[n++] = (byte) c;
            } else if (c < 0x800) {
                tmp[n++] = (byte) (0xc0 | (c >> 6));
                tmp[n++] = (byte) (0x80 | (c & 0x3f));
            } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && s.charAt(i + 1) >= 0xdc00 && s.charAt(i + 1) <= 0xdfff) {
                int cp = ((c - 0xd800) << 10) + (s.charAt(++i) - 0xdc00) + 0x10000;
                tmp[n++] = (byte) (0xf0 | (cp >> 18));
                tmp[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                tmp[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                tmp[n++] = (byte) (0x80 | (cp & 0x3f));
            } else if (c >= 0xd800 && c <= 0xdfff) {
                tmp[n++] = (byte) '?';
            } else {
                tmp[n++] = (byte) (0xe0 | (c >> 12));
                tmp[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                tmp[n++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        byte[] r = new byte[n];
        System.arraycopy(tmp, 0, r, 0, n);
        return r;
    }

    static void decodeInto(StringBuilder sb, byte[] b, int off, int len) {
        int i = off, end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int cp;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
            } else {
                sb.append('\ufffd');
                i++;
                continue;
            }
            int k = 1;
            while (k <= need && i + k < end && (b[i + k] & 0xc0) == 0x80) {
                cp = cp << 6 | (b[i + k] & 0x3f);
                k++;
            }
            if (k <= need) {
                sb.append('\ufffd');
                i += k;
                continue;
            }
            i += k;
            if ((need == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff))) {
                sb.append('\ufffd');
            } else if (cp >= 0x10000) {
                sb.append((char) (0xd800 + ((cp - 0x10000) >> 10))).append((char) (0xdc00 + ((cp - 0x10000) & 0x3ff)));
            } else {
                sb.append((char) cp);
            }
        }
    }
}
