public class UncaughtStackOverflow {
    static int depth;

    static int recurse(int n) {
        depth++;
        return recurse(n + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("going deep");
        recurse(0);
    }
}
