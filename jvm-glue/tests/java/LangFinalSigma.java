import java.util.Random;

// String.toLowerCase final-sigma rule on random Greek/Latin words with punctuation, digits, combining marks and
// format characters around capital sigma.
public class LangFinalSigma {
    public static void main(String[] args) {
        String[] units = {"\u03a3", "\u03a3", "\u0391", "\u03b1", "A", "a", " ", ".", "'", "1", "-", ":", "\u0301", "\u00ad", "_", "\u2019", ",", "\u00b7", "\u05f3", "\u2160", "\u02b0", "\u0345", "\u24b6", "\u00aa", "\u2071", "\u01c5", "\u3042"};
        Random r = new Random(6);
        long h = 0;
        int shown = 0;
        for (int i = 0; i < 6000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(5);
            for (int k = 0; k < n; k++) sb.append(units[r.nextInt(units.length)]);
            String s = sb.toString();
            String lo = s.toLowerCase();
            h = h * 31 + lo.hashCode();
            if (s.indexOf('\u03a3') >= 0 && shown < 120) {
                shown++;
                StringBuilder o = new StringBuilder();
                for (char c : lo.toCharArray()) o.append(c == '\u03c2' ? "F" : c == '\u03c3' ? "s" : c < 128 ? "" + c : "<" + Integer.toHexString(c) + ">");
                System.out.println(o);
            }
        }
        System.out.println("hash " + h);
    }
}
