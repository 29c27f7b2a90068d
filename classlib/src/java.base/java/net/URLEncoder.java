package java.net;

/** application/x-www-form-urlencoded encoding (UTF-8). */
public class URLEncoder {
    private URLEncoder() {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    @Deprecated
    public static String encode(String s) {
        return encodeUtf8(s);
    }

    public static String encode(String s, String enc) {
        if (enc == null) throw new NullPointerException("charsetName");
        String e = enc.toUpperCase();
        if (!(e.equals("UTF-8") || e.equals("UTF8"))) throw unsupported(enc);
        return encodeUtf8(s);
    }

    static boolean keep(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '*' || c == '_';
    }

    private static String encodeUtf8(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (keep(c)) {
                if (sb != null) sb.append(c);
                i++;
            } else if (c == ' ') {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                sb.append('+');
                i++;
            } else {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                int j = i;
                while (j < n && !keep(s.charAt(j)) && s.charAt(j) != ' ') j++;
                byte[] b = Utf8.encode(s, i, j);
                for (byte x : b) sb.append('%').append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
                i = j;
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * HotSpot throws java.io.UnsupportedEncodingException, which Mote's java.io
     * does not have yet; until it does, an unchecked exception with the same message.
     */
    private static RuntimeException unsupported(String enc) {
        return new IllegalArgumentException(enc);
    }
}
