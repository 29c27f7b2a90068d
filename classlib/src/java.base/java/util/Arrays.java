package java.util;

public final class Arrays {
    private Arrays() {}

    // ---- sorting: primitives by quicksort + insertion sort, objects by stable merge sort ----

    public static void sort(int[] a) {
        sortInts(a, 0, a.length - 1);
    }

    public static void sort(int[] a, int from, int to) {
        sortInts(a, from, to - 1);
    }

    private static void sortInts(int[] a, int lo, int hi) {
        while (hi - lo > 16) {
            int p = a[(lo + hi) >>> 1];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) {
                    int t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (j - lo < hi - i) {
                sortInts(a, lo, j);
                lo = i;
            } else {
                sortInts(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    public static void sort(long[] a) {
        for (int i = 1; i < a.length; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    public static void sort(char[] a) {
        for (int i = 1; i < a.length; i++) {
            char v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    public static void sort(double[] a) {
        Double[] boxed = new Double[a.length];
        for (int i = 0; i < a.length; i++) boxed[i] = a[i];
        sort(boxed, 0, a.length, (x, y) -> Double.compare(x, y));
        for (int i = 0; i < a.length; i++) a[i] = boxed[i];
    }

    public static void sort(Object[] a) {
        sort(a, 0, a.length, null);
    }

    public static <T> void sort(T[] a, Comparator<? super T> c) {
        sort(a, 0, a.length, c);
    }

    @SuppressWarnings("unchecked")
    public static <T> void sort(T[] a, int from, int to, Comparator<? super T> c) {
        if (from < 0 || to > a.length || from > to) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + to);
        Object[] tmp = new Object[to - from];
        mergeSort((Object[]) a, tmp, from, to, (Comparator<Object>) c);
    }

    @SuppressWarnings("unchecked")
    private static int cmp(Object x, Object y, Comparator<Object> c) {
        return c != null ? c.compare(x, y) : ((Comparable<Object>) x).compareTo(y);
    }

    private static void mergeSort(Object[] a, Object[] tmp, int lo, int hi, Comparator<Object> c) {
        if (hi - lo < 8) {
            for (int i = lo + 1; i < hi; i++) {
                Object v = a[i];
                int j = i - 1;
                while (j >= lo && cmp(a[j], v, c) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        if (cmp(a[mid - 1], a[mid], c) <= 0) return;
        System.arraycopy(a, lo, tmp, 0, hi - lo);
        int i = 0, j = mid - lo, k = lo, m = mid - lo, n = hi - lo;
        while (i < m && j < n) a[k++] = cmp(tmp[j], tmp[i], c) < 0 ? tmp[j++] : tmp[i++];
        while (i < m) a[k++] = tmp[i++];
        while (j < n) a[k++] = tmp[j++];
    }

    public static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    // ---- copying and filling ----

    public static int[] copyOf(int[] a, int n) {
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    public static long[] copyOf(long[] a, int n) {
        long[] r = new long[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    public static char[] copyOf(char[] a, int n) {
        char[] r = new char[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    public static byte[] copyOf(byte[] a, int n) {
        byte[] r = new byte[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    public static double[] copyOf(double[] a, int n) {
        double[] r = new double[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    public static boolean[] copyOf(boolean[] a, int n) {
        boolean[] r = new boolean[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] a, int n) {
        T[] r = (T[]) newArray(a.getClass().getComponentType(), n);
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    private static native Object[] newArray(Class<?> component, int n);

    public static int[] copyOfRange(int[] a, int from, int to) {
        int[] r = new int[to - from];
        System.arraycopy(a, from, r, 0, Math.min(a.length - from, to - from));
        return r;
    }

    public static <T> T[] copyOfRange(T[] a, int from, int to) {
        @SuppressWarnings("unchecked")
        T[] r = (T[]) newArray(a.getClass().getComponentType(), to - from);
        System.arraycopy(a, from, r, 0, Math.min(a.length - from, to - from));
        return r;
    }

    public static void fill(int[] a, int v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static void fill(int[] a, int from, int to, int v) {
        for (int i = from; i < to; i++) a[i] = v;
    }

    public static void fill(long[] a, long v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static void fill(char[] a, char v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static void fill(byte[] a, byte v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static void fill(boolean[] a, boolean v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static void fill(double[] a, double v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static void fill(Object[] a, Object v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    @SafeVarargs
    public static <T> List<T> asList(T... a) {
        ArrayList<T> l = new ArrayList<>(a.length);
        for (T t : a) l.add(t);
        return l;
    }

    // ---- equality, hashing and printing ----

    public static boolean equals(int[] a, int[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    public static boolean equals(Object[] a, Object[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!Objects.equals(a[i], b[i])) return false;
        }
        return true;
    }

    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int v : a) h = 31 * h + v;
        return h;
    }

    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (Object o : a) h = 31 * h + (o == null ? 0 : o.hashCode());
        return h;
    }

    public static String toString(int[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(long[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(short[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(byte[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(char[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(boolean[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(float[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(double[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(Object[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String deepToString(Object[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            Object e = a[i];
            if (e instanceof Object[]) sb.append(deepToString((Object[]) e));
            else if (e instanceof int[]) sb.append(toString((int[]) e));
            else if (e instanceof long[]) sb.append(toString((long[]) e));
            else if (e instanceof double[]) sb.append(toString((double[]) e));
            else if (e instanceof char[]) sb.append(toString((char[]) e));
            else if (e instanceof boolean[]) sb.append(toString((boolean[]) e));
            else if (e instanceof byte[]) sb.append(toString((byte[]) e));
            else if (e instanceof short[]) sb.append(toString((short[]) e));
            else if (e instanceof float[]) sb.append(toString((float[]) e));
            else sb.append(e);
        }
        return sb.append(']').toString();
    }

    // ---- streams (area: stream helper) ----

    public static <T> java.util.stream.Stream<T> stream(T[] array) {
        return stream(array, 0, array.length);
    }

    public static <T> java.util.stream.Stream<T> stream(T[] array, int from, int to) {
        return java.util.stream.StreamSupport.ofArray(array, from, to);
    }

    public static java.util.stream.IntStream stream(int[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util.stream.IntStream stream(int[] array, int from, int to) {
        return java.util.stream.StreamSupport.ofArray(array, from, to);
    }

    public static java.util.stream.LongStream stream(long[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util.stream.LongStream stream(long[] array, int from, int to) {
        return java.util.stream.StreamSupport.ofArray(array, from, to);
    }

    public static java.util.stream.DoubleStream stream(double[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util.stream.DoubleStream stream(double[] array, int from, int to) {
        return java.util.stream.StreamSupport.ofArray(array, from, to);
    }
}
