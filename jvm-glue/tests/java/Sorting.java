import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class Sorting {
    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) {
                int t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void mergeSort(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    record Person(String name, int age) {}

    public static void main(String[] args) {
        Random r = new Random(42);
        int[] a = new int[50000];
        for (int i = 0; i < a.length; i++) a[i] = r.nextInt(1000000) - 500000;
        int[] b = a.clone();
        quick(a, 0, a.length - 1);
        Arrays.sort(b);
        System.out.println(Arrays.equals(a, b) + " " + a[0] + " " + a[a.length / 2] + " " + a[a.length - 1]);
        long[] l = new long[20000];
        for (int i = 0; i < l.length; i++) l[i] = r.nextLong() % 1000;
        mergeSort(l, new long[l.length], 0, l.length);
        boolean ok = true;
        for (int i = 1; i < l.length; i++) ok &= l[i - 1] <= l[i];
        System.out.println("merge sorted " + ok + " " + l[0] + " " + l[l.length - 1]);
        List<Person> people = new ArrayList<>();
        String[] names = {"ann", "bob", "cid", "dee", "eve", "fay"};
        for (int i = 0; i < 30; i++) people.add(new Person(names[r.nextInt(names.length)], r.nextInt(5)));
        people.sort((p, q) -> p.age() - q.age());
        System.out.println(people.get(0) + " " + people.get(29));
        StringBuilder sb = new StringBuilder();
        for (Person p : people) sb.append(p.name().charAt(0)).append(p.age());
        System.out.println(sb);
        List<String> words = new ArrayList<>(Arrays.asList("delta", "alpha", "charlie", "bravo", "echo", "alpha"));
        Collections.sort(words);
        System.out.println(words);
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -1e300, 1e-300, Double.NEGATIVE_INFINITY};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        Integer[] boxed = {5, 1, 4};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
    }
}
