import java.util.HashMap;
import java.util.Map;

public class Memo {
    static final Map<Integer, Long> memo = new HashMap<>();

    static long fib(int n) {
        if (n < 2) return n;
        Long m = memo.get(n);
        if (m != null) return m;
        long v = fib(n - 1) + fib(n - 2);
        memo.put(n, v);
        return v;
    }

    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static boolean perfect(int n) {
        int s = 1;
        for (int d = 2; d * d <= n; d++) if (n % d == 0) s += d + (d * d == n ? 0 : n / d);
        return n > 1 && s == n;
    }

    public static void main(String[] args) {
        System.out.println(fib(90) + " " + memo.size());
        System.out.println(gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20) + " " + (12L * 18 / gcd(12, 18)));
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < 10000; i++) if (perfect(i)) sb.append(i).append(' ');
        System.out.println(sb.toString().trim());
        int best = 0, arg = 0;
        for (int i = 1; i < 30000; i++) {
            long n = i;
            int steps = 0;
            while (n != 1) {
                n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
                steps++;
            }
            if (steps > best) {
                best = steps;
                arg = i;
            }
        }
        System.out.println(arg + " " + best);
    }
}
