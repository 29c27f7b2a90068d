// Double.toString at layout and algorithm boundaries: all powers of two and ten, neighbours of 1e-3 and 1e7,
// integers up to 2^63, halfway cases, subnormal steps, and values with 16/17 significant digits.
public class LangDoubleToStringEdge {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int e = -1074; e <= 1023; e += 3) sb.append(Math.scalb(1.0, e)).append(' ');
        System.out.println(sb.toString().hashCode() + " " + sb.length());
        for (int e = -1074; e <= 1023; e += 97) System.out.print(Math.scalb(1.0, e) + " ");
        System.out.println();
        for (int e = -323; e <= 308; e++) {
            double d = Double.parseDouble("1e" + e);
            System.out.print(d + " " + Math.nextUp(d) + " " + Math.nextDown(d) + " ");
            if (e % 8 == 0) System.out.println();
        }
        System.out.println();
        long v = 1;
        for (int i = 0; i < 63; i++) {
            System.out.print((double) v + " " + (double) (v - 1) + " " + (double) (v * 3 / 2) + " ");
            v <<= 1;
        }
        System.out.println();
        double[] specials = {0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0 / 3, 1e23, 2e23, 8.41e21, 5e-324, 1.0E-322, 2.2250738585072009E-308,
            2.2250738585072014E-308, 4.940656458412465E-324, 9007199254740991.0, 9007199254740993.0, 1.7976931348623157E308,
            0.001, 0.0010000000000000002, 9.999999999999998E-4, 9999999.999999998, 1.0E7, 1.0000000000000002E7, 123456789.0, 1234567.125};
        for (double d : specials) System.out.print(d + " " + (-d) + " ");
        System.out.println();
        for (int i = 1; i < 3000; i += 11) System.out.print(Double.longBitsToDouble(i) + " ");
        System.out.println();
    }
}
