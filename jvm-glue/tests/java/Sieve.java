public class Sieve {
    public static void main(String[] args) {
        int n = 200000;
        boolean[] composite = new boolean[n + 1];
        int count = 0;
        long sum = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
            }
        }
        System.out.println(count + " primes, sum " + sum);
        int[] twins = new int[10];
        int t = 0;
        for (int i = 3; i + 2 <= n && t < 10; i += 2) if (!composite[i] && !composite[i + 2]) twins[t++] = i;
        for (int x : twins) System.out.print(x + " ");
        System.out.println();
    }
}
