import java.util.Random;

// Number parsing on random short strings (digits, signs, letters, spaces, Unicode digits) and random radices and
// ranges: results or exception type + message for every integral parse/decode entry point.
public class LangParseFuzz {
    interface R { Object run() throws Exception; }

    static long h;
    static int lines;

    static void t(String n, R r) {
        String out;
        try {
            out = String.valueOf(r.run());
        } catch (Throwable e) {
            out = e.getClass().getName() + ": " + e.getMessage();
        }
        h = h * 31 + out.hashCode();
        if (lines++ < 150) System.out.println(n + " -> " + out);
    }

    public static void main(String[] args) {
        String alpha = "0123456789+-abfzAFZ x#.\u0661\uff13";
        Random r = new Random(2718);
        for (int i = 0; i < 2500; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) sb.append(alpha.charAt(r.nextInt(alpha.length())));
            if (r.nextInt(5) == 0) sb.insert(0, "0x");
            String s = sb.toString();
            int radix = r.nextInt(5) == 0 ? r.nextInt(40) : new int[] {10, 16, 2, 8, 36}[r.nextInt(5)];
            int b = r.nextInt(n + 2) - 1, e = r.nextInt(n + 2);
            String q = "[" + s + "]";
            switch (i % 9) {
                case 0 -> t("parseInt" + q + radix, () -> Integer.parseInt(s, radix));
                case 1 -> t("parseLong" + q + radix, () -> Long.parseLong(s, radix));
                case 2 -> t("parseUnsignedInt" + q + radix, () -> Integer.parseUnsignedInt(s, radix));
                case 3 -> t("parseUnsignedLong" + q + radix, () -> Long.parseUnsignedLong(s, radix));
                case 4 -> t("decode" + q, () -> Integer.decode(s) + "/" + Long.decode(s));
                case 5 -> t("shortbyte" + q + radix, () -> Short.parseShort(s, radix) + "/" + Byte.parseByte(s, radix));
                case 6 -> t("csInt" + q + b + "," + e + "," + radix, () -> Integer.parseInt(s, b, e, radix));
                case 7 -> t("csLong" + q + b + "," + e + "," + radix, () -> Long.parseUnsignedLong(s, b, e, radix) + "/" + Long.parseLong(s, b, e, radix));
                default -> t("csUInt" + q + b + "," + e + "," + radix, () -> Integer.parseUnsignedInt(s, b, e, radix));
            }
        }
        System.out.println("hash " + h);
    }
}
