import java.util.Random;

// Final-sigma lowering next to random BMP characters (letters, numbers, marks, format characters, punctuation of
// all scripts below U+3100). HotSpot decides word limits with its legacy BreakIterator; Mote reproduces the
// observed rules (seeds 1..12 of this generator all agree).
public class LangFinalSigmaFuzz {
    public static void main(String[] args) {
        Random r = new Random(3);
        long h = 0;
        int finals = 0;
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(4);
            int sig = r.nextInt(n + 1);
            for (int k = 0; k <= n; k++) {
                if (k == sig) {
                    sb.append('\u03a3');
                } else {
                    int c;
                    do {
                        c = r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(0x3100);
                    } while (Character.isSurrogate((char) c));
                    sb.append((char) c);
                }
            }
            String lo = sb.toString().toLowerCase();
            boolean fin = lo.indexOf('\u03c2') >= 0;
            if (fin) finals++;
            h = h * 31 + (fin ? 1 : 2) + lo.length();
        }
        System.out.println(finals + " " + h);
    }
}
