public class UncaughtStackOverflow {
    // One-line body: HotSpot reports the overflow either at method entry or at
    // the call, so both must be on the same line for a deterministic trace.
    static int recurse(int n) {
        return n < 0 ? 0 : recurse(n + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("going deep");
        recurse(0);
    }
}
