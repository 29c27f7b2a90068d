import java.io.*;
import java.nio.CharBuffer;

// SequenceInputStream over two streams; Readable (Reader and CharBuffer) filling CharBuffers.
public class IoSequenceReadable {
    static class Tracked extends ByteArrayInputStream {
        final String name;

        Tracked(String name, byte[] b) {
            super(b);
            this.name = name;
        }

        public void close() throws IOException {
            System.out.println("close " + name);
        }
    }

    public static void main(String[] args) throws Exception {
        SequenceInputStream s = new SequenceInputStream(new Tracked("one", new byte[] {1, 2, 3}), new Tracked("two", new byte[] {4, 5}));
        byte[] b = new byte[10];
        System.out.println(s.available() + " " + s.read() + " " + s.read(b, 0, 10) + " " + b[0] + " " + s.available());
        System.out.println(s.read(b, 0, 10) + " " + b[0] + " " + b[1] + " " + s.read() + " " + s.read(b, 0, 10) + " " + s.available());
        s.close();
        SequenceInputStream t = new SequenceInputStream(new Tracked("a", "hello ".getBytes()), new Tracked("b", "world".getBytes()));
        System.out.println(new String(t.readAllBytes()) + " " + t.read());
        SequenceInputStream u = new SequenceInputStream(new Tracked("x", new byte[1]), new Tracked("y", new byte[1]));
        System.out.println(u.read(b, 0, 0));
        u.close();
        System.out.println(u.read() + " " + u.read(b, 0, 3));
        try {
            new SequenceInputStream(null, InputStream.nullInputStream());
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        Readable r = new StringReader("readable text here");
        CharBuffer cb = CharBuffer.allocate(8);
        System.out.println(r.read(cb) + " '" + cb.flip() + "'");
        Readable c = CharBuffer.wrap("0123456789");
        CharBuffer small = CharBuffer.allocate(4);
        System.out.println(c.read(small) + " '" + small.flip() + "' " + c.read(CharBuffer.allocate(10)) + " " + c.read(CharBuffer.allocate(3)));
        CharBuffer full = CharBuffer.allocate(0);
        System.out.println(new StringReader("x").read(full) + " " + CharBuffer.wrap("ab").read(full));
        try {
            CharBuffer self = CharBuffer.allocate(3);
            self.read(self);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
