// Java/Unicode identifier classification over the BMP (checksums) and sample code points, title case mapping,
// isLetter/isAlphabetic/isIdeographic differences, isMirrored.
public class LangCharIdentifiers {
    public static void main(String[] args) {
        for (int block = 0; block < 0x10000; block += 0x800) {
            int h = 0;
            for (int c = block; c < block + 0x800; c++) {
                int bits = (Character.isJavaIdentifierStart((char) c) ? 1 : 0) | (Character.isJavaIdentifierPart((char) c) ? 2 : 0)
                    | (Character.isUnicodeIdentifierStart((char) c) ? 4 : 0) | (Character.isUnicodeIdentifierPart((char) c) ? 8 : 0)
                    | (Character.isIdentifierIgnorable((char) c) ? 16 : 0) | (Character.isMirrored((char) c) ? 32 : 0)
                    | (Character.isTitleCase((char) c) ? 64 : 0) | (Character.isAlphabetic(c) ? 128 : 0) | (Character.isIdeographic(c) ? 256 : 0);
                h = h * 31 + bits + 512 * (Character.toTitleCase((char) c) - c);
            }
            System.out.println(Integer.toHexString(block) + " " + h);
        }
        String samples = "$_a1\u00aa\u00b5\u00ba\u02c1\u0300\u0483\u0660\u200c\u200d\u2028\u20ac\u2160\u3007\u4e00\u00ad\ufeff\u0000\u007f(){}[]<>\u00ab\u2039\u01c5\u1f88\uff3f\u2118\u212e\u309b";
        for (char c : samples.toCharArray()) {
            System.out.println(Integer.toHexString(c) + " js=" + Character.isJavaIdentifierStart(c) + " jp=" + Character.isJavaIdentifierPart(c)
                + " us=" + Character.isUnicodeIdentifierStart(c) + " up=" + Character.isUnicodeIdentifierPart(c) + " ig=" + Character.isIdentifierIgnorable(c)
                + " mir=" + Character.isMirrored(c) + " title=" + Integer.toHexString(Character.toTitleCase(c)) + " tc=" + Character.isTitleCase(c)
                + " letter=" + Character.isLetter(c) + " alpha=" + Character.isAlphabetic(c) + " ideo=" + Character.isIdeographic(c)
                + " up=" + Character.isUpperCase(c) + " low=" + Character.isLowerCase(c) + " type=" + Character.getType(c));
        }
        int[] sup = {0x10000, 0x1D400, 0x1D7CE, 0x1F600, 0x20000, 0x2FFFF, 0xE0001, 0xE0100, 0x10400, 0x1E900, 0xF0000};
        for (int c : sup) {
            System.out.println(Integer.toHexString(c) + " " + Character.isJavaIdentifierStart(c) + Character.isJavaIdentifierPart(c) + Character.isIdentifierIgnorable(c)
                + Character.isLetter(c) + Character.isUpperCase(c) + Character.isLowerCase(c) + " " + Integer.toHexString(Character.toTitleCase(c)) + " " + Character.getType(c));
        }
    }
}
