import java.util.Random;

// Unsigned long/int arithmetic: divideUnsigned/remainderUnsigned/compareUnsigned/toUnsignedString checked
// against a 128-bit-free reference (split into halves), plus parseUnsigned round trips and division by zero.
public class LangLongUnsigned {
    static long refDiv(long a, long b) {
        if (b < 0) return Long.compareUnsigned(a, b) < 0 ? 0 : 1;
        long q = 0, r = 0;
        for (int i = 63; i >= 0; i--) {
            r = (r << 1) | ((a >>> i) & 1);
            if (Long.compareUnsigned(r, b) >= 0) {
                r -= b;
                q |= 1L << i;
            }
        }
        return q;
    }

    public static void main(String[] args) {
        Random r = new Random(123);
        long h = 0;
        int bad = 0;
        for (int i = 0; i < 4000; i++) {
            long a = r.nextLong() >>> r.nextInt(64), b = r.nextLong() >>> r.nextInt(64);
            if (r.nextInt(4) == 0) a = -a;
            if (r.nextInt(4) == 0) b = -b;
            if (b == 0) b = 3;
            long q = Long.divideUnsigned(a, b), rem = Long.remainderUnsigned(a, b);
            if (q != refDiv(a, b) || rem != a - q * b) bad++;
            int ia = (int) a, ib = (int) b == 0 ? 7 : (int) b;
            h = h * 31 + q + 3 * rem + Long.compareUnsigned(a, b) + Integer.divideUnsigned(ia, ib) + Integer.remainderUnsigned(ia, ib) + Integer.compareUnsigned(ia, ib);
            h = h * 31 + Long.toUnsignedString(a).hashCode() + Integer.toUnsignedString(ia).hashCode() + Long.toUnsignedString(a, 7).hashCode();
            if (Long.parseUnsignedLong(Long.toUnsignedString(a)) != a || Integer.parseUnsignedInt(Integer.toUnsignedString(ia)) != ia) bad++;
            if (i < 25) System.out.println(Long.toUnsignedString(a) + " / " + Long.toUnsignedString(b) + " = " + Long.toUnsignedString(q) + " r " + Long.toUnsignedString(rem));
        }
        System.out.println("hash " + h + " bad " + bad);
        try {
            Long.divideUnsigned(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            Integer.remainderUnsigned(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        System.out.println(Long.divideUnsigned(-1, 2) + " " + Long.remainderUnsigned(-1, 10) + " " + Long.divideUnsigned(-1, -1) + " " + Long.divideUnsigned(5, -1)
            + " " + Integer.toUnsignedLong(-1) + " " + Integer.divideUnsigned(-1, 3) + " " + Long.toUnsignedString(Long.MIN_VALUE) + " " + Long.compareUnsigned(-1, 1));
    }
}
