import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

// String.getBytes / new String(bytes, cs) for the three built-in charsets, with unmappable and malformed input.
public class IoCharsetEncode {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(Integer.toHexString(x & 0xff)).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) throws Exception {
        char hi = (char) 0xd83d, lo = (char) 0xde00;
        String[] samples = {
            "", "plain ascii", "caf\u00e9", "\u00ff\u0100\u07ff\u0800\uffff", "" + hi + lo, "x" + hi, hi + "y",
            "" + lo + hi, "a" + lo + "b", "\u0000\u007f\u0080", "" + hi + lo + hi + lo + "!", "\u20ac uro", "end" + hi,
        };
        Charset[] sets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};
        for (String s : samples) {
            for (Charset cs : sets) {
                byte[] b = s.getBytes(cs);
                String back = new String(b, cs);
                StringBuilder u = new StringBuilder();
                for (int i = 0; i < back.length(); i++) u.append(Integer.toHexString(back.charAt(i))).append(',');
                System.out.println(cs + " [" + hex(b) + "] -> " + u + " same=" + back.equals(s));
            }
            System.out.println("default " + hex(s.getBytes()) + " " + hex(s.getBytes()).equals(hex(s.getBytes("UTF-8"))));
        }
        // Every BMP char through UTF-8 and back (surrogates become '?').
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xffff; c++) all.append((char) c);
        String big = all.toString();
        byte[] u8 = big.getBytes(StandardCharsets.UTF_8);
        long h = 0;
        for (byte x : u8) h = h * 131 + x;
        String back = new String(u8, StandardCharsets.UTF_8);
        int diffs = 0;
        for (int i = 0; i < back.length(); i++) if (back.charAt(i) != big.charAt(i)) diffs++;
        System.out.println("bmp " + u8.length + " " + h + " " + back.length() + " diffs=" + diffs);
        byte[] l1 = big.getBytes(StandardCharsets.ISO_8859_1);
        int q = 0;
        for (byte x : l1) if (x == '?') q++;
        System.out.println("latin1 " + l1.length + " ?=" + q);
        byte[] all256 = new byte[256];
        for (int i = 0; i < 256; i++) all256[i] = (byte) i;
        String dl = new String(all256, StandardCharsets.ISO_8859_1);
        String da = new String(all256, StandardCharsets.US_ASCII);
        int repl = 0;
        for (int i = 0; i < da.length(); i++) if (da.charAt(i) == '\ufffd') repl++;
        System.out.println(dl.length() + " " + (int) dl.charAt(255) + " " + da.length() + " repl=" + repl);
        // Names
        System.out.println(hex("\u00e9".getBytes("latin1")) + " " + hex("\u00e9".getBytes("utf8")) + " " + new String(new byte[] {(byte) 0xe9}, "ISO8859_1"));
        for (String name : new String[] {"bogus", "bo gus", "", "UTF-16X"}) {
            try {
                "x".getBytes(name);
            } catch (UnsupportedEncodingException e) {
                System.out.println("UEE " + e.getMessage());
            }
            try {
                new String(new byte[] {65}, name);
            } catch (UnsupportedEncodingException e) {
                System.out.println("UEE2 " + e.getMessage());
            }
        }
        try {
            "x".getBytes((String) null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        System.out.println(new String(new byte[] {104, 105, 33}, 1, 2, "US-ASCII"));
    }
}
