package java.lang;

public final class Character implements Comparable<Character> {
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uffff';
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");
    private static final Character[] CACHE = new Character[128];
    private final char value;

    @Deprecated
    public Character(char value) {
        this.value = value;
    }

    public static Character valueOf(char c) {
        if (c < 128) {
            Character r = CACHE[c];
            if (r == null) CACHE[c] = r = new Character(c);
            return r;
        }
        return new Character(c);
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c <= 0x24F);
    }

    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    public static boolean isAlphabetic(int c) {
        return isLetter((char) c);
    }

    public static boolean isUpperCase(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    }

    public static boolean isLowerCase(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
    }

    public static boolean isWhitespace(char c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }

    public static boolean isWhitespace(int c) {
        return isWhitespace((char) c);
    }

    public static boolean isSpaceChar(char c) {
        return c == ' ' || c == 0xA0;
    }

    public static char toUpperCase(char c) {
        if (c >= 'a' && c <= 'z') return (char) (c - 32);
        if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return (char) (c - 32);
        return c;
    }

    public static int toUpperCase(int c) {
        return toUpperCase((char) c);
    }

    public static char toLowerCase(char c) {
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return (char) (c + 32);
        return c;
    }

    public static int toLowerCase(int c) {
        return toLowerCase((char) c);
    }

    public static int digit(char c, int radix) {
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        else return -1;
        return d < radix ? d : -1;
    }

    public static int digit(int c, int radix) {
        return digit((char) c, radix);
    }

    public static int getNumericValue(char c) {
        return digit(c, 36);
    }

    public static char forDigit(int digit, int radix) {
        if (digit < 0 || digit >= radix) return '\0';
        return (char) (digit < 10 ? '0' + digit : 'a' + digit - 10);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static int compare(char a, char b) {
        return a - b;
    }

    public static int hashCode(char c) {
        return c;
    }

    public static boolean isHighSurrogate(char c) {
        return c >= 0xD800 && c <= 0xDBFF;
    }

    public char charValue() {
        return value;
    }

    public int compareTo(Character o) {
        return value - o.value;
    }

    public boolean equals(Object o) {
        return o instanceof Character && ((Character) o).value == value;
    }

    public int hashCode() {
        return value;
    }

    public String toString() {
        return String.valueOf(value);
    }
}
