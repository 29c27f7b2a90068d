import java.util.Random;

// String indexOf/lastIndexOf/contains/startsWith/endsWith on random strings over a tiny alphabet,
// checked against a naive search, with out-of-range from-indices.
public class LangStringSearch {
    static int naiveIndex(String s, String p, int from) {
        if (from < 0) from = 0;
        for (int i = from; i + p.length() <= s.length(); i++) {
            if (s.regionMatches(i, p, 0, p.length())) return i;
        }
        return from <= s.length() && p.isEmpty() ? from : -1;
    }

    public static void main(String[] args) {
        Random r = new Random(8);
        long h = 0;
        int bad = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder a = new StringBuilder(), b = new StringBuilder();
            int n = r.nextInt(20), m = r.nextInt(4);
            for (int k = 0; k < n; k++) a.append((char) ('a' + r.nextInt(3)));
            for (int k = 0; k < m; k++) b.append((char) ('a' + r.nextInt(3)));
            String s = a.toString(), p = b.toString();
            int from = r.nextInt(26) - 3;
            int idx = s.indexOf(p, from);
            if (idx != naiveIndex(s, p, from)) bad++;
            char c = (char) ('a' + r.nextInt(4));
            h = h * 31 + idx;
            h = h * 31 + s.lastIndexOf(p, from);
            h = h * 31 + s.indexOf(c, from) + 7 * s.lastIndexOf(c, from) + 13 * s.indexOf(p) + 17 * s.lastIndexOf(p);
            h = h * 31 + (s.contains(p) ? 1 : 0) + (s.startsWith(p) ? 2 : 0) + (s.endsWith(p) ? 4 : 0) + (s.startsWith(p, from) ? 8 : 0);
            if (i < 60) System.out.println(s + "|" + p + "|" + from + " " + idx + " " + s.lastIndexOf(p, from) + " " + s.indexOf(c, from) + " " + s.lastIndexOf(c, from));
        }
        System.out.println("hash " + h + " bad " + bad);
        String big = "abc".repeat(500) + "needle" + "xyz".repeat(500);
        System.out.println(big.indexOf("needle") + " " + big.lastIndexOf("abc") + " " + big.indexOf("needle", 1501) + " " + big.lastIndexOf('n') + " " + big.indexOf("zx", 2000));
    }
}
