import java.io.*;

// LineNumberReader: counting across read(), read(char[]), readLine(), skip, mark/reset and end of input.
public class IoLineNumberReader {
    public static void main(String[] args) throws Exception {
        String[] texts = {"a\nb\r\nc\rd", "a\nb\n", "", "x", "\r\n\r\n", "\r\r\n\n", "no newline at all"};
        for (String t : texts) {
            LineNumberReader r = new LineNumberReader(new StringReader(t));
            StringBuilder sb = new StringBuilder();
            for (String l; (l = r.readLine()) != null; ) sb.append('[').append(l).append(']').append(r.getLineNumber());
            sb.append(" end=").append(r.getLineNumber());
            LineNumberReader c = new LineNumberReader(new StringReader(t));
            StringBuilder chars = new StringBuilder();
            for (int ch; (ch = c.read()) != -1; ) chars.append(ch == '\n' ? "|" : String.valueOf((char) ch)).append(c.getLineNumber());
            chars.append(" end=").append(c.getLineNumber());
            LineNumberReader b = new LineNumberReader(new StringReader(t));
            char[] buf = new char[3];
            int n;
            StringBuilder bulk = new StringBuilder();
            while ((n = b.read(buf, 0, 3)) != -1) bulk.append(n).append('@').append(b.getLineNumber()).append(' ');
            bulk.append("end=").append(b.getLineNumber());
            System.out.println(sb + " | " + chars + " | " + bulk);
        }
        LineNumberReader r = new LineNumberReader(new StringReader("l1\nl2\nl3\nl4\r\nl5"));
        r.setLineNumber(10);
        System.out.println(r.readLine() + " " + r.getLineNumber());
        r.mark(100);
        System.out.println(r.readLine() + " " + r.readLine() + " " + r.getLineNumber());
        r.reset();
        System.out.println(r.getLineNumber() + " " + r.skip(7) + " " + r.getLineNumber() + " " + (char) r.read() + " " + r.read() + " " + r.getLineNumber() + " " + r.readLine()
                + " " + r.getLineNumber() + " " + r.readLine() + " " + r.getLineNumber());
        try {
            r.skip(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
