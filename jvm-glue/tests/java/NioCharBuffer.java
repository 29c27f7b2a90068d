import java.nio.*;

// CharBuffer over arrays and CharSequences: CharSequence view, puts of strings, read-only wrappers, bounds.
public class NioCharBuffer {
    interface Body { Object run() throws Exception; }

    static void t(String name, Body b) {
        try {
            System.out.println(name + " = " + b.run());
        } catch (Throwable e) {
            System.out.println(name + " ! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String st(Buffer b) {
        return "[pos=" + b.position() + " lim=" + b.limit() + " cap=" + b.capacity() + "]";
    }

    public static void main(String[] args) {
        CharBuffer c = CharBuffer.allocate(10);
        c.put("hello").put(' ').put(new char[] {'w', 'o'});
        System.out.println(st(c) + " '" + c + "' " + c.length());
        c.flip();
        System.out.println(st(c) + " '" + c + "' " + c.length() + " " + c.charAt(1) + " " + c.get() + " '" + c + "'");
        System.out.println("'" + c.subSequence(1, 4) + "' " + st(c.subSequence(1, 4)) + " " + c.subSequence(0, 0).length());
        c.put(7 - 1, '!');
        System.out.println("'" + c + "' " + c.get(6));
        CharBuffer w = CharBuffer.wrap("abcdef");
        System.out.println(w.getClass().getName() + " " + st(w) + " " + w.isReadOnly() + " " + w.hasArray() + " '" + w + "'");
        CharBuffer w2 = CharBuffer.wrap("abcdef", 2, 4);
        System.out.println(st(w2) + " '" + w2 + "' " + w2.charAt(0) + " " + w2.get(3) + " '" + w2.slice() + "' " + st(w2.slice()));
        System.out.println(w.getClass().getName() + " " + CharBuffer.allocate(1).getClass().getName() + " " + CharBuffer.allocate(1).asReadOnlyBuffer().getClass().getName());
        t("putRo", () -> w.put('x'));
        t("arrayRo", () -> w.array());
        t("charAt", () -> w.charAt(6));
        t("charAtNeg", () -> w.charAt(-1));
        t("sub", () -> w.subSequence(3, 2));
        t("wrapBad", () -> CharBuffer.wrap("abc", 2, 5));
        t("putStrOverflow", () -> CharBuffer.allocate(2).put("abc"));
        t("putStrRange", () -> CharBuffer.allocate(5).put("abc", 2, 1));
        t("getOver", () -> CharBuffer.wrap("ab").get(new char[3]));
        char[] arr = "0123456789".toCharArray();
        CharBuffer a = CharBuffer.wrap(arr, 3, 4);
        System.out.println(st(a) + " '" + a + "' " + a.arrayOffset() + " " + (a.array() == arr));
        CharBuffer sl = a.slice();
        System.out.println(st(sl) + " '" + sl + "' off=" + sl.arrayOffset());
        sl.put(0, 'X');
        System.out.println(new String(arr));
        a.position(5);
        a.compact();
        System.out.println(st(a) + " " + new String(arr));
        CharBuffer ap = CharBuffer.allocate(12);
        ap.append("ab").append('c').append("xdefx", 1, 4).append(null);
        ap.flip();
        System.out.println("'" + ap + "' " + ap.toString().length());
        CharBuffer src = CharBuffer.wrap("wxyz");
        CharBuffer dst = CharBuffer.allocate(6);
        dst.put('>').put(src);
        System.out.println(st(src) + " " + st(dst) + " '" + dst.flip() + "'");
        CharBuffer dup = dst.duplicate();
        dup.get();
        System.out.println(st(dup) + " " + st(dst) + " " + dup.equals(dst) + " " + dup.compareTo(dst));
        String s = "stream";
        StringBuilder sb = new StringBuilder();
        CharBuffer rd = CharBuffer.wrap(s);
        while (rd.hasRemaining()) sb.append(rd.get()).append(rd.remaining());
        System.out.println(sb);
        CharSequence seq = CharBuffer.wrap(new StringBuilder("builder"));
        System.out.println(seq.length() + " " + seq.charAt(3) + " " + seq.subSequence(2, 5) + " " + seq);
        t("isEmpty", () -> CharBuffer.allocate(0).isEmpty() + " " + CharBuffer.wrap("x").isEmpty());
        t("chars", () -> { int n = 0; CharBuffer x = CharBuffer.wrap("abc"); for (int i = 0; i < x.length(); i++) n += x.charAt(i); return n; });
    }
}
