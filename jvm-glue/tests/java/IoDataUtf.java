import java.io.*;

// writeUTF/readUTF: modified UTF-8 (NUL as two bytes, surrogates as three), length limits, malformed input.
public class IoDataUtf {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(Integer.toHexString(x & 0xff)).append(' ');
        return sb.toString().trim();
    }

    static void read(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        try {
            String s = new DataInputStream(new ByteArrayInputStream(b)).readUTF();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
            System.out.println("read " + hex(b) + " -> " + sb.toString().trim());
        } catch (IOException e) {
            System.out.println("read " + hex(b) + " ! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        String[] samples = {"", "abc", "\u0000", "nul\u0000in", "\u007f\u0080\u07ff\u0800\uffff", "\ud83d\ude00", "caf\u00e9", "" + (char) 0xdc00};
        for (String s : samples) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(b);
            d.writeUTF(s);
            String back = new DataInputStream(new ByteArrayInputStream(b.toByteArray())).readUTF();
            System.out.println(hex(b.toByteArray()) + " size=" + d.size() + " same=" + back.equals(s));
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 65535; i++) big.append((char) ('a' + i % 26));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeUTF(big.toString());
        System.out.println("max " + b.size() + " " + new DataInputStream(new ByteArrayInputStream(b.toByteArray())).readUTF().length());
        big.append('!');
        try {
            d.writeUTF(big.toString());
        } catch (UTFDataFormatException e) {
            System.out.println(e.getMessage());
        }
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < 30000; i++) wide.append('\u0800');
        wide.append("tail-end");
        try {
            d.writeUTF(wide.toString());
        } catch (UTFDataFormatException e) {
            System.out.println(e.getMessage() + " size now " + d.size());
        }
        read(0, 3, 'a', 0xc0, 'b');
        read(0, 2, 0xc0, 0x80);
        read(0, 3, 0xe0, 0x80, 0x80);
        read(0, 3, 'a', 0xe0, 0x80);
        read(0, 4, 'a', 0xe0, 0x80, 'x');
        read(0, 3, 'a', 'b', 0xe0);
        read(0, 2, 'a', 0xf0);
        read(0, 2, 'a', 0x80);
        read(0, 3, 0xe2, 0x28, 0xa1);
        read(0, 3, 0xe2, 0x82, 0x28);
        read(0, 5, 'a', 'b');
        read(0);
        read(0, 1, 'z', 'q');
        read(0, 6, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80);
        read(0, 2, 0xdf, 0xbf);
    }
}
