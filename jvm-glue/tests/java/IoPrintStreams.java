import java.io.*;
import java.nio.charset.StandardCharsets;

// PrintStream and PrintWriter: every print/println overload, encodings, autoflush, checkError, close.
public class IoPrintStreams {
    static class Sink extends OutputStream {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        int flushes;
        boolean fail, closed;

        public void write(int b) throws IOException {
            if (fail) throw new IOException("boom");
            data.write(b);
        }

        public void write(byte[] b, int off, int len) throws IOException {
            if (fail) throw new IOException("boom");
            data.write(b, off, len);
        }

        public void flush() {
            flushes++;
        }

        public void close() {
            closed = true;
        }
    }

    static class WSink extends Writer {
        final StringBuilder sb = new StringBuilder();
        int flushes;
        boolean fail;

        public void write(char[] c, int off, int len) throws IOException {
            if (fail) throw new IOException("wboom");
            sb.append(new String(c, off, len));
        }

        public void flush() {
            flushes++;
        }

        public void close() {}
    }

    static String show(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.UTF_8).replace("\n", "|");
    }

    static void all(PrintStream p) {
        p.print(true);
        p.print('c');
        p.print(42);
        p.print(-7L);
        p.print(1.5f);
        p.print(2.25);
        p.print(new char[] {'x', 'y'});
        p.print("str");
        p.print((String) null);
        p.print((Object) null);
        p.print(new StringBuilder("sb"));
        p.println();
        p.println(false);
        p.println('\u00e9');
        p.println(Integer.MIN_VALUE);
        p.println(Long.MAX_VALUE);
        p.println(Float.MIN_VALUE);
        p.println(1e100);
        p.println(new char[] {'\u20ac'});
        p.println("\ud83d\ude00");
        p.println((String) null);
        p.println((Object) "obj");
        p.append("ap").append('p').append("xendx", 1, 4).append(null);
        p.printf("%d-%s", 5, "five").format("[%s]", "f");
        p.write(65);
        p.write(new byte[] {66, 67, 68}, 1, 2);
        p.writeBytes(new byte[] {10});
    }

    static void all(PrintWriter p) {
        p.print(true);
        p.print('c');
        p.print(42);
        p.print(-7L);
        p.print(1.5f);
        p.print(2.25);
        p.print(new char[] {'x', 'y'});
        p.print("str");
        p.print((String) null);
        p.print((Object) null);
        p.println();
        p.println(false);
        p.println('\u00e9');
        p.println(Integer.MIN_VALUE);
        p.println(Long.MAX_VALUE);
        p.println(Float.MIN_VALUE);
        p.println(1e100);
        p.println(new char[] {'\u20ac'});
        p.println("s");
        p.println((Object) null);
        p.append("ap").append('p').append("xendx", 1, 4).append(null);
        p.printf("%d-%s", 5, "five").format("[%s]", "f");
        p.write(65);
        p.write("BCD", 1, 2);
        p.write(new char[] {'E', 'F'});
        p.write(new char[] {'G', 'H', 'I'}, 1, 1);
        p.write("\n");
    }

    public static void main(String[] args) throws Exception {
        Sink s = new Sink();
        PrintStream p = new PrintStream(s);
        all(p);
        System.out.println(show(s.data) + " flushes=" + s.flushes + " err=" + p.checkError());
        Sink s2 = new Sink();
        PrintStream auto = new PrintStream(s2, true);
        auto.print("no newline");
        System.out.print(s2.flushes + " ");
        auto.print("with\nnewline");
        System.out.print(s2.flushes + " ");
        auto.println(1);
        System.out.print(s2.flushes + " ");
        auto.write('x');
        System.out.print(s2.flushes + " ");
        auto.write('\n');
        System.out.print(s2.flushes + " ");
        auto.write(new byte[] {1}, 0, 1);
        System.out.println(s2.flushes);
        for (String enc : new String[] {"ISO-8859-1", "US-ASCII", "UTF-8"}) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            PrintStream e = new PrintStream(b, false, enc);
            e.print("\u00e9\u20ac\ud83d\ude00!");
            StringBuilder hex = new StringBuilder();
            for (byte x : b.toByteArray()) hex.append(Integer.toHexString(x & 0xff)).append(' ');
            System.out.println(enc + ": " + hex);
        }
        try {
            new PrintStream(new ByteArrayOutputStream(), false, "nope");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        try {
            new PrintStream((OutputStream) null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        Sink bad = new Sink();
        PrintStream pb = new PrintStream(bad);
        pb.print("ok");
        System.out.println(pb.checkError());
        bad.fail = true;
        pb.print("fails");
        System.out.println(pb.checkError() + " " + show(bad.data));
        bad.fail = false;
        pb.print("again");
        System.out.println(pb.checkError() + " " + show(bad.data));
        Sink c = new Sink();
        PrintStream pc = new PrintStream(c);
        pc.close();
        pc.close();
        System.out.println(c.closed + " " + pc.checkError());
        pc.println("after close");
        System.out.println(pc.checkError() + " '" + show(c.data) + "'");
        try {
            pc.print((char[]) null);
        } catch (NullPointerException e) {
            System.out.println("NPE char[]");
        }

        WSink ws = new WSink();
        PrintWriter pw = new PrintWriter(ws);
        all(pw);
        System.out.println(ws.sb.toString().replace("\n", "|") + " flushes=" + ws.flushes + " err=" + pw.checkError() + " " + ws.flushes);
        WSink ws2 = new WSink();
        PrintWriter apw = new PrintWriter(ws2, true);
        apw.print("x\ny");
        System.out.print(ws2.flushes + " ");
        apw.println("z");
        System.out.print(ws2.flushes + " ");
        apw.printf("%s", "q");
        System.out.print(ws2.flushes + " ");
        apw.write("w\n");
        System.out.println(ws2.flushes);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        PrintWriter opw = new PrintWriter(bo);
        opw.print("buffered \u00e9");
        System.out.print(bo.size() + " ");
        opw.flush();
        System.out.println(bo.size() + " " + show(bo));
        ByteArrayOutputStream bo2 = new ByteArrayOutputStream();
        PrintWriter opw2 = new PrintWriter(bo2, true);
        opw2.print("a");
        System.out.print(bo2.size() + " ");
        opw2.println("b");
        System.out.println(bo2.size());
        ByteArrayOutputStream bo3 = new ByteArrayOutputStream();
        PrintWriter opw3 = new PrintWriter(bo3, false, StandardCharsets.ISO_8859_1);
        opw3.print("\u00e9\u0100");
        opw3.close();
        System.out.println(bo3.size() + " " + (bo3.toByteArray()[0] & 0xff) + " " + bo3.toByteArray()[1]);
        WSink wbad = new WSink();
        PrintWriter pwb = new PrintWriter(wbad);
        wbad.fail = true;
        pwb.print("x");
        System.out.println(pwb.checkError());
        pwb.close();
        pwb.print("y");
        System.out.println(pwb.checkError());
        try {
            new PrintWriter((Writer) null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        StringWriter sw = new StringWriter();
        PrintWriter nested = new PrintWriter(new PrintWriter(sw));
        nested.print(3.0f);
        nested.flush();
        System.out.println(sw + " " + nested.checkError());
        PrintStream wrapped = new PrintStream(new PrintStream(new Sink()));
        System.out.println(wrapped.checkError());
        // A surrogate pair printed in two halves, and a lone high surrogate before a newline or close.
        Sink halves = new Sink();
        PrintStream ph = new PrintStream(halves, true);
        ph.print("a\ud83d");
        System.out.print(halves.data.size() + "/" + halves.flushes + " ");
        ph.print("\ud83d");
        System.out.print(halves.data.size() + "/" + halves.flushes + " ");
        ph.print("\ude00b");
        ph.print('\ud83d');
        ph.print('\ude01');
        ph.print("\ud83d");
        ph.println();
        ph.print("\ud83d");
        ph.println("x");
        ph.print("z\ud83d");
        ph.write('!');
        System.out.print(show(halves.data) + " " + halves.flushes + " ");
        ph.close();
        System.out.println(show(halves.data));
    }
}
