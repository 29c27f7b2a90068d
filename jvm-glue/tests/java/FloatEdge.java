public class FloatEdge {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 100.0, 1e7, 1.0E-3, 9.999e-4, 123456789.0, 1e21, 1e-10,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Math.PI, Math.E, 2.5, -2.5, 3.5, 1234.5678};
        for (double d : ds) {
            System.out.println(d + " " + (float) d + " " + (int) d + " " + (long) d + " " + Math.round(d) + " " + Math.floor(d) + " "
                    + Math.ceil(d) + " " + Math.abs(d) + " " + Double.isNaN(d) + " " + Double.compare(d, 0.0) + " " + (d == 0.0));
        }
        float[] fs = {0.0f, -0.0f, 0.1f, 1.0f / 3, 16777216f, 16777217f, Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, 3.4e38f * 10, 1e-3f};
        for (float f : fs) {
            System.out.println(f + " " + (double) f + " " + (int) f + " " + (long) f + " " + Math.round(f) + " " + Float.floatToIntBits(f));
        }
        System.out.println(Double.doubleToLongBits(-0.0) + " " + Double.doubleToLongBits(Double.NaN));
        System.out.println((0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + (Double.NaN != Double.NaN));
        System.out.println(Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Double.NaN, 1.0));
        System.out.println(Math.sqrt(2.0) + " " + Math.sqrt(-1) + " " + Math.hypot(3, 4) + " " + Math.cbrt(27));
        System.out.println((int) 1e20 + " " + (long) -1e30 + " " + (int) Float.NaN + " " + (char) 65.7 + " " + (byte) 300.0);
        System.out.println(Double.parseDouble("1.5e3") + " " + Float.parseFloat("-0.25") + " " + Double.parseDouble("  42  "));
        System.out.println(0.1f + 0.2f);
        System.out.println(1.0f * 0.1f + " " + 100.0f / 3.0f + " " + (double) (100.0f / 3.0f));
        System.out.println(5.5 % 2 + " " + -5.5 % 2 + " " + 5.5f % -2f);
    }
}
