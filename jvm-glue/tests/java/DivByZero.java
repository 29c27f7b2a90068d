public class DivByZero {
    static int div(int a, int b) {
        return a / b;
    }

    public static void main(String[] args) {
        try {
            System.out.println(div(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            long z = 0;
            System.out.println(5L % z);
        } catch (ArithmeticException e) {
            System.out.println("caught long " + e);
        }
        System.out.println(5.0 / 0 + " " + -5.0 / 0 + " " + 0.0 / 0 + " " + 5 % 3.5);
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        System.out.println(Long.MIN_VALUE / -1L);
        System.out.println(div(7, 0));
    }
}
