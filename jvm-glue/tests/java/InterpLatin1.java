// Latin-1 loops the VM runs as intrinsics: String.getBytes(int,int,byte[],int),
// new String(byte[],int hibyte,int,int), and their bound checks.
public class InterpLatin1 {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(Integer.toHexString(x & 0xff)).append(' ');
        return sb.toString().trim();
    }

    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append((int) s.charAt(i)).append(' ');
        return sb.toString().trim();
    }

    @SuppressWarnings("deprecation")
    static void getBytes(String s, int b, int e, int dstLen, int at) {
        byte[] d = new byte[dstLen];
        java.util.Arrays.fill(d, (byte) 0x55);
        try {
            s.getBytes(b, e, d, at);
            System.out.println("getBytes(" + b + "," + e + ",[" + dstLen + "]," + at + ") = " + hex(d));
        } catch (RuntimeException x) {
            System.out.println("getBytes(" + b + "," + e + ",[" + dstLen + "]," + at + ") -> " + x.getClass().getName() + ": " + x.getMessage() + " dst " + hex(d));
        }
    }

    @SuppressWarnings("deprecation")
    static void ctor(byte[] a, int hi, int off, int n) {
        try {
            String s = new String(a, hi, off, n);
            System.out.println("new String(" + a.length + "," + hi + "," + off + "," + n + ") = " + codes(s) + " len " + s.length() + " hash " + s.hashCode());
        } catch (RuntimeException x) {
            System.out.println("new String(" + a.length + "," + hi + "," + off + "," + n + ") -> " + x.getClass().getName() + ": " + x.getMessage());
        }
    }

    @SuppressWarnings("deprecation")
    public static void main(String[] args) {
        String s = "Hé\u0100\u20ac\uffffA\u007f\u0080z";
        getBytes(s, 0, s.length(), s.length(), 0);
        getBytes(s, 0, s.length(), s.length() + 3, 3);
        getBytes(s, 2, 5, 4, 1);
        getBytes(s, 3, 3, 0, 0);
        getBytes(s, 3, 3, 2, 2);
        getBytes(s, -1, 3, 10, 0);
        getBytes(s, 0, 11, 20, 0);
        getBytes(s, 4, 3, 10, 0);
        getBytes(s, 0, 5, 4, 0);
        getBytes(s, 0, 5, 10, -1);
        getBytes(s, 0, 5, 10, 6);
        getBytes("", 0, 0, 0, 0);
        try {
            s.getBytes(0, 2, null, 0);
        } catch (NullPointerException x) {
            System.out.println("null dst -> NPE");
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 600; i++) big.append((char) (i * 7));
        String b = big.toString();
        byte[] all = new byte[600];
        b.getBytes(0, 600, all, 0);
        System.out.println("600 chars: " + java.util.Arrays.hashCode(all));

        byte[] a = {0, 1, 65, (byte) 0x7f, (byte) 0x80, (byte) 0xff, (byte) 0xc3, (byte) 0xa9, 10, 13};
        ctor(a, 0, 0, a.length);
        ctor(a, 1, 2, 5);
        ctor(a, 0x20, 0, 3);
        ctor(a, 0xd8, 4, 2);
        ctor(a, 0xff, 5, 1);
        ctor(a, -1, 0, 4);
        ctor(a, 256 + 3, 0, 4);
        ctor(a, 0, 10, 0);
        ctor(a, 0, 0, 0);
        ctor(a, 0, 9, 2);
        ctor(a, 0, -1, 2);
        ctor(a, 0, 2, -1);
        ctor(new byte[0], 7, 0, 0);
        try {
            new String((byte[]) null, 0, 0, 1);
        } catch (NullPointerException x) {
            System.out.println("null bytes -> NPE");
        }
        System.out.println(new String(a, 0).length() + " " + codes(new String(a, 2)));
        byte[] many = new byte[1000];
        for (int i = 0; i < many.length; i++) many[i] = (byte) (i * 31);
        String m = new String(many, 0, 0, many.length);
        System.out.println("1000 bytes: " + m.hashCode() + " " + (int) m.charAt(999));
        // a round trip through both loops
        byte[] back = new byte[m.length()];
        m.getBytes(0, m.length(), back, 0);
        System.out.println("round trip equal: " + java.util.Arrays.equals(back, many));
    }
}
