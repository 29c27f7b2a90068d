public class DeepButFine {
    static int depthSum(int n) {
        return n == 0 ? 0 : 1 + depthSum(n - 1);
    }

    static long walk(int[] next, int at, int steps) {
        return steps == 0 ? at : walk(next, next[at], steps - 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println(depthSum(8000));
        int[] next = new int[100];
        for (int i = 0; i < 100; i++) next[i] = (i * 7 + 3) % 100;
        System.out.println(walk(next, 0, 5000));
        try {
            depthSum(Integer.MAX_VALUE);
        } catch (StackOverflowError e) {
            System.out.println("SOE, trace frames: " + e.getStackTrace().length);
        }
    }
}
