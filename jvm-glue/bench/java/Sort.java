import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class Sort {
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

    public static void main(String[] args) {
        Random r = new Random(1);
        long sum = 0;
        for (int round = 0; round < 6; round++) {
            int[] a = new int[300000];
            for (int i = 0; i < a.length; i++) a[i] = r.nextInt();
            quick(a, 0, a.length - 1);
            sum += a[a.length / 2];
            List<Integer> l = new ArrayList<>();
            for (int i = 0; i < 50000; i++) l.add(r.nextInt(1000000));
            Collections.sort(l);
            sum += l.get(25000);
            String[] s = new String[20000];
            for (int i = 0; i < s.length; i++) s[i] = "s" + r.nextInt(100000);
            Arrays.sort(s);
            sum += s[10000].length();
        }
        System.out.println(sum);
    }
}
