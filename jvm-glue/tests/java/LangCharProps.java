// Character classification over the whole BMP (per-block checksums) plus detailed lines for selected code points.
public class LangCharProps {
    static int props(int c) {
        int h = Character.getType(c);
        int bits = 0;
        if (Character.isLetter(c)) bits |= 1;
        if (Character.isDigit(c)) bits |= 2;
        if (Character.isLetterOrDigit(c)) bits |= 4;
        if (Character.isAlphabetic(c)) bits |= 8;
        if (Character.isUpperCase(c)) bits |= 16;
        if (Character.isLowerCase(c)) bits |= 32;
        if (Character.isTitleCase(c)) bits |= 64;
        if (Character.isWhitespace(c)) bits |= 128;
        if (Character.isSpaceChar(c)) bits |= 256;
        if (Character.isJavaIdentifierStart(c)) bits |= 512;
        if (Character.isJavaIdentifierPart(c)) bits |= 1024;
        if (Character.isIdentifierIgnorable(c)) bits |= 2048;
        if (Character.isISOControl(c)) bits |= 4096;
        if (Character.isDefined(c)) bits |= 8192;
        if (Character.isMirrored(c)) bits |= 16384;
        if (Character.isIdeographic(c)) bits |= 32768;
        if (Character.isUnicodeIdentifierStart(c)) bits |= 65536;
        if (Character.isUnicodeIdentifierPart(c)) bits |= 131072;
        return h * 31 + bits;
    }

    public static void main(String[] args) {
        int step = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int block = 0; block < 0x110000; block += 0x1000) {
            int sum = 0;
            int inc = block < 0x3400 ? 1 : block < 0x10000 ? 2 : 41;
            for (int c = block; c < block + 0x1000; c += inc) {
                sum = sum * 31 + props(c);
                sum = sum * 31 + Character.getNumericValue(c);
                sum = sum * 31 + Character.digit(c, 36) + 7 * Character.digit(c, 10);
            }
            if (sum != 0) System.out.println(Integer.toHexString(block) + " " + sum);
        }
        int[] sample = {0, 9, 10, 32, 48, 57, 65, 90, 97, 122, 0x7f, 0x85, 0xa0, 0xaa, 0xb2, 0xb5, 0xbc, 0xc0, 0xdf, 0xff,
            0x130, 0x131, 0x1c5, 0x2160, 0x2167, 0x2180, 0x3000, 0x3007, 0x4e00, 0x200b, 0x2028, 0x2029, 0x202f, 0x2007,
            0x660, 0x6f9, 0xff10, 0xff21, 0xff41, 0xd800, 0xdfff, 0xe000, 0xfeff, 0xfffe, 0x10400, 0x1d7ce, 0x1f600,
            0x20000, 0x10ffff, 0x110000, -1, 0xe0001, 0x1d400, 0x16e40, 0x10d30};
        for (int c : sample) {
            System.out.println(Integer.toHexString(c) + " type=" + Character.getType(c) + " props=" + props(c)
                + " num=" + Character.getNumericValue(c) + " d16=" + Character.digit(c, 16) + " d36=" + Character.digit(c, 36)
                + " valid=" + Character.isValidCodePoint(c) + " bmp=" + Character.isBmpCodePoint(c)
                + " supp=" + Character.isSupplementaryCodePoint(c) + " cc=" + Character.charCount(c));
        }
        for (char ch = 0; ch < 300; ch += 7) {
            System.out.print(Character.getType(ch) + "," + Character.isLetter(ch) + "," + Character.isDigit(ch) + ","
                + Character.isWhitespace(ch) + "," + Character.isSpaceChar(ch) + "," + Character.isUpperCase(ch) + ","
                + Character.isLowerCase(ch) + "," + Character.isJavaIdentifierStart(ch) + "," + Character.isJavaIdentifierPart(ch)
                + "," + Character.getNumericValue(ch) + "," + Character.digit(ch, 16) + " ");
        }
        System.out.println();
        for (int r = -1; r <= 40; r += 3) {
            System.out.print(Character.digit('z', r) + "/" + Character.digit('7', r) + "/" + (int) Character.forDigit(5, r)
                + "/" + (int) Character.forDigit(r - 1, r) + " ");
        }
        System.out.println();
        System.out.println(Character.isSpace(' ') + " " + Character.isSpace('\u00a0') + " " + Character.isJavaLetter('$')
            + " " + Character.isJavaLetterOrDigit('5'));
    }
}
