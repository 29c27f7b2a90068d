public class Recursion {
    static int depth;

    static void down(int n) {
        depth = n;
        down(n + 1);
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long ack(long m, long n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static int sum(int n) {
        return n == 0 ? 0 : n + sum(n - 1);
    }

    public static void main(String[] args) {
        System.out.println(fib(25));
        System.out.println(ack(2, 3));
        System.out.println(sum(3000));
        try {
            down(0);
        } catch (StackOverflowError e) {
            System.out.println("StackOverflowError caught, depth > 1000: " + (depth > 1000));
        }
        try {
            down(0);
        } catch (StackOverflowError e) {
            System.out.println("again: " + (e.getMessage() == null));
        }
        System.out.println(fib(20));
    }
}
