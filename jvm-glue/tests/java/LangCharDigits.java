// Character.digit/forDigit/getNumericValue across radices and all BMP chars (checksums), isDigit vs digit.
public class LangCharDigits {
    public static void main(String[] args) {
        for (int radix = -1; radix <= 38; radix += (radix < 3 || radix > 34 || radix == 10 || radix == 16) ? 1 : 5) {
            long h = 0;
            for (int c = 0; c < 0x10000; c += (radix & 3) + 3) h = h * 31 + Character.digit((char) c, radix) + 2;
            for (int c = 0x10000; c < 0x20000; c += 97) h = h * 31 + Character.digit(c, radix) + 2;
            StringBuilder f = new StringBuilder();
            for (int d = -2; d < 40; d++) f.append((int) Character.forDigit(d, radix)).append(',');
            System.out.println(radix + " " + h + " " + f);
        }
        long nv = 0;
        for (int c = 0; c < 0x30000; c += 3) nv = nv * 31 + Character.getNumericValue(c);
        System.out.println("numeric " + nv);
        int count = 0;
        for (int c = 0; c < 0x110000; c += 29) {
            if (Character.isDigit(c) != (Character.digit(c, 10) >= 0 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)) count++;
        }
        System.out.println("digit mismatch " + count);
        String samples = "0189aAzZ\u0660\u0669\u06f5\u0966\uff10\uff19\uff21\uff41\uff5a\u2160\u216b\u00bd\u00b2\u0f33\u4e00\u4e03";
        for (char c : samples.toCharArray()) {
            System.out.println(Integer.toHexString(c) + " " + Character.digit(c, 36) + " " + Character.digit(c, 10) + " " + Character.getNumericValue(c) + " " + Character.isDigit(c) + " " + Character.isLetterOrDigit(c));
        }
    }
}
