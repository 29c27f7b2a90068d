public class UncaughtCustom {
    static class Boom extends RuntimeException {
        Boom(String m) {
            super(m);
        }
    }

    static void go(int n) {
        if (n == 0) throw new Boom("bottom reached");
        go(n - 1);
    }

    public static void main(String[] args) {
        System.out.println("before");
        go(3);
        System.out.println("after");
    }
}
