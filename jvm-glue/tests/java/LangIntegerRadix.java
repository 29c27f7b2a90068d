import java.util.Random;

// Integer/Long toString/parse round trips in every radix (2..36) for random values, signed and unsigned,
// plus toHexString/toOctalString/toBinaryString lengths and valueOf(String, radix).
public class LangIntegerRadix {
    public static void main(String[] args) {
        Random r = new Random(21);
        long h = 0;
        int bad = 0;
        for (int radix = 2; radix <= 36; radix++) {
            StringBuilder line = new StringBuilder().append(radix).append(':');
            for (int k = 0; k < 60; k++) {
                int i = r.nextInt() >> r.nextInt(32);
                long l = r.nextLong() >> r.nextInt(64);
                String si = Integer.toString(i, radix), sl = Long.toString(l, radix);
                String ui = Integer.toUnsignedString(i, radix), ul = Long.toUnsignedString(l, radix);
                if (Integer.parseInt(si, radix) != i || Long.parseLong(sl, radix) != l) bad++;
                if (Integer.parseUnsignedInt(ui, radix) != i || Long.parseUnsignedLong(ul, radix) != l) bad++;
                if (Integer.valueOf(si.toUpperCase(), radix) != i) bad++;
                h = h * 31 + si.hashCode() + 3 * sl.hashCode() + 5 * ui.hashCode() + 7 * ul.hashCode();
                if (k < 2) line.append(' ').append(si).append('/').append(sl).append('/').append(ui).append('/').append(ul);
            }
            System.out.println(line);
        }
        for (int k = 0; k < 200; k++) {
            int i = r.nextInt();
            long l = r.nextLong();
            h = h * 31 + Integer.toHexString(i).hashCode() + Integer.toOctalString(i).hashCode() + Integer.toBinaryString(i).length()
                + Long.toHexString(l).hashCode() + Long.toOctalString(l).hashCode() + Long.toBinaryString(l).length();
            if (Integer.parseUnsignedInt(Integer.toHexString(i), 16) != i || Long.parseUnsignedLong(Long.toBinaryString(l), 2) != l) bad++;
        }
        System.out.println("hash " + h + " bad " + bad);
        System.out.println(Integer.toString(Integer.MIN_VALUE, 2) + " " + Long.toString(Long.MIN_VALUE, 36) + " " + Integer.toUnsignedString(Integer.MIN_VALUE, 36)
            + " " + Long.toUnsignedString(Long.MIN_VALUE, 3) + " " + Integer.parseInt("-80000000", 16) + " " + Long.parseLong("-1y2p0ij32e8e8", 36));
    }
}
