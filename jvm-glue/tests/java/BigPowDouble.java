// Math.pow with integral exponents: HotSpot's intrinsic rounds these correctly, and so does Mote.
public class BigPowDouble {
    static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int k = -330; k <= 330; k++) {
            sb.append(Double.doubleToRawLongBits(Math.pow(10, k))).append(' ');
            if (k % 20 == 0) {
                System.out.println(sb);
                sb.setLength(0);
            }
        }
        System.out.println(sb);
        long h = 0;
        for (int b = -20; b <= 20; b++) {
            for (int e = -40; e <= 40; e++) h = h * 31 + Double.doubleToRawLongBits(Math.pow(b, e));
            if (b % 5 == 0) System.out.println("base " + b + " " + h + " " + Double.doubleToRawLongBits(Math.pow(b, 17)) + " " + Double.doubleToRawLongBits(Math.pow(b, -7)));
        }
        double acc = 1000;
        for (int n = 1; n <= 360; n++) {
            double v = 1000 * Math.pow(1.0035, n);
            if (n % 30 == 0) System.out.println(n + " " + bits(v) + " " + bits(Math.pow(1.05, n)) + " " + bits(Math.pow(0.97, -n)) + " " + bits(Math.pow(-1.5, n % 7)));
        }
        double[] xs = {Math.PI, Math.E, 1.1, 0.1, 1e-10, 123.456, -0.75, 1.0000001, 2.5e-160, 7e153};
        for (double x : xs) System.out.println(bits(x) + " " + bits(Math.pow(x, 2)) + " " + bits(Math.pow(x, 3)) + " " + bits(Math.pow(x, -1)) + " " + bits(Math.pow(x, -2)) + " " + bits(Math.pow(x, 10)) + " " + bits(Math.pow(x, 0)) + " " + bits(Math.pow(x, 1)));
        System.out.println(Math.pow(0, 3) + " " + Math.pow(-0.0, 3) + " " + Math.pow(-0.0, -3) + " " + Math.pow(0, -2) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(Double.POSITIVE_INFINITY, -1) + " " + Math.pow(-2, 1025) + " " + Math.pow(-2, -1080) + " " + Math.pow(2, -1074) + " " + Math.pow(2, -1075));
    }
}
