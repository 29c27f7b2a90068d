// Character code point API: toChars, toCodePoint, high/lowSurrogate, codePointAt/Before on arrays and sequences,
// codePointCount, offsetByCodePoints, charCount, toString(int), with HotSpot's exceptions.
public class LangCharCodePoints {
    interface R { Object run() throws Exception; }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] cps = {0, 0x41, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0xD800, 0xDFFF};
        for (int cp : cps) {
            char[] cs = Character.toChars(cp);
            StringBuilder sb = new StringBuilder();
            for (char c : cs) sb.append(Integer.toHexString(c)).append(',');
            System.out.println(Integer.toHexString(cp) + " " + sb + " hs=" + Integer.toHexString(Character.highSurrogate(cp)) + " ls="
                + Integer.toHexString(Character.lowSurrogate(cp)) + " cc=" + Character.charCount(cp) + " str=" + Character.toString(cp).length()
                + " back=" + Integer.toHexString(cs.length == 2 ? Character.toCodePoint(cs[0], cs[1]) : cs[0]));
        }
        t("toChars bad", () -> Character.toChars(-1));
        t("toChars bad2", () -> Character.toChars(0x110000));
        t("toString bad", () -> Character.toString(Integer.MAX_VALUE));
        t("toChars dst", () -> {
            char[] d = new char[3];
            int n = Character.toChars(0x1F600, d, 1);
            return n + " " + Integer.toHexString(d[1]) + Integer.toHexString(d[2]);
        });
        t("toChars dst bad", () -> Character.toChars(0x1F600, new char[2], 1));
        char[] arr = "a\uD83D\uDE00b\uDC00\uD800".toCharArray();
        for (int i = 0; i <= arr.length; i++) {
            final int idx = i;
            t("cpAt[" + i + "]", () -> Integer.toHexString(Character.codePointAt(arr, idx)) + " " + Integer.toHexString(Character.codePointAt(new String(arr), idx)));
            t("cpBefore[" + i + "]", () -> Integer.toHexString(Character.codePointBefore(arr, idx)) + " " + Integer.toHexString(Character.codePointBefore(new StringBuilder(new String(arr)), idx)));
        }
        t("cpAt limit", () -> Character.codePointAt(arr, 1, 2));
        t("cpAt limit bad", () -> Character.codePointAt(arr, 2, 2));
        t("cpAt limit bad2", () -> Character.codePointAt(arr, 0, 10));
        t("cpBefore start", () -> Character.codePointBefore(arr, 3, 2));
        t("cpBefore start bad", () -> Character.codePointBefore(arr, 2, 2));
        t("cpBefore start bad2", () -> Character.codePointBefore(arr, 3, -1));
        t("cpCount", () -> Character.codePointCount(arr, 0, arr.length) + " " + Character.codePointCount(new String(arr), 1, 4) + " " + Character.codePointCount(arr, 2, 1));
        t("cpCount bad", () -> Character.codePointCount(arr, 3, 5));
        t("cpCount bad2", () -> Character.codePointCount("abc", 2, 1));
        t("offset", () -> Character.offsetByCodePoints(new String(arr), 0, 3) + " " + Character.offsetByCodePoints(arr, 0, arr.length, 6, -4) + " " + Character.offsetByCodePoints(arr, 1, 3, 1, 2));
        t("offset bad", () -> Character.offsetByCodePoints("abc", 0, 4));
        t("offset bad2", () -> Character.offsetByCodePoints(arr, 0, 3, 4, 0));
        t("offset bad3", () -> Character.offsetByCodePoints("abc", 2, -3));
        char[] chars = {'a', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFF'};
        for (char c : chars) {
            System.out.println(Integer.toHexString(c) + " " + Character.isHighSurrogate(c) + Character.isLowSurrogate(c) + Character.isSurrogate(c)
                + " " + Character.isSurrogatePair(c, '\uDC00') + Character.isSurrogatePair('\uD800', c) + " " + Character.isBmpCodePoint(c)
                + Character.isValidCodePoint(c) + Character.isSupplementaryCodePoint(c) + " " + Character.getType(c) + " " + Character.isDefined(c));
        }
        System.out.println(Character.MIN_HIGH_SURROGATE + 0 + " " + (Character.MAX_LOW_SURROGATE + 0) + " " + Character.MIN_SUPPLEMENTARY_CODE_POINT + " " + Character.MAX_CODE_POINT + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        Character boxed = 'q';
        System.out.println(boxed.compareTo('z') + " " + Character.compare('z', 'a') + " " + boxed.equals('q') + " " + boxed.hashCode() + " " + Character.hashCode('A') + " " + boxed.charValue() + " " + Character.valueOf('x'));
    }
}
