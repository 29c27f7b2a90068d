import java.util.Locale;

/** toUpperCase/toLowerCase with a (non-Turkic) Locale behave like the root rules. */
public class LangCaseLocale {
    public static void main(String[] args) {
        String[] words = {"straße", "Ǆemal", "ΣΊΣΥΦΟΣ", "İstanbul", "ﬁle", "Hello, World!", ""};
        for (Locale l : new Locale[] {Locale.ROOT, Locale.US, Locale.ENGLISH, Locale.GERMANY, Locale.FRANCE}) {
            StringBuilder sb = new StringBuilder(l + ":");
            for (String w : words) sb.append(' ').append(w.toUpperCase(l)).append('/').append(w.toLowerCase(l));
            System.out.println(sb);
        }
        try {
            "x".toUpperCase(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
