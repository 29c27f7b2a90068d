import java.nio.*;

// equals, hashCode, compareTo and mismatch of byte, char and int buffers (only the remaining elements count).
public class NioBufferCompare {
    public static void main(String[] args) {
        byte[][] bs = {{}, {1}, {1, 2}, {1, 2, 3}, {1, 3}, {-1}, {0, 1, 2}, {1, 2, 3}};
        for (byte[] x : bs) {
            StringBuilder sb = new StringBuilder();
            ByteBuffer a = ByteBuffer.wrap(x);
            sb.append(a.hashCode()).append(':');
            for (byte[] y : bs) {
                ByteBuffer b = ByteBuffer.wrap(y);
                sb.append(' ').append(a.compareTo(b)).append('/').append(a.equals(b) ? 'T' : 'f').append('/').append(a.mismatch(b));
            }
            System.out.println(sb);
        }
        ByteBuffer p = ByteBuffer.wrap(new byte[] {9, 1, 2, 3});
        p.get();
        System.out.println(p.equals(ByteBuffer.wrap(new byte[] {1, 2, 3})) + " " + p.hashCode() + " " + p.equals("x") + " " + p.equals(CharBuffer.wrap("abc")));
        String[] cs = {"", "a", "ab", "abc", "abd", "b", "\uffff", "Ab"};
        for (String x : cs) {
            StringBuilder sb = new StringBuilder();
            CharBuffer a = CharBuffer.wrap(x);
            sb.append(a.hashCode()).append(':');
            for (String y : cs) {
                CharBuffer b = CharBuffer.wrap(y.toCharArray());
                sb.append(' ').append(a.compareTo(b)).append('/').append(a.equals(b) ? 'T' : 'f').append('/').append(a.mismatch(b));
            }
            System.out.println(sb);
        }
        int[][] is = {{}, {Integer.MIN_VALUE}, {0}, {Integer.MAX_VALUE, 1}, {5, 6, 7}, {5, 6}};
        for (int[] x : is) {
            StringBuilder sb = new StringBuilder();
            IntBuffer a = IntBuffer.wrap(x);
            sb.append(a.hashCode()).append(':');
            for (int[] y : is) {
                IntBuffer b = IntBuffer.wrap(y);
                sb.append(' ').append(Integer.signum(a.compareTo(b))).append('/').append(a.equals(b) ? 'T' : 'f').append('/').append(a.mismatch(b));
            }
            System.out.println(sb);
        }
    }
}
