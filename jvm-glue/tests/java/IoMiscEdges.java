import java.io.*;
import java.nio.charset.StandardCharsets;

// Less travelled paths: DataInputStream.readLine, default Reader/Writer/InputStream/OutputStream methods
// in minimal subclasses, Filter readers/writers, bad ranges on writers.
public class IoMiscEdges {
    interface Body { Object run() throws Exception; }

    static void t(String name, Body b) {
        try {
            System.out.println(name + " = " + b.run());
        } catch (Throwable e) {
            System.out.println(name + " ! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** Only read(char[], int, int) and close(). */
    static class MinimalReader extends Reader {
        final String s;
        int p, calls;

        MinimalReader(String s) {
            this.s = s;
        }

        public int read(char[] c, int off, int len) {
            calls++;
            if (p >= s.length()) return -1;
            int n = Math.min(len, Math.min(2, s.length() - p));
            s.getChars(p, p + n, c, off);
            p += n;
            return n;
        }

        public void close() {}
    }

    /** Only write(char[], int, int), flush(), close(). */
    static class MinimalWriter extends Writer {
        final StringBuilder sb = new StringBuilder();
        int calls;

        public void write(char[] c, int off, int len) {
            calls++;
            sb.append(new String(c, off, len));
        }

        public void flush() {}

        public void close() {}
    }

    static class MinimalOut extends OutputStream {
        final StringBuilder sb = new StringBuilder();

        public void write(int b) {
            sb.append(b).append(',');
        }
    }

    public static void main(String[] args) throws Exception {
        @SuppressWarnings("deprecation")
        Body lines = () -> {
            DataInputStream d = new DataInputStream(new ByteArrayInputStream("one\ntwo\r\nthree\rfour\r".getBytes(StandardCharsets.ISO_8859_1)));
            StringBuilder sb = new StringBuilder();
            for (String l; (l = d.readLine()) != null; ) sb.append('[').append(l).append(']');
            return sb;
        };
        t("readLine", lines);
        MinimalReader mr = new MinimalReader("abcdefg");
        t("minimalRead", () -> (char) mr.read() + " " + mr.skip(3) + " " + (char) mr.read() + " " + mr.ready() + " " + mr.markSupported() + " calls=" + mr.calls);
        t("minimalMark", () -> { mr.mark(1); return null; });
        t("minimalReset", () -> { mr.reset(); return null; });
        t("minimalTransfer", () -> { StringWriter w = new StringWriter(); return mr.transferTo(w) + " " + w + " calls=" + mr.calls; });
        MinimalWriter mw = new MinimalWriter();
        mw.write('x');
        mw.write("hello", 1, 3);
        mw.write("!");
        mw.write(new char[] {'a', 'b'});
        mw.append("ap").append('c').append("wxyz", 1, 3).append(null).append(null, 1, 3);
        System.out.println(mw.sb + " calls=" + mw.calls);
        t("writerBadRange", () -> { mw.write("abc", 2, 5); return null; });
        t("writerNegative", () -> { mw.write("abc", 1, -1); return mw.sb.length(); });
        MinimalOut mo = new MinimalOut();
        mo.write(new byte[] {1, 2, 3}, 1, 2);
        mo.write(new byte[] {9});
        System.out.println(mo.sb);
        t("outBadRange", () -> { mo.write(new byte[2], 1, 2); return null; });
        t("outNull", () -> { mo.write(null, 0, 1); return null; });
        FilterReader fr = new FilterReader(new StringReader("filtered")) {};
        char[] c = new char[4];
        System.out.println((char) fr.read() + " " + fr.read(c, 0, 4) + " " + new String(c) + " " + fr.skip(1) + " " + fr.ready() + " " + fr.markSupported());
        fr.mark(5);
        fr.read();
        fr.reset();
        System.out.println((char) fr.read());
        fr.close();
        t("filterClosed", () -> fr.read());
        StringWriter sw = new StringWriter();
        FilterWriter fw = new FilterWriter(sw) {};
        fw.write('a');
        fw.write("bcd", 1, 2);
        fw.write(new char[] {'e', 'f'}, 0, 1);
        fw.flush();
        fw.close();
        System.out.println(sw);
        t("bwNegative", () -> { BufferedWriter bw = new BufferedWriter(new StringWriter()); bw.write("abc", 1, -2); bw.flush(); return "ok"; });
        t("bwBadRange", () -> { BufferedWriter bw = new BufferedWriter(new StringWriter()); bw.write("abc", 2, 3); return "ok"; });
        t("oswBadRange", () -> { new OutputStreamWriter(new ByteArrayOutputStream()).write("abc", 2, 3); return "ok"; });
        t("oswNegative", () -> { new OutputStreamWriter(new ByteArrayOutputStream()).write("abc", 0, -1); return "ok"; });
        t("cawBadRange", () -> { new CharArrayWriter().write(new char[2], 1, 2); return "ok"; });
        t("inputSkipNeg", () -> new ByteArrayInputStream(new byte[4]).skip(-1) + " " + InputStream.nullInputStream().skip(-1));
        t("readNBytesNeg", () -> new ByteArrayInputStream(new byte[4]).readNBytes(new byte[2], 0, 3));
        t("bufferedReaderReadNeg", () -> new BufferedReader(new StringReader("x")).read(new char[2], -1, 1));
        t("pushbackUnreadRange", () -> { PushbackInputStream p = new PushbackInputStream(new ByteArrayInputStream(new byte[0]), 2); p.unread(new byte[] {1, 2, 3}, 1, 2); return p.read() + " " + p.read() + " " + p.read(); });
        t("dataSkipNeg", () -> new DataInputStream(new ByteArrayInputStream(new byte[4])).skipBytes(-3));
    }
}
