import java.nio.charset.StandardCharsets;

// UTF-8 decoding of malformed input: every lead byte with a range of followers and truncations.
public class IoCharsetUtf8Decode {
    static String show(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\ufffd') sb.append('?');
            else if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append("<").append(Integer.toHexString(c)).append(">");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        int[] followers = {0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff};
        int lines = 0;
        long sum = 0;
        for (int lead = 0x80; lead <= 0xff; lead++) {
            StringBuilder line = new StringBuilder(Integer.toHexString(lead) + ":");
            for (int f1 : followers) {
                for (int f2 : new int[] {-1, 0x41, 0x80, 0xbf}) {
                    for (int f3 : new int[] {-1, 0x42, 0xa5}) {
                        if (f2 < 0 && f3 >= 0) continue;
                        int n = f2 < 0 ? 2 : f3 < 0 ? 3 : 4;
                        byte[] b = new byte[n];
                        b[0] = (byte) lead;
                        b[1] = (byte) f1;
                        if (n > 2) b[2] = (byte) f2;
                        if (n > 3) b[3] = (byte) f3;
                        String s = new String(b, StandardCharsets.UTF_8);
                        line.append(' ').append(show(s));
                        for (int i = 0; i < s.length(); i++) sum = sum * 31 + s.charAt(i);
                    }
                }
            }
            // truncated: lead alone, lead at the end after text
            line.append(" | ").append(show(new String(new byte[] {(byte) lead}, StandardCharsets.UTF_8)));
            line.append(' ').append(show(new String(new byte[] {0x5a, (byte) lead}, StandardCharsets.UTF_8)));
            System.out.println(line);
            lines++;
        }
        System.out.println(lines + " " + sum);
        // Valid sequences of every length, surrogates encoded in UTF-8 (CESU), overlongs.
        byte[][] cases = {
            {0x24}, {(byte) 0xc2, (byte) 0xa2}, {(byte) 0xe2, (byte) 0x82, (byte) 0xac},
            {(byte) 0xf0, (byte) 0x90, (byte) 0x8d, (byte) 0x88}, {(byte) 0xf4, (byte) 0x8f, (byte) 0xbf, (byte) 0xbf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xed, (byte) 0xbf, (byte) 0xbf, 0x41},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xed, (byte) 0xb0, (byte) 0x80},
            {(byte) 0xc0, (byte) 0x80}, {(byte) 0xe0, (byte) 0x80, (byte) 0x80}, {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 0x61},
            {(byte) 0xe1, (byte) 0x80}, {(byte) 0xe1, (byte) 0x80, 0x41, (byte) 0xe1}, {(byte) 0xf1, (byte) 0x80, (byte) 0x80},
            {(byte) 0xf1, (byte) 0x80, (byte) 0x80, 0x41}, {(byte) 0xed, (byte) 0xa0}, {(byte) 0xed, (byte) 0xa0, 0x41},
        };
        for (byte[] c : cases) {
            String s = new String(c, StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
            System.out.println(c.length + " -> " + sb);
        }
        System.out.println(show(new String(new byte[] {0x41, (byte) 0xc3, (byte) 0xa9, 0x42, (byte) 0xff, 0x43}, 1, 4, StandardCharsets.UTF_8)));
        System.out.println(show(new String(new byte[] {0x68, 0x69})));
        try {
            new String(new byte[3], 2, 2, StandardCharsets.UTF_8);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
