import java.io.*;
import java.nio.charset.StandardCharsets;

// How many chars each InputStreamReader/BufferedReader read returns (HotSpot decodes straight into the
// caller's array while input is available), with single-char reads splitting surrogate pairs.
public class IoReaderChunks {
    /** Reports a fixed number of available bytes and returns at most `chunk` per read. */
    static class Source extends InputStream {
        final byte[] d;
        final int chunk, avail;
        int p, reads;

        Source(byte[] d, int chunk, int avail) {
            this.d = d;
            this.chunk = chunk;
            this.avail = avail;
        }

        public int read() {
            reads++;
            return p < d.length ? d[p++] & 0xff : -1;
        }

        public int read(byte[] b, int off, int len) {
            reads++;
            if (p >= d.length) return -1;
            int n = Math.min(Math.min(len, chunk), d.length - p);
            System.arraycopy(d, p, b, off, n);
            p += n;
            return n;
        }

        public int available() {
            return Math.min(avail, d.length - p);
        }
    }

    public static void main(String[] args) throws Exception {
        byte[] b = "\u00e9\u4e2dab\ud83d\ude00".repeat(3000).getBytes(StandardCharsets.UTF_8);
        for (int size : new int[] {1000, 5000, 40000, 3, 2}) {
            InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8);
            char[] c = new char[size];
            StringBuilder sb = new StringBuilder();
            int n, k = 0;
            while ((n = r.read(c)) > 0 && k++ < 25) sb.append(n).append(' ');
            System.out.println(size + ": " + sb);
        }
        for (int[] cfg : new int[][] {{100, 0}, {100, 1000}, {7, 3}, {5000, 0}}) {
            Source src = new Source(b, cfg[0], cfg[1]);
            InputStreamReader r = new InputStreamReader(src, StandardCharsets.UTF_8);
            char[] c = new char[3000];
            StringBuilder sb = new StringBuilder();
            int n, k = 0, total = 0;
            while ((n = r.read(c)) > 0) {
                total += n;
                if (k++ < 12) sb.append(n).append(' ');
            }
            System.out.println("chunk " + cfg[0] + " avail " + cfg[1] + ": " + sb + "... total " + total + " reads " + src.reads);
        }
        InputStreamReader single = new InputStreamReader(new ByteArrayInputStream("a\ud83d\ude00b".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        char[] one = new char[1];
        System.out.println(single.read() + " " + single.read() + " " + single.ready() + " " + single.read(one, 0, 1) + " " + (int) one[0] + " " + single.read() + " " + single.read());
        InputStreamReader mixed = new InputStreamReader(new ByteArrayInputStream("\ud83d\ude00xyz".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        char[] buf = new char[10];
        System.out.println(mixed.read() + " " + mixed.read(buf, 0, 10) + " " + (int) buf[0] + " " + buf[1]);
        InputStreamReader l1 = new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.ISO_8859_1);
        char[] big = new char[30000];
        System.out.println(l1.read(big) + " " + l1.read(big) + " " + l1.read(big) + " " + l1.read(big));
        BufferedReader br = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(b)));
        System.out.println(br.read(big) + " " + br.read(big) + " " + br.read(big));
        BufferedReader br2 = new BufferedReader(new InputStreamReader(new Source(b, 10, 0)), 100);
        System.out.println(br2.read(big, 0, 50) + " " + br2.read(big, 0, 500) + " " + br2.readLine().length());
    }
}
