import java.util.Random;

// Integer/Long/Short/Byte: parsing (with HotSpot's NumberFormatException messages), radix formatting,
// unsigned ops, bit twiddling, decode, caches, compare/hash.
public class LangIntegerLong {
    interface R { Object run() throws Exception; }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "+0", "123", "-123", "+123", "2147483647", "-2147483648", "2147483648", "-2147483649",
            "", "-", "+", "12x", "0x10", " 5", "5 ", "007", "ff", "FF", "-ff", "7fffffff", "80000000", "zz", "ZZ",
            "9223372036854775807", "-9223372036854775808", "9223372036854775808", "\u0661\u0662\u0663", "\uff11\uff10",
            "1_000", "١", "+-1", "--1", "4294967295", "4294967296", "18446744073709551615", "18446744073709551616", "32767",
            "-32768", "32768", "127", "-129", "1e3"};
        int[] radixes = {10, 16, 2, 8, 36, 1, 37};
        for (String s : inputs) {
            for (int radix : radixes) {
                t("parseInt(" + s + "," + radix + ")", () -> Integer.parseInt(s, radix));
                t("parseLong(" + s + "," + radix + ")", () -> Long.parseLong(s, radix));
                if (radix == 10 || radix == 16) {
                    t("parseUnsignedInt(" + s + "," + radix + ")", () -> Integer.parseUnsignedInt(s, radix));
                    t("parseUnsignedLong(" + s + "," + radix + ")", () -> Long.parseUnsignedLong(s, radix));
                    t("parseShort(" + s + "," + radix + ")", () -> Short.parseShort(s, radix));
                    t("parseByte(" + s + "," + radix + ")", () -> Byte.parseByte(s, radix));
                }
            }
            t("decode(" + s + ")", () -> Integer.decode(s));
            t("Long.decode(" + s + ")", () -> Long.decode(s));
            t("Short.decode(" + s + ")", () -> Short.decode(s));
            t("Byte.decode(" + s + ")", () -> Byte.decode(s));
        }
        String[] decodes = {"0x1F", "0X1f", "#1f", "-#1f", "010", "0", "-0x80000000", "0x80000000", "+0x5", "0x-5", "-+5",
            "0x", "#", "08", "-0x8000000000000000", "0x7fff", "0x8000", "-0x81", "0x7f"};
        for (String s : decodes) {
            t("decode(" + s + ")", () -> Integer.decode(s));
            t("Long.decode(" + s + ")", () -> Long.decode(s));
            t("Short.decode(" + s + ")", () -> Short.decode(s));
            t("Byte.decode(" + s + ")", () -> Byte.decode(s));
        }
        t("null parseInt", () -> Integer.parseInt(null));
        t("null parseLong", () -> Long.parseLong(null, 16));
        t("null parseUnsignedInt", () -> Integer.parseUnsignedInt(null));
        t("null parseUnsignedLong", () -> Long.parseUnsignedLong(null));
        t("null parseShort", () -> Short.parseShort(null));
        t("cs parse", () -> Integer.parseInt("xx-123yy", 2, 6, 10) + " " + Long.parseLong("ab12cd", 2, 4, 16) + " " + Integer.parseUnsignedInt("q4294967295", 1, 11, 10) + " " + Long.parseUnsignedLong("18446744073709551615z", 0, 20, 10));
        t("cs bad digit", () -> Integer.parseInt("a1xb", 1, 3, 10));
        t("cs overflow", () -> Integer.parseInt("99999999999", 0, 11, 10));
        t("cs sign only", () -> Long.parseLong("a-b", 1, 2, 10));
        t("cs empty", () -> Integer.parseInt("abc", 1, 1, 10));
        t("cs range", () -> Integer.parseInt("abc", 1, 5, 10));
        t("cs bad first", () -> Integer.parseInt("*5", 0, 2, 10));
        t("cs unsigned minus", () -> Integer.parseUnsignedInt("-9", 0, 2, 10));
        t("cs unsigned empty", () -> Long.parseUnsignedLong("", 0, 0, 10));
        t("cs unsigned over", () -> Integer.parseUnsignedInt("99999999999", 0, 11, 10));
        t("cs unsigned long over", () -> Long.parseUnsignedLong("184467440737095516160", 0, 21, 10));
        t("ul bad end", () -> Long.parseUnsignedLong("1234567890123456789x"));
        t("ul bad start", () -> Long.parseUnsignedLong("x2345678901234567890"));
        t("ul 20 nines", () -> Long.parseUnsignedLong("99999999999999999999"));
        t("ul radix", () -> Long.parseUnsignedLong("3w5e11264sgsf", 36) + " " + Long.parseUnsignedLong("3w5e11264sgsg", 36));
        long[] vals = {0, 1, -1, 7, -7, 127, 128, -128, -129, 255, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, 0x123456789abcdefL, -0x123456789abcdefL, 1L << 40, 1000000007L, 0xcafebabeL};
        for (long v : vals) {
            int i = (int) v;
            StringBuilder sb = new StringBuilder();
            sb.append(Integer.toString(i)).append(' ').append(Integer.toHexString(i)).append(' ').append(Integer.toOctalString(i))
                .append(' ').append(Integer.toBinaryString(i)).append(' ').append(Integer.toUnsignedString(i))
                .append(' ').append(Integer.toString(i, 36)).append(' ').append(Integer.toString(i, 7)).append(' ')
                .append(Integer.toString(i, 99)).append(' ').append(Integer.toUnsignedString(i, 36)).append(' ')
                .append(Integer.toUnsignedString(i, 2)).append(' ').append(Integer.toUnsignedLong(i));
            System.out.println(sb);
            sb.setLength(0);
            sb.append(Long.toString(v)).append(' ').append(Long.toHexString(v)).append(' ').append(Long.toOctalString(v))
                .append(' ').append(Long.toBinaryString(v)).append(' ').append(Long.toUnsignedString(v)).append(' ')
                .append(Long.toString(v, 36)).append(' ').append(Long.toString(v, 3)).append(' ').append(Long.toString(v, 0))
                .append(' ').append(Long.toUnsignedString(v, 36)).append(' ').append(Long.toUnsignedString(v, 7)).append(' ')
                .append(Long.toUnsignedString(v, 16)).append(' ').append(Long.toUnsignedString(v, 32)).append(' ')
                .append(Long.toUnsignedString(v, 4)).append(' ').append(Long.toUnsignedString(v, 1));
            System.out.println(sb);
            System.out.println(Integer.bitCount(i) + " " + Integer.highestOneBit(i) + " " + Integer.lowestOneBit(i) + " "
                + Integer.numberOfLeadingZeros(i) + " " + Integer.numberOfTrailingZeros(i) + " " + Integer.reverse(i) + " "
                + Integer.reverseBytes(i) + " " + Integer.rotateLeft(i, 5) + " " + Integer.rotateRight(i, 37) + " "
                + Integer.signum(i) + " " + Integer.hashCode(i) + " | " + Long.bitCount(v) + " " + Long.highestOneBit(v) + " "
                + Long.lowestOneBit(v) + " " + Long.numberOfLeadingZeros(v) + " " + Long.numberOfTrailingZeros(v) + " "
                + Long.reverse(v) + " " + Long.reverseBytes(v) + " " + Long.rotateLeft(v, 13) + " " + Long.rotateRight(v, -3)
                + " " + Long.signum(v) + " " + Long.hashCode(v) + " " + Short.reverseBytes((short) v) + " "
                + Character.reverseBytes((char) v) + " " + Short.toUnsignedInt((short) v) + " " + Byte.toUnsignedInt((byte) v)
                + " " + Byte.toUnsignedLong((byte) v) + " " + Short.toUnsignedLong((short) v));
            for (long w : new long[] {3, -3, 7, Long.MIN_VALUE, -1, Integer.MAX_VALUE}) {
                int j = (int) w;
                String iu = j == 0 ? "" : Integer.divideUnsigned(i, j) + "/" + Integer.remainderUnsigned(i, j);
                System.out.print(iu + " " + Long.divideUnsigned(v, w) + "/" + Long.remainderUnsigned(v, w) + " "
                    + Integer.compareUnsigned(i, j) + Long.compareUnsigned(v, w) + Integer.compare(i, j) + Long.compare(v, w) + "; ");
            }
            System.out.println();
        }
        t("divideUnsigned by 0", () -> Integer.divideUnsigned(5, 0));
        t("remainderUnsigned by 0", () -> Long.remainderUnsigned(5, 0));
        Random r = new Random(99);
        long h = 0;
        for (int k = 0; k < 3000; k++) {
            long a = r.nextLong() >> r.nextInt(64), b = r.nextLong() >> r.nextInt(64);
            if (b == 0) b = 1;
            h = h * 31 + Long.divideUnsigned(a, b) + 7 * Long.remainderUnsigned(a, b) + Long.parseUnsignedLong(Long.toUnsignedString(a))
                + Long.parseLong(Long.toString(a, k % 35 + 2), k % 35 + 2) + Integer.parseUnsignedInt(Integer.toUnsignedString((int) a, 16), 16)
                + Long.bitCount(a) + Long.numberOfLeadingZeros(b) + Long.reverse(a);
        }
        System.out.println("random " + h);
        t("caches", () -> (Integer.valueOf(127) == Integer.valueOf(127)) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128))
            + " " + (Long.valueOf(127) == Long.valueOf(127)) + " " + (Short.valueOf((short) -5) == Short.valueOf((short) -5))
            + " " + (Byte.valueOf((byte) 100) == Byte.valueOf((byte) 100)) + " " + (Character.valueOf('a') == Character.valueOf('a'))
            + " " + (Integer.valueOf("12") == Integer.valueOf(12)) + " " + Integer.valueOf("7f", 16) + Long.valueOf("-7f", 16)
            + Short.valueOf("12", 3) + Byte.valueOf("-12"));
        t("wrappers", () -> {
            Integer a = 5, b = 7;
            Long c = 5L;
            Short s = 5;
            Byte y = 5;
            return a.compareTo(b) + " " + a.equals(5) + " " + a.equals(c) + " " + c.equals(5L) + " " + s.equals((short) 5)
                + " " + y.hashCode() + " " + c.hashCode() + " " + Long.valueOf(-1L).hashCode() + " " + s.compareTo((short) 9)
                + " " + y.compareTo((byte) -9) + " " + Short.compare((short) 1, (short) -1) + " " + Byte.compare((byte) -128, (byte) 127)
                + " " + Short.compareUnsigned((short) -1, (short) 1) + " " + Byte.compareUnsigned((byte) -1, (byte) 1)
                + " " + a.doubleValue() + " " + c.floatValue() + " " + s.byteValue() + " " + y.shortValue() + " " + Integer.sum(3, 4)
                + Integer.max(3, 4) + Integer.min(3, 4) + Long.sum(3, 4) + Long.max(3, 4) + Long.min(3, 4);
        });
        t("constants", () -> Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Integer.SIZE + " " + Integer.BYTES + " " + Long.SIZE
            + " " + Long.BYTES + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Short.SIZE + " " + Short.BYTES + " " + Byte.MIN_VALUE
            + " " + Byte.MAX_VALUE + " " + Byte.SIZE + " " + Byte.BYTES + " " + Character.SIZE + " " + Character.BYTES + " " + Integer.TYPE
            + " " + Long.TYPE + " " + Short.TYPE + " " + Byte.TYPE + " " + Character.TYPE + " " + Boolean.TYPE);
        t("getInteger", () -> Integer.getInteger("no.such.prop") + " " + Integer.getInteger("no.such", 42) + " " + Long.getLong("nope", 7L) + " " + Integer.getInteger(null, 3));
        t("multiplyHigh/Full", () -> Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE) + " " + Math.multiplyHigh(-5L, 3L) + " " + Math.multiplyFull(Integer.MIN_VALUE, Integer.MIN_VALUE));
    }
}
