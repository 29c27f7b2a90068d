public class FmtHexDump {
    public static void main(String[] args) {
        byte[] data = new byte[77];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 37 + 11);
        byte[] text = "Hello, hex dump!\n\tTabs & stuff.".getBytes();
        dump(data);
        dump(text);
        for (int v : new int[] {0, 1, -1, 255, 256, 0xCAFEBABE, Integer.MIN_VALUE}) {
            System.out.println(String.format("%08x %08X %#x %#o %11d %-12d| %s", v, v, v, v, v, v, Integer.toBinaryString(v)));
        }
        for (long v : new long[] {0L, -1L, 1L << 40, Long.MIN_VALUE}) System.out.println(String.format("%016x %#X %o", v, v, v));
        for (byte b : new byte[] {0, 1, -1, 127, -128}) System.out.print(String.format("%02x %#04X|", b, b));
        System.out.println();
        for (short s : new short[] {0, -1, 32767, -32768}) System.out.print(String.format("%04x %o|", s, s));
        System.out.println();
    }

    static void dump(byte[] b) {
        for (int off = 0; off < b.length; off += 16) {
            StringBuilder hex = new StringBuilder(), asc = new StringBuilder();
            for (int i = off; i < off + 16; i++) {
                if (i < b.length) {
                    hex.append(String.format("%02x ", b[i]));
                    char c = (char) (b[i] & 0xff);
                    asc.append(c >= 32 && c < 127 ? c : '.');
                } else {
                    hex.append("   ");
                }
            }
            System.out.printf("%08x  %s |%s|%n", off, hex, asc);
        }
    }
}
