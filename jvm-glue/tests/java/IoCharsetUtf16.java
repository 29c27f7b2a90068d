import java.io.*;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.*;

// UTF-16, UTF-16BE and UTF-16LE: byte-order marks, surrogate pairs, malformed input, streaming.
public class IoCharsetUtf16 {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(Integer.toHexString(x & 0xff)).append(' ');
        return sb.toString().trim();
    }

    static String units(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        return sb.toString().trim();
    }

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    public static void main(String[] args) throws Exception {
        Charset[] sets = {StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        String[] samples = {"", "A", "h\u00e9\u20ac", "\ud83d\ude00", "x" + (char) 0xd800, (char) 0xdc00 + "y", "\ufeffbom", "\ufffe"};
        for (Charset cs : sets) {
            System.out.println(cs + " " + cs.aliases().size() + " " + Charset.forName(cs.name().toLowerCase()) + " enc=" + cs.newEncoder().maxBytesPerChar() + "/"
                    + cs.newEncoder().averageBytesPerChar() + " dec=" + cs.newDecoder().averageCharsPerByte() + " repl=" + hex(cs.newEncoder().replacement()));
            for (String s : samples) {
                byte[] b = s.getBytes(cs);
                System.out.println("  " + units(s) + " -> " + hex(b) + " -> " + units(new String(b, cs)));
            }
        }
        int[][] inputs = {
            {0xfe, 0xff, 0, 0x41}, {0xff, 0xfe, 0x41, 0}, {0, 0x41, 0, 0x42}, {0x41, 0}, {0xfe, 0xff}, {0xff, 0xfe, 0x3d, 0xd8, 0x00, 0xde},
            {0xd8, 0x3d, 0xde, 0x00}, {0xd8, 0x3d, 0x00, 0x41}, {0xdc, 0x00, 0, 0x41}, {0, 0x41, 0xd8}, {0, 0x41, 0xd8, 0x3d}, {0, 0x41, 0xd8, 0x3d, 0xde},
            {0xff, 0xfe}, {0xfe, 0xff, 0xfe, 0xff}, {0xfe, 0xff, 0xff, 0xfe, 0, 0x41}, {0x41},
        };
        for (int[] in : inputs) {
            StringBuilder sb = new StringBuilder(hex(bytes(in)) + " :");
            for (Charset cs : sets) sb.append(" [").append(units(new String(bytes(in), cs))).append(']');
            System.out.println(sb);
        }
        try {
            StandardCharsets.UTF_16BE.newDecoder().decode(ByteBuffer.wrap(bytes(0xdc, 0, 0, 0x41)));
        } catch (MalformedInputException e) {
            System.out.println("strict " + e.getMessage());
        }
        try {
            StandardCharsets.UTF_16.newEncoder().encode(CharBuffer.wrap("a" + (char) 0xd800 + "b"));
        } catch (MalformedInputException e) {
            System.out.println("strict enc " + e.getMessage());
        }
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(bo, "UTF-16");
        w.write("ab");
        w.flush();
        w.write("\ud83d");
        w.write("\ude00c");
        w.close();
        System.out.println(hex(bo.toByteArray()));
        Reader r = new InputStreamReader(new ByteArrayInputStream(bo.toByteArray()), "UTF-16");
        StringBuilder got = new StringBuilder();
        for (int c; (c = r.read()) != -1; ) got.append((char) c);
        System.out.println(units(got.toString()) + " " + new InputStreamReader(System.in, StandardCharsets.UTF_16LE).getEncoding() + " "
                + new InputStreamReader(System.in, StandardCharsets.UTF_16).getEncoding());
        CharsetDecoder d = StandardCharsets.UTF_16.newDecoder();
        CharBuffer out = CharBuffer.allocate(10);
        byte[] le = bytes(0xff, 0xfe, 0x41, 0, 0x42, 0);
        for (byte x : le) {
            ByteBuffer one = ByteBuffer.wrap(new byte[] {x});
            d.decode(one, out, false);
            if (one.hasRemaining()) System.out.print("(left " + one.remaining() + ")");
        }
        out.flip();
        System.out.println(" streamed: " + units(out.toString()));
    }
}
