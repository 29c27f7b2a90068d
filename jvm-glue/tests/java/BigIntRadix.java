import java.math.BigInteger;
import java.util.Random;

public class BigIntRadix {
    public static void main(String[] args) {
        Random r = new Random(777);
        for (int i = 0; i < 120; i++) {
            int bits = 1 + r.nextInt(i < 100 ? 300 : 2000);
            BigInteger a = new BigInteger(bits, r);
            if (r.nextBoolean()) a = a.negate();
            int radix = 2 + r.nextInt(35);
            String s = a.toString(radix);
            BigInteger back = new BigInteger(s, radix);
            System.out.println(radix + " " + s + " " + back.equals(a));
            String up = s.toUpperCase();
            System.out.println(" upper-parse " + new BigInteger(up, radix).equals(a));
        }
        BigInteger x = new BigInteger("-123456789012345678901234567890");
        for (int radix = -1; radix <= 40; radix++) System.out.println("r" + radix + " " + x.toString(radix));
        String[] parse = {"0", "-0", "+0", "000", "+12", "-12", "007", "123456789", "1234567890", "12345678901234567890123",
            "-99999999999999999999999999999999999999", "4294967295", "4294967296", "-2147483648", "18446744073709551616"};
        for (String p : parse) {
            BigInteger b = new BigInteger(p);
            System.out.println(p + " -> " + b + " h=" + b.hashCode() + " bl=" + b.bitLength());
        }
        String[][] radixParse = {{"ff", "16"}, {"-FF", "16"}, {"zz", "36"}, {"101010", "2"}, {"777", "8"}, {"+7fffffffffffffffffff", "16"}, {"0000000000000000000000000000000000001", "2"}};
        for (String[] p : radixParse) System.out.println(p[0] + "/" + p[1] + " -> " + new BigInteger(p[0], Integer.parseInt(p[1])));
        String[] bad = {"", "-", "+", "+-1", "--1", "1-2", "12a", " 1", "1 ", "0x10", "1_000", "-+", "1+", "0000000000000000000012345678901234567890x", "123456789012345678901234567890abc", "1.5", "1e5"};
        for (String p : bad) {
            try {
                System.out.println(new BigInteger(p));
            } catch (NumberFormatException e) {
                System.out.println("[" + p + "] " + e.getMessage());
            }
        }
        String[][] badRadix = {{"12g", "16"}, {"1", "1"}, {"1", "37"}, {"-", "16"}, {"2", "2"}, {"1234567890123456789012345678901234567892", "2"}};
        for (String[] p : badRadix) {
            try {
                System.out.println(new BigInteger(p[0], Integer.parseInt(p[1])));
            } catch (NumberFormatException e) {
                System.out.println("[" + p[0] + "/" + p[1] + "] " + e.getMessage());
            }
        }
    }
}
