public class Loops {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 0; i < 100; i++) {
            if (i % 3 == 0) continue;
            if (i > 90) break;
            sum += i;
        }
        System.out.println(sum);
        int n = 27, steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz " + steps);
        int k = 0;
        do {
            k += 2;
        } while (k < 15);
        System.out.println(k);
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (i * j == 6) {
                    System.out.println("found " + i + "," + j);
                    break outer;
                }
                if (j > i) continue outer;
            }
        }
        long acc = 0;
        for (int i = 0; i < 1000000; i++) acc += i ^ (i >> 3);
        System.out.println(acc);
    }
}
