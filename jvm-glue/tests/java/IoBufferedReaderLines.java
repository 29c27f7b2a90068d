import java.io.*;

// BufferedReader: readLine with \n, \r and \r\n at every buffer boundary, mixed read()/readLine(),
// ready, skip, mark/reset (including a lost mark), close.
public class IoBufferedReaderLines {
    /** Hands out at most `chunk` chars per read. */
    static class Trickle extends Reader {
        final String s;
        final int chunk;
        int pos;

        Trickle(String s, int chunk) {
            this.s = s;
            this.chunk = chunk;
        }

        public int read(char[] c, int off, int len) {
            if (pos >= s.length()) return -1;
            int n = Math.min(Math.min(len, chunk), s.length() - pos);
            s.getChars(pos, pos + n, c, off);
            pos += n;
            return n;
        }

        public boolean ready() {
            return pos < s.length();
        }

        public void close() {}
    }

    static String esc(String s) {
        return s == null ? "null" : "<" + s.replace("\r", "\\r").replace("\n", "\\n") + ">";
    }

    public static void main(String[] args) throws Exception {
        String text = "one\ntwo\r\nthree\rfour\n\nsix\r\r\nnine\r\n\r\n\rlast";
        for (int size = 1; size <= 8; size++) {
            for (int chunk : new int[] {1, 3, 100}) {
                BufferedReader r = new BufferedReader(new Trickle(text, chunk), size);
                StringBuilder sb = new StringBuilder();
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    sb.append(esc(line));
                    n++;
                }
                if (size == 1 && chunk == 1 || size == 8 && chunk == 100) System.out.println(sb);
                System.out.println(size + "/" + chunk + ": " + n + " " + sb.toString().hashCode() + " " + r.readLine() + " " + r.read());
            }
        }
        // Mixed read() and readLine(): a \r ends a line and a following \n is swallowed once.
        BufferedReader m = new BufferedReader(new StringReader("ab\r\ncd\r\nef\rgh"), 2);
        System.out.println(esc(m.readLine()) + " " + m.read() + " " + esc(m.readLine()) + " " + esc(m.readLine()) + " " + (char) m.read() + " " + esc(m.readLine()));
        BufferedReader m2 = new BufferedReader(new StringReader("x\r\ny\rz"));
        System.out.println(esc(m2.readLine()) + " " + m2.ready() + " " + (char) m2.read() + " " + m2.read() + " " + esc(m2.readLine()));
        char[] cb = new char[10];
        BufferedReader m3 = new BufferedReader(new StringReader("a\r\nbcd"));
        System.out.println(esc(m3.readLine()) + " " + m3.read(cb, 0, 10) + " " + new String(cb, 0, 3));
        BufferedReader m4 = new BufferedReader(new StringReader("q\r\n\nz"));
        System.out.println(esc(m4.readLine()) + " " + m4.skip(1) + " " + esc(m4.readLine()));
        // Marks
        BufferedReader k = new BufferedReader(new Trickle("0123456789abcdefghij", 3), 4);
        k.read();
        k.mark(6);
        char[] five = new char[5];
        System.out.println(k.read(five, 0, 5) + " " + new String(five));
        k.reset();
        System.out.println((char) k.read() + " " + k.markSupported());
        k.mark(2);
        for (int i = 0; i < 12; i++) k.read();
        try {
            k.reset();
            System.out.println("reset ok");
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            new BufferedReader(new StringReader("x")).reset();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            k.mark(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            k.skip(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        BufferedReader big = new BufferedReader(new Trickle("z".repeat(30000) + "\nend", 777));
        big.mark(25000);
        System.out.println(big.readLine().length());
        try {
            big.reset();
            System.out.println("reset ok");
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(big.readLine() + " " + big.ready() + " " + big.skip(10));
        BufferedReader bulk = new BufferedReader(new Trickle("x".repeat(100), 7), 16);
        System.out.println(bulk.read(new char[50], 0, 50) + " " + bulk.skip(30) + " " + bulk.read(new char[50]) + " " + bulk.read(new char[5]));
        bulk.close();
        bulk.close();
        try {
            bulk.readLine();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            bulk.ready();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            new BufferedReader(new StringReader(""), 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(esc(new BufferedReader(new StringReader("")).readLine()) + " " + esc(new BufferedReader(new StringReader("\n")).readLine())
                + " " + esc(new BufferedReader(new StringReader("\r")).readLine()) + " " + new BufferedReader(new StringReader("")).ready());
    }
}
