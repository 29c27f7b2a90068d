import java.nio.charset.Charset;

/** String's charset paths by name and by Charset: decoding (with malformed input), encoding (with unmappable
 *  characters and unpaired surrogates), names and aliases, and the exceptions for bad names. */
public class TmplStringCharset {
    static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) b.append(String.format("%04x ", (int) s.charAt(i)));
        return b.toString().trim();
    }

    static String hex(byte[] a) {
        StringBuilder b = new StringBuilder();
        for (byte x : a) b.append(String.format("%02x", x & 0xff));
        return b.toString();
    }

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    public static void main(String[] args) {
        String[] names = {"UTF-8", "utf8", "ISO-8859-1", "latin1", "US-ASCII", "ascii", "UTF-16", "UTF-16BE",
            "UTF-16LE", "UnicodeBig", "unicode", "x-utf-16le", "UnicodeLittleUnmarked", "foo", "", "bad name"};
        byte[][] inputs = {
            bytes(), bytes(0x41, 0x42), bytes(0xc3, 0xa9, 0x41), bytes(0xe2, 0x82, 0xac), bytes(0xe2, 0x82),
            bytes(0xe2, 0x82, 0x41), bytes(0xf0, 0x9f, 0x98, 0x80), bytes(0xf0, 0x9f, 0x98), bytes(0xed, 0xa0, 0x80),
            bytes(0xc0, 0x80), bytes(0xff, 0xfe, 0x41, 0x00), bytes(0xfe, 0xff, 0x00, 0x41), bytes(0xd8, 0x00, 0x00, 0x41),
            bytes(0x00, 0xd8, 0x41, 0x00), bytes(0xdc, 0x00, 0x00, 0x42), bytes(0x00, 0x41, 0x00), bytes(0x80, 0x7f, 0xf5),
            bytes(0xd8, 0x3d, 0xde, 0x00), bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xe0, 0x80, 0x80),
        };
        for (String n : names) {
            for (byte[] in : inputs) {
                try {
                    System.out.println(n + " decode " + hex(in) + " -> " + hex(new String(in, n)));
                } catch (Exception e) {
                    System.out.println(n + " decode " + hex(in) + " -> " + e.getClass().getName() + ": " + e.getMessage());
                }
            }
        }
        String[] strings = {"", "AB", "\u00e9t\u00e9", "\u20ac1", "\ud83d\ude00", "\ud83dx", "x\ude00", "\ud83d",
            "\u0100\u00ff\u007f", "a\ud83d\ude00b\udc00"};
        for (String n : names) {
            for (String s : strings) {
                try {
                    System.out.println(n + " encode " + hex(s) + " -> " + hex(s.getBytes(n)));
                } catch (Exception e) {
                    System.out.println(n + " encode " + hex(s) + " -> " + e.getClass().getName() + ": " + e.getMessage());
                }
            }
        }
        // the Charset overloads give the same as the names
        for (String n : new String[] {"UTF-8", "ISO-8859-1", "US-ASCII", "UTF-16", "UTF-16BE", "UTF-16LE"}) {
            Charset cs = Charset.forName(n);
            int same = 0;
            for (byte[] in : inputs) {
                try {
                    if (new String(in, cs).equals(new String(in, n))) same++;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }
            for (String s : strings) {
                try {
                    if (java.util.Arrays.equals(s.getBytes(cs), s.getBytes(n))) same++;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }
            System.out.println(n + " same by Charset: " + same + "/" + (inputs.length + strings.length));
        }
        // default charset (UTF-8) and offsets
        System.out.println(hex(new String(bytes(0x41, 0xc3, 0xa9, 0x42), 1, 2)));
        System.out.println(hex("\u00e9\ud800".getBytes()));
        try {
            new String(bytes(1, 2), 1, 2);
        } catch (Exception e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new String(bytes(1, 2), 1, 2, "UTF-8");
        } catch (Exception e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new String(bytes(1, 2), (String) null);
        } catch (Exception e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            "x".getBytes((String) null);
        } catch (Exception e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        // a longer mixed string round-trips through every built-in charset that can hold it
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.append((char) (i * 37 % 0xd000));
        String big = sb.toString();
        for (String n : new String[] {"UTF-8", "UTF-16", "UTF-16LE"}) {
            try {
                System.out.println(n + " round trip " + big.equals(new String(big.getBytes(n), n)) + " " + big.getBytes(n).length);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }
    }
}
