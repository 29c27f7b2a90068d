import java.util.*;

public class CollArraysMisc {
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
        int[] a = {1, 3, 5, 7, 9, 11};
        t("bs int", () -> Arrays.binarySearch(a, 7) + " " + Arrays.binarySearch(a, 8) + " " + Arrays.binarySearch(a, 0) + " " + Arrays.binarySearch(a, 12) + " " + Arrays.binarySearch(a, 1, 4, 9) + " " + Arrays.binarySearch(a, 2, 2, 5));
        t("bs dups", () -> Arrays.binarySearch(new int[] {2, 2, 2, 2, 2}, 2) + " " + Arrays.binarySearch(new int[] {1, 2, 2, 2, 3, 3}, 3) + " " + Arrays.binarySearch(new int[0], 1));
        t("bs long/char/short/byte", () -> Arrays.binarySearch(new long[] {1, 5, 9}, 5L) + " " + Arrays.binarySearch(new char[] {'a', 'c'}, 'b') + " " + Arrays.binarySearch(new short[] {1, 2}, (short) 2) + " " + Arrays.binarySearch(new byte[] {-1, 4}, (byte) 5));
        t("bs double", () -> Arrays.binarySearch(new double[] {-0.0, 0.0, 1.0, Double.NaN}, 0.0) + " " + Arrays.binarySearch(new double[] {-0.0, 0.0, 1.0, Double.NaN}, -0.0) + " " + Arrays.binarySearch(new double[] {-0.0, 0.0, 1.0, Double.NaN}, Double.NaN) + " " + Arrays.binarySearch(new float[] {1f, 2f}, 1.5f));
        t("bs obj", () -> Arrays.binarySearch(new String[] {"a", "c", "e"}, "d") + " " + Arrays.binarySearch(new String[] {"e", "c", "a"}, "c", Comparator.reverseOrder()) + " " + Arrays.binarySearch(new Integer[] {1, 2, 3}, 0, 2, 3) + " " + Arrays.binarySearch(new String[] {"aa", "b"}, 0, 2, "cc", Comparator.comparing(String::length)));
        int[] f = new int[6];
        Arrays.fill(f, 7);
        Arrays.fill(f, 1, 3, -1);
        t("fill", () -> Arrays.toString(f));
        Object[] fo = new Object[4];
        Arrays.fill(fo, "x");
        Arrays.fill(fo, 2, 4, null);
        t("fill obj", () -> Arrays.toString(fo));
        t("fill store", () -> {
            Object[] s = new String[2];
            Arrays.fill(s, 1);
            return 0;
        });
        boolean[] fb = new boolean[3];
        Arrays.fill(fb, true);
        double[] fd = new double[3];
        Arrays.fill(fd, 0, 2, 1.5);
        t("fill others", () -> Arrays.toString(fb) + " " + Arrays.toString(fd));
        t("copyOf", () -> Arrays.toString(Arrays.copyOf(a, 3)) + " " + Arrays.toString(Arrays.copyOf(a, 8)) + " " + Arrays.toString(Arrays.copyOf(new String[] {"a"}, 3)) + " " + Arrays.toString(Arrays.copyOf(new boolean[] {true}, 2)) + " " + Arrays.toString(Arrays.copyOf(new char[] {'x'}, 2)).length());
        t("copyOf type", () -> {
            Object[] o = Arrays.copyOf(new Object[] {"a", "b"}, 2, String[].class);
            Number[] n = Arrays.copyOf(new Integer[] {1, 2}, 3, Number[].class);
            return o.getClass().getSimpleName() + " " + n.getClass().getSimpleName() + " " + Arrays.toString(n);
        });
        t("copyOf store", () -> Arrays.copyOf(new Object[] {"a", 1}, 2, String[].class));
        t("copyOfRange", () -> Arrays.toString(Arrays.copyOfRange(a, 2, 4)) + " " + Arrays.toString(Arrays.copyOfRange(a, 4, 9)) + " " + Arrays.toString(Arrays.copyOfRange(new String[] {"a", "b", "c"}, 1, 5)) + " " + Arrays.toString(Arrays.copyOfRange(a, 6, 6)));
        t("equals", () -> Arrays.equals(a, a.clone()) + " " + Arrays.equals(a, new int[] {1}) + " " + Arrays.equals((int[]) null, null) + " " + Arrays.equals(a, null) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals(new Object[] {null, "a"}, new Object[] {null, "a"}));
        t("equals range", () -> Arrays.equals(a, 1, 3, new int[] {0, 3, 5, 0}, 1, 3) + " " + Arrays.equals(a, 0, 2, a, 1, 3) + " " + Arrays.equals(new char[] {'a', 'b'}, 0, 1, new char[] {'a'}, 0, 1));
        t("equals range bad", () -> Arrays.equals(a, 3, 2, a, 0, 1));
        t("hashCode", () -> Arrays.hashCode(a) + " " + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode(new long[] {1L << 33, -1}) + " " + Arrays.hashCode(new double[] {1.5, -0.0}) + " " + Arrays.hashCode(new float[] {1.5f}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(new char[] {'a'}) + " " + Arrays.hashCode(new byte[] {-1}) + " " + Arrays.hashCode(new short[] {300}) + " " + Arrays.hashCode(new Object[] {"a", null, 1}));
        Object[] nested = {1, new int[] {2, 3}, new Object[] {"x", new long[] {4}}, null, new double[] {0.5}, new boolean[] {true}};
        t("deepToString", () -> Arrays.deepToString(nested) + " " + Arrays.toString(new Object[] {1, null}) + " " + Arrays.deepToString(null));
        Object[] selfRef = new Object[2];
        selfRef[0] = "a";
        selfRef[1] = selfRef;
        t("deepToString self", () -> Arrays.deepToString(selfRef));
        Object[] shared = {1};
        t("deepToString shared", () -> Arrays.deepToString(new Object[] {shared, shared}));
        t("deepEquals", () -> Arrays.deepEquals(nested, new Object[] {1, new int[] {2, 3}, new Object[] {"x", new long[] {4}}, null, new double[] {0.5}, new boolean[] {true}}) + " " + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new long[] {1}}) + " " + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new int[] {2}}));
        t("deepHashCode", () -> Arrays.deepHashCode(nested) + " " + Arrays.deepHashCode(null) + " " + Arrays.deepHashCode(new Object[] {new Object[] {}}));
        t("toString all", () -> Arrays.toString(new long[] {1, -2}) + Arrays.toString(new short[] {3}) + Arrays.toString(new byte[] {-4}) + Arrays.toString(new char[] {'c', 'd'}) + Arrays.toString(new boolean[] {false}) + Arrays.toString(new float[] {1.25f, Float.NaN}) + Arrays.toString(new double[] {1e10, -0.0}) + Arrays.toString(new int[0]) + Arrays.toString((long[]) null));
        List<String> al = Arrays.asList("a", "b", "c");
        t("asList", () -> al + " " + al.size() + " " + al.get(1) + " " + al.indexOf("c") + " " + al.contains("z") + " " + al.set(0, "A") + " " + al + " " + al.hashCode() + " " + al.equals(List.of("A", "b", "c")));
        String[] backing = {"x", "y"};
        List<String> bl = Arrays.asList(backing);
        bl.set(1, "Y");
        backing[0] = "X";
        t("asList backing", () -> bl + " " + Arrays.toString(backing));
        t("asList add", () -> bl.add("z"));
        t("asList remove", () -> bl.remove(0));
        t("asList get", () -> bl.get(2));
        t("asList null", () -> Arrays.asList((Object[]) null));
        t("asList toArray", () -> bl.toArray().getClass().getSimpleName() + " " + Arrays.toString(bl.toArray(new String[3])));
        t("asList sort", () -> {
            List<Integer> il = Arrays.asList(3, 1, 2);
            il.sort(null);
            il.replaceAll(x -> x * 10);
            return il;
        });
        t("asList empty", () -> Arrays.asList() + " " + Arrays.asList().size());
        Integer[] sa = new Integer[5];
        Arrays.setAll(sa, i -> i * i);
        int[] si = new int[5];
        Arrays.setAll(si, i -> 10 - i);
        long[] sl = new long[3];
        Arrays.setAll(sl, i -> 1L << (i * 20));
        t("setAll", () -> Arrays.toString(sa) + " " + Arrays.toString(si) + " " + Arrays.toString(sl));
        t("mismatch", () -> Arrays.mismatch(a, a.clone()) + " " + Arrays.mismatch(a, new int[] {1, 3, 6}) + " " + Arrays.mismatch(a, new int[] {1, 3}) + " " + Arrays.mismatch(new String[] {"a", null}, new String[] {"a", "b"}) + " " + Arrays.mismatch(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.mismatch(new char[0], new char[0]));
        t("compare", () -> Arrays.compare(a, a.clone()) + " " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}) + " " + Arrays.compare(new int[] {1, 2, 3}, new int[] {1, 2}) + " " + Arrays.compare((int[]) null, new int[0]) + " " + Arrays.compare(new byte[] {10}, new byte[] {-10}) + " " + Arrays.compare(new short[] {1}, new short[] {300}) + " " + Arrays.compare(new boolean[] {true}, new boolean[] {false}) + " " + Arrays.compare(new char[] {'a'}, new char[] {'z'}) + " " + Arrays.compare(new double[] {-0.0}, new double[] {0.0}) + " " + Arrays.compare(new long[] {5}, new long[] {5, 1}));
        t("compare obj", () -> Arrays.compare(new String[] {"a", "b"}, new String[] {"a", "c"}) + " " + Arrays.compare(new String[] {null}, new String[] {"a"}) + " " + Arrays.compare(new String[] {"b"}, new String[] {"a", "a"}) + " " + Arrays.compare(new String[] {"bb"}, new String[] {"a"}, Comparator.comparing(String::length)));
        t("equals cmp", () -> Arrays.equals(new String[] {"a", "B"}, new String[] {"A", "b"}, (x, y) -> x.toLowerCase().compareTo(y.toLowerCase())));
    }
}
