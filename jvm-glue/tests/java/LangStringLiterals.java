// String literals and constants containing unpaired surrogates, NUL, supplementary characters and
// non-ASCII text keep their exact UTF-16 units (ldc, static final constants, concatenation recipes).
public class LangStringLiterals {
    static final String CONST = "c\uD800onst\uDFFF";
    static final String SUPP = "\uD83D\uDE00\uD83C\uDF89";

    static String units(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append('.');
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] lits = {"\uD800", "\uDBFF\uDBFF", "a\uDC00b", "\u0000", "nul\u0000mid", "\uFFFF\uFFFE", CONST, SUPP, "\uDE00\uD83D",
            "\u00e9t\u00e9", "\u4e2d\u6587"};
        for (String s : lits) System.out.println(s.length() + " " + units(s) + " " + s.hashCode() + " " + s.codePointCount(0, s.length()));
        int n = args.length + 3;
        String mixed = "x\uD800" + n + "\uDC00y" + CONST + n + '\uD801';
        System.out.println(units(mixed) + " " + mixed.length());
        System.out.println(("\uD800" == "\uD800") + " " + ("\uD800".equals(new String(new char[] {'\uD800'}))) + " " + (CONST == ("c\uD800onst" + "\uDFFF")));
        switch (lits[0]) {
            case "\uD800" -> System.out.println("switch matched lone surrogate");
            default -> System.out.println("switch missed");
        }
        char c = "\uD800".charAt(0);
        System.out.println(Character.isHighSurrogate(c) + " " + (int) "\uDFFF".charAt(0));
    }
}
