import java.util.Random;

// Case-insensitive String comparison with supplementary case pairs (Deseret, Osage, Adlam), lone surrogates and
// BMP specials: equalsIgnoreCase, compareToIgnoreCase (exact differences), regionMatches(true, ...) at offsets
// that split surrogate pairs.
public class LangStringIgnoreCase {
    public static void main(String[] args) {
        String[] units = {"\uD801\uDC00", "\uD801\uDC28", "\uD801\uDC27", "\uD801\uDC4F", "\uD801\uDCB0", "\uD801\uDCD8", "\uD83A\uDD00",
            "\uD83A\uDD22", "\uD801", "\uDC00", "a", "A", "\u00df", "\u1e9e", "\u0130", "i", "\u212a", "k", "\u03a3", "\u03c2", "z"};
        Random r = new Random(404);
        long h = 0;
        for (int i = 0; i < 5000; i++) {
            String a = word(r, units), b = word(r, units);
            int off1 = r.nextInt(4), off2 = r.nextInt(4), len = r.nextInt(5);
            int c = a.compareToIgnoreCase(b);
            boolean e = a.equalsIgnoreCase(b);
            boolean rm = a.regionMatches(true, off1, b, off2, len);
            h = h * 31 + c + (e ? 7 : 0) + (rm ? 13 : 0) + String.CASE_INSENSITIVE_ORDER.compare(b, a);
            if (i < 60) System.out.println(hex(a) + " " + hex(b) + " " + c + " " + e + " " + rm + " " + off1 + "," + off2 + "," + len);
        }
        System.out.println("hash " + h);
    }

    static String word(Random r, String[] units) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) sb.append(units[r.nextInt(units.length)]);
        return sb.toString();
    }

    static String hex(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (char c : s.toCharArray()) sb.append(Integer.toHexString(c)).append(' ');
        return sb.append(']').toString();
    }
}
