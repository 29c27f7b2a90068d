import java.util.*;

public class FmtLocale {
    public static void main(String[] args) {
        Locale[] ls = {Locale.ROOT, Locale.US, Locale.ENGLISH, Locale.UK, Locale.CANADA, new Locale("en", "us"), new Locale("EN"), new Locale("xx", "YY", "var")};
        for (Locale l : ls) {
            System.out.println("[" + l + "] lang=" + l.getLanguage() + " country=" + l.getCountry() + " variant=" + l.getVariant() + " tag=" + l.toLanguageTag()
                    + " eqUS=" + l.equals(Locale.US));
        }
        System.out.println(Locale.US.hashCode() == new Locale("en", "US").hashCode());
        System.out.println(String.format(Locale.ROOT, "%,d %.2f %e %s", 1234567, 3.14159, 0.000123, "root"));
        System.out.println(String.format(Locale.US, "%,.3f|%10.1e|%-6b|", 9876543.21, 12345.678, true));
        System.out.println(Locale.forLanguageTag("en-US") + " " + Locale.forLanguageTag("de") + " " + Locale.forLanguageTag("und").equals(Locale.ROOT));
        Formatter f = new Formatter(Locale.ROOT);
        f.format(Locale.US, "%s %d", "loc", 5);
        System.out.println(f + " " + f.locale());
        System.out.printf(Locale.ROOT, "%05.1f%n", 2.25);
        System.out.format(Locale.US, "%x%n", 255);
    }
}
