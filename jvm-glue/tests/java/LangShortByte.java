// Short/Byte: parse/valueOf/decode with range messages, caches, compare/compareUnsigned, toUnsigned*, hashCode,
// reverseBytes, MIN/MAX and narrowing of boxed arithmetic.
public class LangShortByte {
    interface R { Object run() throws Exception; }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] in = {"0", "-1", "127", "128", "-128", "-129", "255", "32767", "32768", "-32768", "-32769", "7f", "-80", "ff", "+5", "", "x", "1.0", " 1"};
        for (String s : in) {
            for (int radix : new int[] {10, 16, 2, 36}) {
                t("short " + s + " r" + radix, () -> Short.parseShort(s, radix));
                t("byte " + s + " r" + radix, () -> Byte.valueOf(s, radix));
            }
            t("short.decode " + s, () -> Short.decode(s));
            t("byte.decode " + s, () -> Byte.decode(s));
        }
        t("short null", () -> Short.valueOf(null));
        t("byte null", () -> Byte.parseByte(null, 10));
        t("byte radix", () -> Byte.parseByte("1", 99));
        for (int v = -130; v <= 130; v += 13) {
            short s = (short) (v * 300);
            byte b = (byte) v;
            System.out.println(s + " " + b + " " + Short.toUnsignedInt(s) + " " + Short.toUnsignedLong(s) + " " + Byte.toUnsignedInt(b) + " "
                + Byte.toUnsignedLong(b) + " " + Short.reverseBytes(s) + " " + Short.hashCode(s) + " " + Byte.hashCode(b) + " "
                + Short.compare(s, (short) 0) + " " + Byte.compare(b, (byte) 0) + " " + Short.compareUnsigned(s, (short) 1) + " "
                + Byte.compareUnsigned(b, (byte) 1) + " " + Short.toString(s) + Byte.toString(b) + " " + (Short.valueOf(s) == Short.valueOf(s))
                + " " + (Byte.valueOf(b) == Byte.valueOf(b)));
        }
        Short bs = 1000;
        Byte bb = -5;
        short sum = (short) (bs + bb);
        System.out.println(sum + " " + bs.compareTo((short) 999) + " " + bb.compareTo((byte) -6) + " " + bs.equals(1000) + " " + bs.equals((short) 1000)
            + " " + bb.intValue() + " " + bs.byteValue() + " " + Short.MIN_VALUE + Short.MAX_VALUE + Byte.MIN_VALUE + Byte.MAX_VALUE);
    }
}
