// CharSequence-range unsigned parsing: which text each NumberFormatException quotes (whole sequence vs range).
public class LangParseRanges {
    interface R { Object run() throws Exception; }
    static void t(String n, R r) { try { System.out.println(n + " ok " + r.run()); } catch (Throwable e) { System.out.println(n + " " + e); } }
    public static void main(String[] a) {
        t("L minus", () -> Long.parseUnsignedLong("ab-12cd", 2, 5, 10));
        t("I minus", () -> Integer.parseUnsignedInt("ab-12cd", 2, 5, 10));
        t("L exceeds", () -> Long.parseUnsignedLong("x99999999999999999999y", 1, 21, 10));
        t("I exceeds", () -> Integer.parseUnsignedInt("x9999999999y", 1, 11, 10));
        t("L bad end", () -> Long.parseUnsignedLong("x1234567890123456789zy", 1, 21, 10));
    }
}
