public class ArrayCopyErrors {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5};
        long[] l = new long[5];
        Object[] objs = {"a", 1, "c"};
        String[] strs = new String[3];
        attempt("overlap", () -> System.arraycopy(a, 1, a, 0, 4));
        System.out.println(java.util.Arrays.toString(a));
        attempt("type", () -> System.arraycopy(a, 0, l, 0, 1));
        attempt("neg len", () -> System.arraycopy(a, 0, a, 0, -1));
        attempt("src idx", () -> System.arraycopy(a, -1, a, 0, 1));
        attempt("dst idx", () -> System.arraycopy(a, 0, a, 3, 3));
        attempt("src end", () -> System.arraycopy(a, 4, a, 0, 2));
        attempt("null", () -> System.arraycopy(null, 0, a, 0, 1));
        attempt("not array", () -> System.arraycopy("str", 0, a, 0, 1));
        attempt("elements", () -> System.arraycopy(objs, 0, strs, 0, 3));
        System.out.println(java.util.Arrays.toString(strs));
        attempt("obj range", () -> System.arraycopy(objs, 2, strs, 0, 2));
        attempt("zero len at end", () -> System.arraycopy(a, 5, a, 5, 0));
    }
}
