import java.io.*;
import java.nio.charset.StandardCharsets;

// Seeded random sequences of operations on buffered streams and readers over trickling sources;
// every result (or exception) is folded into a checksum and sampled lines are printed.
public class IoRandomOps {
    static long seed = 0x5eed;

    static int rnd(int n) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % n);
    }

    static class Trickle extends InputStream {
        final byte[] d;
        int p;

        Trickle(byte[] d) {
            this.d = d;
        }

        public int read() {
            return p < d.length ? d[p++] & 0xff : -1;
        }

        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            if (p >= d.length) return -1;
            int n = Math.min(Math.min(len, 1 + rnd(13)), d.length - p);
            System.arraycopy(d, p, b, off, n);
            p += n;
            return n;
        }

        public int available() {
            return Math.min(rnd(5), d.length - p);
        }
    }

    static class TrickleReader extends Reader {
        final String s;
        int p;

        TrickleReader(String s) {
            this.s = s;
        }

        public int read(char[] c, int off, int len) {
            if (len == 0) return 0;
            if (p >= s.length()) return -1;
            int n = Math.min(Math.min(len, 1 + rnd(9)), s.length() - p);
            s.getChars(p, p + n, c, off);
            p += n;
            return n;
        }

        public boolean ready() {
            return rnd(3) > 0 && p < s.length();
        }

        public void close() {}
    }

    static long h;

    static void fold(Object o) {
        String s = String.valueOf(o);
        for (int i = 0; i < s.length(); i++) h = h * 1000003 + s.charAt(i);
    }

    public static void main(String[] args) throws Exception {
        byte[] data = new byte[3000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 7 + i / 100);
        for (int round = 0; round < 6; round++) {
            h = 0;
            BufferedInputStream in = new BufferedInputStream(new Trickle(data), 1 + rnd(40));
            StringBuilder sample = new StringBuilder();
            for (int op = 0; op < 400; op++) {
                Object r;
                try {
                    switch (rnd(7)) {
                        case 0: r = in.read(); break;
                        case 1: {
                            byte[] b = new byte[64];
                            int off = rnd(10), len = rnd(50);
                            int n = in.read(b, off, len);
                            r = n + ":" + (n > 0 ? b[off] + "," + b[off + n - 1] : "");
                            break;
                        }
                        case 2: r = in.skip(rnd(70) - 5); break;
                        case 3: in.mark(rnd(60)); r = "mark"; break;
                        case 4: in.reset(); r = "reset"; break;
                        case 5: r = "avail>=0:" + (in.available() >= 0); break;
                        default: r = in.readNBytes(rnd(20)).length; break;
                    }
                } catch (IOException e) {
                    r = e.getMessage();
                }
                fold(r);
                if (op % 50 == 0) sample.append(r).append(' ');
            }
            System.out.println("bis " + round + " " + h + " " + sample);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("w").append(i);
            int k = rnd(6);
            text.append(k == 0 ? "\n" : k == 1 ? "\r" : k == 2 ? "\r\n" : k == 3 ? " " : k == 4 ? "\u00e9\u20ac" : "\n\n");
        }
        for (int round = 0; round < 6; round++) {
            h = 0;
            BufferedReader r = new BufferedReader(new TrickleReader(text.toString()), 1 + rnd(30));
            StringBuilder sample = new StringBuilder();
            for (int op = 0; op < 300; op++) {
                Object o;
                try {
                    switch (rnd(7)) {
                        case 0: o = r.read(); break;
                        case 1: o = "[" + r.readLine() + "]"; break;
                        case 2: {
                            char[] c = new char[40];
                            int n = r.read(c, rnd(5), rnd(30));
                            o = n > 0 ? new String(c, 0, 40).trim() : n;
                            break;
                        }
                        case 3: o = r.skip(rnd(20)); break;
                        case 4: r.mark(rnd(40)); o = "mark"; break;
                        case 5: r.reset(); o = "reset"; break;
                        default: o = r.ready(); break;
                    }
                } catch (IOException e) {
                    o = e.getMessage();
                }
                fold(o);
                if (op % 40 == 0) sample.append(String.valueOf(o).replace("\n", "|").replace("\r", "<")).append(' ');
            }
            System.out.println("br " + round + " " + h + " " + sample);
        }
        byte[] utf = text.toString().getBytes(StandardCharsets.UTF_8);
        utf[17] = (byte) 0xff;
        utf[100] = (byte) 0xc3;
        for (int round = 0; round < 4; round++) {
            h = 0;
            Reader r = new InputStreamReader(new Trickle(utf), StandardCharsets.UTF_8);
            int n, total = 0;
            char[] c = new char[1 + rnd(20)];
            while ((n = r.read(c, 0, 1 + rnd(c.length))) != -1) {
                total += n;
                fold(n);
                fold(new String(c, 0, n));
            }
            System.out.println("isr " + round + " " + total + " " + h);
        }
    }
}
