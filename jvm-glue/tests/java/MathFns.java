public class MathFns {
    public static void main(String[] args) {
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2) + " " + Math.floorMod(7, -3) + " " + Math.floorDiv(-7L, 3L));
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.multiplyExact(1L << 40, 1L << 40);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.toIntExact(1L << 33);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " " + Math.max(3, 7) + " " + Math.min(-1L, 2L));
        System.out.println(Math.sqrt(144) + " " + Math.floor(-1.5) + " " + Math.ceil(-1.5) + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.round(-2.5) + " " + Math.round(2.4f));
        System.out.println(Math.signum(-3.0) + " " + Math.signum(0.0) + " " + Math.toDegrees(Math.PI) + " " + Math.hypot(5, 12) + " " + Math.cbrt(-8));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, 0.5) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(10, -2));
        System.out.println(Math.sin(0) + " " + Math.cos(0) + " " + Math.exp(0) + " " + Math.log(1) + " " + Math.log10(1000) + " " + Math.atan2(0, 1) + " " + Math.tan(0));
        System.out.printf("%.6f %.6f %.6f %.6f %.6f%n", Math.sin(1), Math.cos(2), Math.exp(1.5), Math.log(10), Math.atan(1) * 4);
        System.out.println(Math.max(Float.NaN, 1f) + " " + Math.min(-0.0f, 0.0f) + " " + Integer.MAX_VALUE * 2L + " " + (Math.random() < 1.0));
    }
}
