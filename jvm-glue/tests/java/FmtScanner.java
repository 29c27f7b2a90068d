import java.util.*;
public class FmtScanner {
    interface R { Object get(); }
    static void t(String label, R r) {
        try { System.out.println(label + " -> [" + r.get() + "]"); }
        catch (Exception e) { System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    static void main1() {
        Scanner s = new Scanner("12 abc 99999999999 300 1,234 -5 +7 3.5 1e3 .5 5. NaN -Infinity 0x1p3 true FALSE 1,23 1.234,5\nline two\n\nlast");
        t("int", s::nextInt); t("int2", s::nextInt); t("next", s::next); t("int3", s::nextInt); t("long", s::nextLong); t("byte", s::nextByte); t("short", s::nextShort);
        t("int grp", s::nextInt); t("int neg", s::nextInt); t("int plus", s::nextInt); t("hasInt", s::hasNextInt); t("dbl", s::nextDouble); t("dbl e", s::nextDouble);
        t("dbl .5", s::nextDouble); t("dbl 5.", s::nextDouble); t("nan", s::nextDouble); t("inf", s::nextDouble); t("hex", s::nextDouble); t("hexnext", s::next);
        t("bool", s::nextBoolean); t("bool2", s::nextBoolean); t("bad grp", s::nextInt); t("dblbadgrp", s::nextDouble); t("n", s::next); t("n", s::next);
        t("line", s::nextLine); t("line", s::nextLine); t("line", s::nextLine); t("line", s::nextLine); t("hasLine", s::hasNextLine); t("line", s::nextLine); t("next", s::next); t("has", s::hasNext);
        Scanner c = new Scanner("a, b,,c ,d"); c.useDelimiter("\\s*,\\s*");
        while (c.hasNext()) System.out.print("<" + c.next() + ">"); System.out.println();
        Scanner d = new Scanner("x1y22z333"); d.useDelimiter("[a-z]");
        while (d.hasNext()) System.out.print("<" + d.next() + ">"); System.out.println();
        Scanner e = new Scanner("  lead  trail  "); t("n", e::next); t("line", e::nextLine); t("line", e::nextLine);
        Scanner f = new Scanner("5"); f.close(); t("closed", f::next); t("closedhas", f::hasNext);
        Scanner g = new Scanner("ff 777 z"); t("hex", () -> g.nextInt(16)); t("oct", () -> g.nextInt(8)); t("36", () -> g.nextInt(36));
        Scanner h = new Scanner("abc 123"); t("hn", () -> h.hasNext("[a-c]+")); t("nx", () -> h.next("\\d+")); t("nx2", () -> h.next("[a-z]+")); t("nx3", () -> h.next("\\d+"));
        Scanner i = new Scanner(""); t("empty int", i::nextInt); t("empty line", i::nextLine); t("empty hasLine", i::hasNextLine);
        Scanner j = new Scanner("a\r\nb\rc\n"); t("l", j::nextLine); t("l", j::nextLine); t("l", j::nextLine); t("l", j::hasNextLine);
        Scanner k = new Scanner("1 2 3\n4 5"); int sum = 0; while (k.hasNextInt()) sum += k.nextInt(); System.out.println(sum);
        Scanner m = new Scanner("one two three"); System.out.println(m.tokens().toList());
        Scanner n = new Scanner("9 x"); n.nextInt(); t("rest", n::nextLine);
        Scanner o = new Scanner("2147483648 -2147483648 127 -129"); t("ovf", o::nextInt); t("ovfL", o::nextLong); t("min", o::nextInt); t("b", o::nextByte); t("b2", o::nextByte);
    }

    static void main2() {
        Scanner s = new Scanner("5  "); t("a", s::nextInt); t("b", s::nextInt); t("c", s::next); t("d", s::nextLine); t("e", s::nextLine);
        Scanner s2 = new Scanner("x,,y,"); s2.useDelimiter(","); while (s2.hasNext()) System.out.print("<" + s2.next() + ">"); System.out.println();
        Scanner s3 = new Scanner(",x"); s3.useDelimiter(","); while (s3.hasNext()) System.out.print("<" + s3.next() + ">"); System.out.println();
        Scanner s4 = new Scanner("a b"); t("skip", () -> s4.skip("a").next()); t("skip2", () -> s4.skip("q"));
        Scanner s5 = new Scanner("12,345,678 -1,000 1234,567 +1,000.5 -.5e-3 1E5 --1 - +"); for (int i = 0; i < 9; i++) t("x" + i, () -> s5.hasNextInt() + " " + s5.hasNextDouble() + " " + s5.next());
    }

    /** Hands out its bytes a few at a time, to exercise incremental reading. */
    static final class Trickle extends java.io.InputStream {
        private final byte[] data;
        private int pos;
        private final int chunk;
        boolean closed;

        Trickle(String s, int chunk) {
            this.data = s.getBytes();
            this.chunk = chunk;
        }

        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) return -1;
            int n = Math.min(Math.min(len, chunk), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }

        public void close() {
            closed = true;
        }
    }

    public static void main(String[] a) {
        main1();
        main2();
        for (int chunk : new int[] {1, 2, 3, 7, 1000}) {
            Trickle tr = new Trickle("12 34\r\nword 5.5 true\n\u00e9t\u00e9 \u4e2d\u6587 last line\n\nx,y;z 99", chunk);
            Scanner s = new Scanner(tr);
            StringBuilder sb = new StringBuilder();
            sb.append(s.nextInt()).append('|').append(s.nextInt()).append('|').append(s.nextLine()).append('|');
            sb.append(s.next()).append('|').append(s.nextDouble()).append('|').append(s.nextBoolean()).append('|');
            sb.append(s.nextLine()).append('|').append(s.next()).append('|').append(s.next()).append('|').append(s.nextLine()).append('|');
            sb.append(s.nextLine()).append('|');
            s.useDelimiter("[,; ]");
            while (s.hasNext()) sb.append('<').append(s.next()).append('>');
            sb.append(s.hasNextLine());
            s.close();
            System.out.println(chunk + ": " + sb + " closed=" + tr.closed);
        }
        Scanner words = new Scanner(new Trickle("the cat and the hat and the bat", 4));
        Map<String, Integer> counts = new TreeMap<>();
        while (words.hasNext()) counts.merge(words.next(), 1, Integer::sum);
        System.out.println(counts);
        Scanner lines = new Scanner(new Trickle("a\nbb\r\nccc\rdddd", 3));
        while (lines.hasNextLine()) System.out.println("line '" + lines.nextLine() + "'");
        Scanner mix = new Scanner("  abc 12");
        t("mismatch", mix::nextInt);
        t("after", mix::nextLine);
        Scanner del = new Scanner("1 fish 2 fish red fish blue fish").useDelimiter("\\s*fish\\s*");
        t("fish", () -> del.nextInt() + " " + del.nextInt() + " " + del.next() + " " + del.next());
        Scanner alt = new Scanner("a1b22c333d").useDelimiter("\\d+|x");
        StringBuilder ab = new StringBuilder();
        while (alt.hasNext()) ab.append(alt.next()).append('.');
        System.out.println(ab);
        Scanner lazy = new Scanner("k=v;;k2=v2").useDelimiter(";+");
        System.out.println(lazy.tokens().map(x -> x.toUpperCase()).toList());
        Scanner cls = new Scanner("a-b_c d").useDelimiter("[^a-z]");
        System.out.println(cls.tokens().toList());
    }
}
