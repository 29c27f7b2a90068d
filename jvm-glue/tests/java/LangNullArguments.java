// Null arguments to String, StringBuilder, number parsing and Enum methods: exception types and HotSpot's helpful
// NullPointerException texts (which name the library method and parameter that was dereferenced).
public class LangNullArguments {
    interface R { Object run() throws Exception; }
    static void t(String n, R r) { try { System.out.println(n + " ok " + r.run()); } catch (Throwable e) { System.out.println(n + " " + e); } }
    public static void main(String[] a) {
        String s = "abc"; String nul = null;
        t("indexOf", () -> s.indexOf(nul));
        t("indexOf2", () -> s.indexOf(nul, 1));
        t("lastIndexOf", () -> s.lastIndexOf(nul));
        t("lastIndexOf2", () -> s.lastIndexOf(nul, 1));
        t("startsWith", () -> s.startsWith(nul));
        t("startsWith2", () -> s.startsWith(nul, 1));
        t("endsWith", () -> s.endsWith(nul));
        t("compareToIgnoreCase", () -> s.compareToIgnoreCase(nul));
        t("regionMatches", () -> s.regionMatches(0, nul, 0, 1));
        t("regionMatchesIC", () -> s.regionMatches(true, 0, nul, 0, 1));
        t("contentEquals", () -> s.contentEquals((CharSequence) null));
        t("contentEqualsSB", () -> s.contentEquals((StringBuffer) null));
        t("join", () -> String.join(null, "a"));
        t("joinIt", () -> String.join(",", (Iterable<String>) null));
        t("newString", () -> new String((char[]) null));
        t("newStringS", () -> new String((String) null));
        t("valueOfArr", () -> String.valueOf((char[]) null));
        t("sbInsert", () -> new StringBuilder("x").insert(0, (char[]) null));
        t("sbAppendArr", () -> new StringBuilder("x").append((char[]) null));
        t("sbNew", () -> new StringBuilder((String) null));
        t("sbNewCs", () -> new StringBuilder((CharSequence) null));
        t("sbIndexOf", () -> new StringBuilder("x").indexOf(null));
        t("sbReplace", () -> new StringBuilder("x").replace(0, 1, null));
        t("sbCompare", () -> new StringBuilder("x").compareTo(null));
        t("getBytes", () -> s.getBytes((String) null));
        t("csCompare", () -> CharSequence.compare(null, "a"));
        t("repeat", () -> nul.repeat(2));
        t("charsetNull", () -> new String(new byte[1], (String) null));
        t("parseDouble", () -> Double.valueOf((String) null));
        t("intValueOf", () -> Integer.valueOf((String) null));
        t("decodeL", () -> Long.decode(null));
        t("shortDecode", () -> Short.decode(null));
        t("charCount", () -> Character.codePointAt((CharSequence) null, 0));
        t("enumValueOf", () -> Enum.valueOf(null, "X"));
        t("translateEsc", () -> "\\u0041".translateEscapes());
    }
}
