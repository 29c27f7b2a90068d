import java.io.*;
import java.nio.charset.StandardCharsets;

// Pipelines: streams wrapping streams (data over buffered over byte arrays, readers over writers),
// transferTo, null streams, and a little filter chain.
public class IoTransfer {
    /** Upper-cases ASCII letters on the way through. */
    static class Upper extends FilterOutputStream {
        Upper(OutputStream out) {
            super(out);
        }

        public void write(int b) throws IOException {
            out.write(b >= 'a' && b <= 'z' ? b - 32 : b);
        }
    }

    /** Counts bytes read through it. */
    static class Counting extends FilterInputStream {
        int count;

        Counting(InputStream in) {
            super(in);
        }

        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count++;
            return c;
        }

        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new Upper(sink), 16))) {
            out.writeBytes("hello, pipeline ");
            out.writeInt(0x61626364);
            out.writeUTF("mixed Case \u00e9");
            System.out.println("before close " + sink.size());
        }
        System.out.println("after close " + sink.size() + " " + sink.toString(StandardCharsets.ISO_8859_1));
        Counting counting = new Counting(new ByteArrayInputStream(sink.toByteArray()));
        DataInputStream in = new DataInputStream(new BufferedInputStream(counting, 8));
        byte[] head = new byte[16];
        in.readFully(head);
        System.out.println(new String(head, StandardCharsets.US_ASCII) + "|" + Integer.toHexString(in.readInt()) + " counted=" + counting.count);
        try {
            System.out.println(in.readUTF());
        } catch (UTFDataFormatException e) {
            System.out.println("utf: " + e.getMessage());
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        long moved = new ByteArrayInputStream(new byte[100000]).transferTo(copy);
        System.out.println(moved + " " + copy.size());
        StringWriter sw = new StringWriter();
        long chars = new InputStreamReader(new ByteArrayInputStream("\u00e9t\u00e9 \u2603".repeat(1000).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8).transferTo(sw);
        System.out.println(chars + " " + sw.toString().length() + " " + sw.toString().substring(0, 5));
        OutputStream nul = OutputStream.nullOutputStream();
        nul.write(new byte[10], 2, 3);
        nul.write(1);
        nul.flush();
        System.out.println(InputStream.nullInputStream().transferTo(nul) + " " + new ByteArrayInputStream(new byte[33]).transferTo(nul));
        nul.close();
        try {
            nul.write(1);
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            nul.write(new byte[2], 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        try {
            InputStream.nullInputStream().transferTo(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try { new StringReader("x").transferTo(null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { new ByteArrayInputStream(new byte[1]).transferTo(null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { new BufferedInputStream(new ByteArrayInputStream(new byte[1])).transferTo(null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Reader.nullReader().transferTo(null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        // Writer chain: PrintWriter -> BufferedWriter -> OutputStreamWriter -> ByteArrayOutputStream -> back in via readers.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter pw = new PrintWriter(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 5));
        for (int i = 0; i < 20; i++) pw.println("row " + i + " \u00b2=" + i * i);
        pw.flush();
        BufferedReader br = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8), 3);
        int total = 0;
        String last = null;
        for (String line; (line = br.readLine()) != null; ) {
            total += line.length();
            last = line;
        }
        System.out.println(bytes.size() + " " + total + " " + last);
        // FilterOutputStream close: flush failure reported, underlying closed once.
        class Flaky extends OutputStream {
            int closes;

            public void write(int b) {}

            public void flush() throws IOException {
                throw new IOException("flush failed");
            }

            public void close() {
                closes++;
            }
        }
        Flaky flaky = new Flaky();
        FilterOutputStream fo = new FilterOutputStream(flaky);
        try {
            fo.close();
        } catch (IOException e) {
            System.out.println(e.getMessage() + " closes=" + flaky.closes);
        }
        fo.close();
        System.out.println("closes=" + flaky.closes);
        FilterInputStream fi = new FilterInputStream(new ByteArrayInputStream(new byte[] {5, 6, 7})) {};
        System.out.println(fi.read() + " " + fi.available() + " " + fi.markSupported() + " " + fi.skip(1) + " " + fi.read(new byte[4]));
    }
}
