import java.io.*;
import java.nio.CharBuffer;

// StringReader/StringWriter/CharArrayReader/CharArrayWriter, Reader/Writer defaults and null readers/writers.
public class IoStringReaderWriter {
    interface Body { Object run() throws Exception; }

    static void t(String name, Body b) {
        try {
            System.out.println(name + " = " + b.run());
        } catch (Throwable e) {
            System.out.println(name + " ! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        StringReader r = new StringReader("hello, reader world");
        char[] c = new char[8];
        System.out.println((char) r.read() + " " + r.read(c, 1, 4) + " " + new String(c, 1, 4) + " " + r.ready() + " " + r.markSupported());
        r.mark(0);
        System.out.println(r.skip(3) + " " + (char) r.read() + " " + r.skip(-2) + " " + (char) r.read() + " " + r.skip(100) + " " + r.read() + " " + r.skip(5));
        r.reset();
        System.out.println((char) r.read() + " " + r.read(c, 0, 0));
        CharBuffer cb = CharBuffer.allocate(5);
        System.out.println(r.read(cb) + " '" + cb.flip() + "'");
        StringWriter sink = new StringWriter();
        System.out.println(r.transferTo(sink) + " '" + sink + "' " + r.read(c) + " " + r.read(CharBuffer.allocate(3)));
        r.close();
        r.close();
        t("readClosed", () -> r.read());
        t("readyClosed", () -> r.ready());
        t("markClosed", () -> { r.mark(1); return null; });
        t("markNeg", () -> { new StringReader("x").mark(-1); return null; });
        t("skipClosed", () -> r.skip(1));
        t("badRange", () -> new StringReader("abc").read(new char[2], 1, 2));

        StringWriter w = new StringWriter();
        w.write('a');
        w.write("bcdef", 1, 3);
        w.write(new char[] {'x', 'y', 'z'}, 1, 1);
        w.append("!!").append('?').append("0123", 1, 3).append(null).append(null, 0, 2);
        w.write("end");
        w.flush();
        w.close();
        w.write(" after close");
        System.out.println("'" + w + "' " + w.toString().length());
        t("negSize", () -> new StringWriter(-1));
        t("badWrite", () -> { w.write(new char[2], 1, 5); return null; });

        char[] arr = "abcdefghij".toCharArray();
        CharArrayReader car = new CharArrayReader(arr, 2, 5);
        System.out.println((char) car.read() + " " + car.ready() + " " + car.skip(2) + " " + car.read(c, 0, 8) + " " + new String(c, 0, 2) + " " + car.read() + " " + car.ready());
        car.reset();
        System.out.println((char) car.read() + " " + car.skip(-1) + " " + car.skip(99));
        car.close();
        t("carClosed", () -> car.read());
        t("carBad", () -> new CharArrayReader(arr, -1, 2));
        CharArrayWriter caw = new CharArrayWriter(1);
        for (int i = 0; i < 40; i++) caw.write('a' + i % 26);
        caw.write("XYZ", 1, 2);
        caw.append("pq").append('!');
        System.out.println(caw.size() + " " + caw + " " + caw.toCharArray().length);
        StringWriter copy = new StringWriter();
        caw.writeTo(copy);
        caw.reset();
        System.out.println(copy.toString().length() + " " + caw.size() + " '" + caw + "'");
        t("cawNeg", () -> new CharArrayWriter(-2));

        Reader nr = Reader.nullReader();
        System.out.println(nr.read() + " " + nr.read(c, 0, 3) + " " + nr.read(c, 0, 0) + " " + nr.ready() + " " + nr.skip(4) + " " + nr.transferTo(new StringWriter()));
        nr.close();
        t("nullReaderClosed", () -> nr.read());
        Writer nw = Writer.nullWriter();
        nw.write("ignored");
        nw.append('x').flush();
        nw.close();
        t("nullWriterClosed", () -> { nw.write(1); return null; });
        t("readerSkipNeg", () -> new InputStreamReader(new ByteArrayInputStream(new byte[3])).skip(-1));
        t("readerMark", () -> { new InputStreamReader(new ByteArrayInputStream(new byte[3])).mark(1); return null; });
        t("readerReset", () -> { new InputStreamReader(new ByteArrayInputStream(new byte[3])).reset(); return null; });
        t("readerMarkSupported", () -> new InputStreamReader(new ByteArrayInputStream(new byte[3])).markSupported());
    }
}
