import java.util.*;

public class CollArraysErrors {
    interface R {
        Object run() throws Exception;
    }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e);
        }
    }

    public static void main(String[] args) {
        int[] a = new int[3];
        t("sort 2 1", () -> {
            Arrays.sort(a, 2, 1);
            return 0;
        });
        t("sort -1 1", () -> {
            Arrays.sort(a, -1, 1);
            return 0;
        });
        t("sort 0 4", () -> {
            Arrays.sort(a, 0, 4);
            return 0;
        });
        t("sort long", () -> {
            Arrays.sort(new long[2], 0, 3);
            return 0;
        });
        t("sort double", () -> {
            Arrays.sort(new double[2], 2, 1);
            return 0;
        });
        t("sort char", () -> {
            Arrays.sort(new char[2], -2, 1);
            return 0;
        });
        t("sort obj", () -> {
            Arrays.sort(new Integer[3], 0, 4);
            return 0;
        });
        t("sort obj 2", () -> {
            Arrays.sort(new String[3], 3, 2, null);
            return 0;
        });
        t("sort obj small", () -> {
            Integer[] x = {2, 1};
            Arrays.sort(x, 1, 1);
            return Arrays.toString(x);
        });
        t("fill 2 1", () -> {
            Arrays.fill(a, 2, 1, 0);
            return 0;
        });
        t("fill -1", () -> {
            Arrays.fill(a, -1, 1, 0);
            return 0;
        });
        t("fill 4", () -> {
            Arrays.fill(new Object[3], 0, 4, "x");
            return 0;
        });
        t("bs 2 1", () -> Arrays.binarySearch(a, 2, 1, 0));
        t("bs 0 4", () -> Arrays.binarySearch(new String[3], 0, 4, "a"));
        t("copyOf -1", () -> Arrays.copyOf(a, -1));
        t("copyOf obj -1", () -> Arrays.copyOf(new String[1], -1));
        t("copyOfRange 2 1", () -> Arrays.copyOfRange(a, 2, 1));
        t("copyOfRange obj 2 1", () -> Arrays.copyOfRange(new String[3], 2, 1));
        t("copyOf null", () -> Arrays.copyOf((int[]) null, 1));
        t("equals range", () -> Arrays.equals(a, 0, 4, a, 0, 1));
        t("equals range2", () -> Arrays.equals(a, 0, 1, a, -1, 1));
        t("mismatch null", () -> Arrays.mismatch((int[]) null, a));
        t("setAll null", () -> {
            Arrays.setAll(new Integer[1], null);
            return 0;
        });
        t("compare cmp null", () -> Arrays.compare(new String[0], new String[0], null));
    }
}
