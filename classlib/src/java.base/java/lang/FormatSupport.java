package java.lang;

/** String.format / String.formatted: delegates to java.util.Formatter (see there). */
final class FormatSupport {
    private FormatSupport() {}

    static String format(String fmt, Object[] args) {
        return new java.util.Formatter().format(fmt, args).toString();
    }

    static String format(java.util.Locale l, String fmt, Object[] args) {
        return new java.util.Formatter(l).format(l, fmt, args).toString();
    }
}
