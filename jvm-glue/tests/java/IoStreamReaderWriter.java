import java.io.*;
import java.nio.charset.*;

// InputStreamReader/OutputStreamWriter over UTF-8, ISO-8859-1 and US-ASCII: malformed input, bytes arriving
// one at a time, surrogate pairs split across writes, buffering, encodings' names, errors.
public class IoStreamReaderWriter {
    static class OneByte extends InputStream {
        final byte[] d;
        int p;

        OneByte(byte[] d) {
            this.d = d;
        }

        public int read() {
            return p < d.length ? d[p++] & 0xff : -1;
        }

        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            if (p >= d.length) return -1;
            b[off] = d[p++];
            return 1;
        }
    }

    static String units(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append('<').append(Integer.toHexString(c)).append('>');
        }
        return sb.toString();
    }

    static String readAll(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = r.read()) != -1) sb.append((char) c);
        return sb.toString();
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(Integer.toHexString(x & 0xff)).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) throws Exception {
        byte[] mixed = {'a', (byte) 0xc3, (byte) 0xa9, (byte) 0xff, (byte) 0xe2, (byte) 0x82, (byte) 0xac, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80,
            (byte) 0xe2, (byte) 0x82, 'b', (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xc0, (byte) 0xaf, 'z', (byte) 0xf0, (byte) 0x9f};
        for (String cs : new String[] {"UTF-8", "ISO-8859-1", "US-ASCII"}) {
            String whole = readAll(new InputStreamReader(new ByteArrayInputStream(mixed), cs));
            String trickled = readAll(new InputStreamReader(new OneByte(mixed), cs));
            char[] buf = new char[64];
            int n = new InputStreamReader(new ByteArrayInputStream(mixed), Charset.forName(cs)).read(buf, 0, 64);
            System.out.println(cs + " " + units(whole) + " same=" + whole.equals(trickled) + " bulk=" + n + " " + whole.equals(new String(buf, 0, n))
                    + " str=" + whole.equals(new String(mixed, cs)));
        }
        try {
            readAll(new InputStreamReader(new ByteArrayInputStream(mixed), StandardCharsets.UTF_8.newDecoder()));
        } catch (MalformedInputException e) {
            System.out.println("strict: " + e.getMessage());
        }
        InputStreamReader big = new InputStreamReader(new ByteArrayInputStream("\u00e9\u4e2d".repeat(5000).getBytes(StandardCharsets.UTF_8)));
        char[] chunk = new char[1000];
        int total = 0, reads = 0, k;
        while ((k = big.read(chunk)) > 0) {
            total += k;
            reads++;
        }
        System.out.println("big " + total + " " + (reads > 0) + " " + big.ready());
        InputStreamReader enc = new InputStreamReader(new ByteArrayInputStream(new byte[1]), "latin1");
        System.out.println(enc.getEncoding() + " " + new InputStreamReader(System.in).getEncoding() + " " + new InputStreamReader(System.in, "ascii").getEncoding()
                + " " + new OutputStreamWriter(new ByteArrayOutputStream()).getEncoding() + " " + new OutputStreamWriter(new ByteArrayOutputStream(), "ISO-8859-1").getEncoding());
        System.out.println(enc.ready() + " " + enc.read() + " " + enc.read() + " " + enc.ready());
        enc.close();
        System.out.println(enc.getEncoding());
        try {
            enc.read();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        for (String bad : new String[] {"nope", "no pe", ""}) {
            try {
                new InputStreamReader(System.in, bad);
            } catch (UnsupportedEncodingException e) {
                System.out.println("UEE '" + e.getMessage() + "'");
            }
            try {
                new OutputStreamWriter(System.out, bad);
            } catch (UnsupportedEncodingException e) {
                System.out.println("UEE '" + e.getMessage() + "'");
            }
        }
        try {
            new InputStreamReader(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }

        for (String cs : new String[] {"UTF-8", "ISO-8859-1", "US-ASCII"}) {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            OutputStreamWriter w = new OutputStreamWriter(bo, cs);
            w.write("a\u00e9\u20ac");
            w.write(0xd83d);
            System.out.print(cs + " before flush " + bo.size());
            w.write(0xde00);
            w.write("" + (char) 0xdc00 + "x", 0, 2);
            w.write(new char[] {'y', (char) 0xd800}, 0, 2);
            w.flush();
            System.out.print(" after flush " + bo.size());
            w.append("zz", 0, 1).append('!');
            w.close();
            w.close();
            System.out.println(" closed: " + hex(bo.toByteArray()));
            try {
                w.write("more");
            } catch (IOException e) {
                System.out.println(e.getMessage());
            }
        }
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        OutputStreamWriter w = new OutputStreamWriter(bo, StandardCharsets.UTF_8);
        for (int i = 0; i < 5000; i++) w.write("\u00e9");
        System.out.println("unflushed " + bo.size());
        w.flush();
        System.out.println("flushed " + bo.size());
        try {
            OutputStreamWriter strict = new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.US_ASCII.newEncoder());
            strict.write("ok\u00e9");
            strict.flush();
        } catch (UnmappableCharacterException e) {
            System.out.println("strict: " + e.getMessage());
        }
        BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(bo = new ByteArrayOutputStream(), "UTF-8"), 4);
        bw.write("ab");
        bw.newLine();
        System.out.print(bo.size() + " ");
        bw.write("cdefgh", 1, 4);
        bw.write(new char[] {'1', '2', '3', '4', '5', '6'}, 0, 6);
        bw.write('Z');
        bw.flush();
        System.out.println(bo.size() + " '" + bo.toString().replace("\n", "|") + "'");
        bw.close();
        bw.close();
        try {
            bw.write('x');
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            new BufferedWriter(new StringWriter(), 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
