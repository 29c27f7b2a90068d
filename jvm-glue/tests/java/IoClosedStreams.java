import java.io.*;
import java.nio.charset.StandardCharsets;

// Every stream, reader and writer after close(): which operations fail, with which message, and
// whether close() is idempotent.
public class IoClosedStreams {
    interface Op { Object run() throws Exception; }

    static void t(String name, Op op) {
        String r;
        try {
            r = String.valueOf(op.run());
        } catch (Exception e) {
            r = e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
        System.out.println(name + " -> " + r);
    }

    static byte[] bytes() {
        return "some bytes\nand more".getBytes(StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) throws Exception {
        InputStream[] ins = {
            new ByteArrayInputStream(bytes()), new BufferedInputStream(new ByteArrayInputStream(bytes())), new DataInputStream(new ByteArrayInputStream(bytes())),
            new PushbackInputStream(new ByteArrayInputStream(bytes())), InputStream.nullInputStream(),
        };
        for (InputStream in : ins) {
            String n = in.getClass().getSimpleName();
            in.close();
            in.close();
            t(n + ".read", () -> in.read());
            t(n + ".readArr", () -> in.read(new byte[4], 0, 4));
            t(n + ".available", () -> in.available());
            t(n + ".skip", () -> in.skip(2));
            t(n + ".readAll", () -> in.readAllBytes().length);
            t(n + ".reset", () -> { in.reset(); return "ok"; });
        }
        OutputStream[] outs = {
            new ByteArrayOutputStream(), new BufferedOutputStream(new ByteArrayOutputStream()), new DataOutputStream(new ByteArrayOutputStream()),
            new FilterOutputStream(new ByteArrayOutputStream()), OutputStream.nullOutputStream(), new PrintStream(new ByteArrayOutputStream()),
        };
        for (OutputStream out : outs) {
            String n = out.getClass().getSimpleName();
            out.close();
            out.close();
            t(n + ".write", () -> { out.write(1); return "ok"; });
            t(n + ".writeArr", () -> { out.write(new byte[3], 0, 3); return "ok"; });
            t(n + ".flush", () -> { out.flush(); return "ok"; });
        }
        Reader[] readers = {
            new StringReader("text"), new BufferedReader(new StringReader("text")), new CharArrayReader("text".toCharArray()),
            new PushbackReader(new StringReader("text")), new InputStreamReader(new ByteArrayInputStream(bytes())), new LineNumberReader(new StringReader("t")),
            Reader.nullReader(),
        };
        for (Reader r : readers) {
            String n = r.getClass().getSimpleName();
            r.close();
            r.close();
            t(n + ".read", () -> r.read());
            t(n + ".readArr", () -> r.read(new char[3], 0, 3));
            t(n + ".ready", () -> r.ready());
            t(n + ".skip", () -> r.skip(1));
            t(n + ".mark", () -> { r.mark(1); return "ok"; });
            t(n + ".reset", () -> { r.reset(); return "ok"; });
        }
        Writer[] writers = {
            new StringWriter(), new CharArrayWriter(), new BufferedWriter(new StringWriter()), new OutputStreamWriter(new ByteArrayOutputStream()),
            new PrintWriter(new StringWriter()), Writer.nullWriter(),
        };
        for (Writer w : writers) {
            String n = w.getClass().getSimpleName();
            w.close();
            w.close();
            t(n + ".write", () -> { w.write('x'); return "ok"; });
            t(n + ".writeStr", () -> { w.write("abc"); return "ok"; });
            t(n + ".append", () -> { w.append("q"); return "ok"; });
            t(n + ".flush", () -> { w.flush(); return "ok"; });
        }
    }
}
