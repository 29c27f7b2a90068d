import java.util.Random;

// Random String/StringBuilder calls with random (often out-of-range) arguments: results or exception
// type + message, hashed, first lines printed.
public class LangStringFuzz {
    interface R { Object run() throws Exception; }

    static long h;
    static int lines;

    static void t(String n, R r) {
        String out;
        try {
            out = String.valueOf(r.run());
        } catch (Throwable e) {
            out = e.getClass().getName() + ": " + e.getMessage();
        }
        h = h * 31 + out.hashCode();
        if (lines++ < 120) System.out.println(n + " -> " + out);
    }

    public static void main(String[] args) {
        String alpha = "abAB \u00e9\u03a3\uD83D\uDE00\uD800.";
        Random r = new Random(31);
        for (int i = 0; i < 4000; i++) {
            StringBuilder gen = new StringBuilder();
            int n = r.nextInt(7);
            for (int k = 0; k < n; k++) gen.append(alpha.charAt(r.nextInt(alpha.length())));
            String s = gen.toString();
            String o = s.length() > 1 ? s.substring(r.nextInt(s.length())) : "ab";
            int a = r.nextInt(n + 4) - 2, b = r.nextInt(n + 4) - 2, c = r.nextInt(0x20000);
            String q = "[" + i + "]";
            switch (i % 24) {
                case 0 -> t("substring" + q, () -> s.substring(a, b));
                case 1 -> t("charAt" + q, () -> (int) s.charAt(a));
                case 2 -> t("codePointAt" + q, () -> s.codePointAt(a));
                case 3 -> t("codePointBefore" + q, () -> s.codePointBefore(a));
                case 4 -> t("codePointCount" + q, () -> s.codePointCount(a, b));
                case 5 -> t("offsetByCodePoints" + q, () -> s.offsetByCodePoints(a, b));
                case 6 -> t("indexOf" + q, () -> s.indexOf(o, a) + " " + s.lastIndexOf(o, b) + " " + s.indexOf(c, a) + " " + s.lastIndexOf(c, b));
                case 7 -> t("regionMatches" + q, () -> s.regionMatches(a, o, b, 2) + " " + s.regionMatches(true, a, o, b, 3));
                case 8 -> t("subSequence" + q, () -> s.subSequence(a, b));
                case 9 -> t("getChars" + q, () -> {
                    char[] d = new char[4];
                    s.getChars(a, b, d, 1);
                    return new String(d);
                });
                case 10 -> t("sb.insert" + q, () -> new StringBuilder(s).insert(a, o));
                case 11 -> t("sb.delete" + q, () -> new StringBuilder(s).delete(a, b));
                case 12 -> t("sb.replace" + q, () -> new StringBuilder(s).replace(a, b, o));
                case 13 -> t("sb.deleteCharAt" + q, () -> new StringBuilder(s).deleteCharAt(a));
                case 14 -> t("sb.setLength" + q, () -> {
                    StringBuilder x = new StringBuilder(s);
                    x.setLength(a);
                    return x.length();
                });
                case 15 -> t("sb.appendRange" + q, () -> new StringBuilder("x").append(s, a, b));
                case 16 -> t("sb.insertRange" + q, () -> new StringBuilder("xy").insert(1, s, a, b));
                case 17 -> t("sb.reverse" + q, () -> {
                    StringBuilder x = new StringBuilder(s).reverse();
                    StringBuilder u = new StringBuilder();
                    for (int k = 0; k < x.length(); k++) u.append(Integer.toHexString(x.charAt(k))).append(',');
                    return u;
                });
                case 18 -> t("sb.codePoints" + q, () -> {
                    StringBuilder x = new StringBuilder(s);
                    return x.codePointAt(a) + " " + x.codePointBefore(b) + " " + x.codePointCount(0, x.length());
                });
                case 19 -> t("new String" + q, () -> new String(s.toCharArray(), a, b).length());
                case 20 -> t("appendCodePoint" + q, () -> new StringBuilder().appendCodePoint(c * 9 - 1000).length());
                case 21 -> t("toChars" + q, () -> Character.toChars(c * 9 - 1000).length);
                case 22 -> t("case" + q, () -> s.toUpperCase().hashCode() + " " + s.toLowerCase().hashCode() + " " + s.equalsIgnoreCase(o) + " " + s.compareToIgnoreCase(o));
                default -> t("strip" + q, () -> s.strip().length() + " " + s.trim().length() + " " + s.isBlank() + " " + s.repeat(Math.max(0, a)).length() + " " + s.indent(a).length());
            }
        }
        System.out.println("hash " + h);
    }
}
