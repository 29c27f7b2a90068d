package java.net;

/** Decodes application/x-www-form-urlencoded strings (UTF-8). */
public class URLDecoder {
    private URLDecoder() {}

    @Deprecated
    public static String decode(String s) {
        return decodeUtf8(s);
    }

    public static String decode(String s, String enc) {
        if (enc.isEmpty()) throw unsupported("URLDecoder: empty string enc parameter");
        String e = enc.toUpperCase();
        if (!(e.equals("UTF-8") || e.equals("UTF8"))) throw unsupported(enc);
        return decodeUtf8(s);
    }

    private static String decodeUtf8(String s) {
        int n = s.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c == '+') {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                sb.append(' ');
                i++;
            } else if (c == '%') {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                byte[] bytes = new byte[(n - i) / 3];
                int pos = 0;
                while (i + 2 < n && s.charAt(i) == '%') {
                    int v = hex2(s, i);
                    if (v < 0) throw new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: \"" + s.substring(i + 1, i + 3) + "\"");
                    bytes[pos++] = (byte) v;
                    i += 3;
                }
                if (i < n && s.charAt(i) == '%') throw new IllegalArgumentException("URLDecoder: Incomplete trailing escape (%) pattern");
                Utf8.decodeInto(sb, bytes, 0, pos);
            } else {
                if (sb != null) sb.append(c);
                i++;
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static int hex2(String s, int i) {
        int h = URI.hexVal(s.charAt(i + 1)), l = URI.hexVal(s.charAt(i + 2));
        return h < 0 || l < 0 ? -1 : h << 4 | l;
    }

    /**
     * HotSpot throws java.io.UnsupportedEncodingException, which Mote's java.io
     * does not have yet; until it does, an unchecked exception with the same message.
     */
    private static RuntimeException unsupported(String enc) {
        return new IllegalArgumentException(enc);
    }
}
