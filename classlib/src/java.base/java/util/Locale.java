package java.util;

/**
 * Minimal Locale: identifiers only. Formatting in this java.base is locale-neutral (what Locale.ROOT and
 * Locale.US give on HotSpot) whatever locale is passed.
 */
public final class Locale {
    public static final Locale ROOT = new Locale("", "", "");
    public static final Locale ENGLISH = new Locale("en", "", "");
    public static final Locale US = new Locale("en", "US", "");
    public static final Locale UK = new Locale("en", "GB", "");
    public static final Locale CANADA = new Locale("en", "CA", "");
    public static final Locale FRENCH = new Locale("fr", "", "");
    public static final Locale FRANCE = new Locale("fr", "FR", "");
    public static final Locale GERMAN = new Locale("de", "", "");
    public static final Locale GERMANY = new Locale("de", "DE", "");
    public static final Locale ITALIAN = new Locale("it", "", "");
    public static final Locale ITALY = new Locale("it", "IT", "");
    public static final Locale JAPANESE = new Locale("ja", "", "");
    public static final Locale JAPAN = new Locale("ja", "JP", "");
    public static final Locale CHINESE = new Locale("zh", "", "");

    private static Locale defaultLocale = ENGLISH;

    private final String language, country, variant;

    public Locale(String language, String country, String variant) {
        if (language == null || country == null || variant == null) throw new NullPointerException();
        this.language = language.toLowerCase();
        this.country = country.toUpperCase();
        this.variant = variant;
    }

    public Locale(String language, String country) {
        this(language, country, "");
    }

    public Locale(String language) {
        this(language, "", "");
    }

    public static Locale getDefault() {
        return defaultLocale;
    }

    public static synchronized void setDefault(Locale l) {
        if (l == null) throw new NullPointerException("Can't set default locale to NULL");
        defaultLocale = l;
    }

    public static Locale forLanguageTag(String tag) {
        String[] parts = tag.split("-");
        if (parts.length == 0 || parts[0].equals("und")) return ROOT;
        return new Locale(parts[0], parts.length > 1 ? parts[1] : "");
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return variant;
    }

    public String toLanguageTag() {
        if (language.isEmpty() && country.isEmpty() && variant.isEmpty()) return "und";
        String l = language.isEmpty() ? "und" : language;
        String t = country.isEmpty() ? l : l + "-" + country;
        return variant.isEmpty() ? t : t + "-x-lvariant-" + variant;
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Locale)) return false;
        Locale x = (Locale) o;
        return language.equals(x.language) && country.equals(x.country) && variant.equals(x.variant);
    }

    public int hashCode() {
        return (language.hashCode() * 31 + country.hashCode()) * 31 + variant.hashCode();
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(language);
        if (!country.isEmpty() || !variant.isEmpty()) sb.append('_').append(country);
        if (!variant.isEmpty()) sb.append('_').append(variant);
        return sb.toString();
    }
}
