// trim/strip/stripLeading/stripTrailing/isBlank/lines-free splitting around every whitespace-like code point,
// Character.isWhitespace vs isSpaceChar for all of them.
public class LangStringWhitespace {
    public static void main(String[] args) {
        int[] cps = {0x0, 0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x7F, 0x85, 0xA0, 0x1680, 0x180E, 0x2000, 0x2001,
            0x2006, 0x2007, 0x2008, 0x200A, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x41};
        for (int cp : cps) {
            String w = new String(Character.toChars(cp));
            String s = w + w + "x" + w + "y" + w;
            System.out.println(Integer.toHexString(cp) + " ws=" + Character.isWhitespace(cp) + " sp=" + Character.isSpaceChar(cp)
                + " trim=" + s.trim().length() + " strip=" + s.strip().length() + " lead=" + s.stripLeading().length() + " trail="
                + s.stripTrailing().length() + " blank=" + w.isBlank() + " blank2=" + (w + " ").isBlank() + " ctrl=" + Character.isISOControl(cp)
                + " ign=" + Character.isIdentifierIgnorable(cp) + " type=" + Character.getType(cp));
        }
        String sup = "\uD83D\uDE00";
        System.out.println(("  " + sup + "  ").strip().equals(sup) + " " + (" \u3000 ").isBlank() + " " + "".strip().isEmpty() + " " + "x".strip() + " " + " a b ".stripLeading() + "|" + " a b ".stripTrailing() + "|");
        System.out.println(("\u0000 a \u0000").trim() + "|" + "\u0000 a \u0000".strip() + "|");
    }
}
