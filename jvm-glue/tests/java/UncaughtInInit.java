public class UncaughtInInit {
    static int value = compute();

    static int compute() {
        System.out.println("computing");
        if (System.out != null) throw new IllegalStateException("bad static state");
        return 1;
    }

    public static void main(String[] args) {
        System.out.println("main never runs " + value);
    }
}
