import java.util.Random;

// String <-> bytes: UTF-8 (malformed input replaced as HotSpot does), ISO-8859-1, US-ASCII, UTF-16 variants.
public class LangStringBytes {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(Integer.toHexString((x & 0xff) | 0x100).substring(1));
        return sb.toString();
    }

    static String units(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append('.');
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        Random r = new Random(77);
        byte[] pool = {0x41, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0,
            (byte) 0xE1, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, (byte) 0x9F,
            (byte) 0xA0, (byte) 0x90, (byte) 0x8F, (byte) 0xF8, 0x00, 0x7F};
        long h = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] b = new byte[r.nextInt(8)];
            for (int j = 0; j < b.length; j++) b[j] = pool[r.nextInt(pool.length)];
            String s = new String(b, "UTF-8");
            if (i < 400) System.out.println(hex(b) + " " + units(s));
            else h = h * 31 + s.hashCode();
        }
        System.out.println("utf8 hash " + h);
        String[] texts = {"", "plain ascii", "caf\u00e9 \u00fc\u00df", "\u4e2d\u6587\u5b57", "emoji \uD83D\uDE00\uD83C\uDF89",
            "lone \uD800 high", "lone \uDC00 low", "end high \uD83D", "\u0000nul\u007f\u0080\u07ff\u0800\uffff"};
        String[] names = {"UTF-8", "utf8", "ISO-8859-1", "latin1", "US-ASCII", "ascii", "UTF-16", "UTF-16BE", "UTF-16LE"};
        for (String t : texts) {
            System.out.println("text " + units(t) + " default=" + hex(t.getBytes()));
            for (String n : names) {
                byte[] b = t.getBytes(n);
                System.out.println("  " + n + " " + hex(b) + " back=" + units(new String(b, n)));
            }
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        System.out.println(units(new String(all, "ISO-8859-1")).hashCode() + " " + units(new String(all, "US-ASCII")).hashCode() + " " + units(new String(all, "UTF-8")).hashCode());
        System.out.println(units(new String(all, 10, 20, "ISO-8859-1")) + " " + units(new String(all, 60, 5)));
        System.out.println(units(new String(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0x41, (byte) 0xD8, 0}, "UTF-16")) + " "
            + units(new String(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, 0, 0x42}, "UTF-16")) + " "
            + units(new String(new byte[] {0, 0x41, (byte) 0xDC, 0}, "UTF-16BE")) + " " + units(new String(new byte[] {0x41, 0}, "UTF-16LE")));
        try {
            "x".getBytes("NO-SUCH-CHARSET");
        } catch (java.io.UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        try {
            new String(new byte[1], "bogus");
        } catch (java.io.UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        try {
            new String(new byte[3], 2, 2);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        @SuppressWarnings("deprecation")
        String hb = new String(new byte[] {0x41, (byte) 0xC3}, 1);
        System.out.println(units(hb));
        byte[] dst = new byte[6];
        "hello\u0101".getBytes(1, 6, dst, 0);
        System.out.println(hex(dst));
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(6);
            for (int j = 0; j < n; j++) sb.appendCodePoint(r.nextInt(4) == 0 ? 0x10000 + r.nextInt(0x100000) : r.nextInt(0xD800));
            String s = sb.toString();
            if (!new String(s.getBytes("UTF-8"), "UTF-8").equals(s)) System.out.println("round trip failed " + units(s));
            h = h * 31 + hex(s.getBytes()).hashCode();
        }
        System.out.println("roundtrip hash " + h);
    }
}
