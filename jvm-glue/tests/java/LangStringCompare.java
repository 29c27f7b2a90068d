import java.util.Arrays;
import java.util.Random;

// compareTo / compareToIgnoreCase / equalsIgnoreCase / regionMatches(ignoreCase) on random mixed-case
// strings with Latin-1, Greek, Cyrillic and special case-folding characters; sorting with CASE_INSENSITIVE_ORDER.
public class LangStringCompare {
    public static void main(String[] args) {
        String alphabet = "aAbBzZ\u00e9\u00c9\u00df\u0131I\u0130i\u03c3\u03a3\u03c2\u0434\u0414\u1e9e\u00ff\u0178\u01c5\u01c4\u01c6k\u212a";
        Random r = new Random(15);
        long h = 0;
        String[] words = new String[40];
        for (int i = 0; i < 4000; i++) {
            String a = rnd(r, alphabet), b = rnd(r, alphabet);
            if (i < words.length) words[i] = a;
            int off1 = r.nextInt(4) - 1, off2 = r.nextInt(4) - 1, len = r.nextInt(5) - 1;
            h = h * 31 + Integer.signum(a.compareTo(b));
            h = h * 31 + a.compareToIgnoreCase(b);
            h = h * 31 + (a.equalsIgnoreCase(b) ? 1 : 0) + (a.regionMatches(true, off1, b, off2, len) ? 2 : 0) + (a.regionMatches(off1, b, off2, len) ? 4 : 0);
            if (i < 40) System.out.println(esc(a) + " " + esc(b) + " " + a.compareTo(b) + " " + a.compareToIgnoreCase(b) + " " + a.equalsIgnoreCase(b) + " " + a.regionMatches(true, off1, b, off2, len));
        }
        System.out.println("hash " + h);
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(esc(w)).append(' ');
        System.out.println(sb);
        Arrays.sort(words);
        sb.setLength(0);
        for (String w : words) sb.append(esc(w)).append(' ');
        System.out.println(sb);
    }

    static String rnd(Random r, String alphabet) {
        int n = r.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (char c : s.toCharArray()) {
            if (c < 128) sb.append(c);
            else sb.append("\\u").append(Integer.toHexString(c));
        }
        return sb.append(']').toString();
    }
}
