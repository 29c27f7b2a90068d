public class LabeledFlow {
    public static void main(String[] args) {
        int found = -1;
        search:
        for (int i = 2; i < 100; i++) {
            for (int j = 2; j < i; j++) {
                if (i % j == 0) continue search;
            }
            if (i > 50) {
                found = i;
                break search;
            }
        }
        System.out.println(found);
        int count = 0;
        block:
        {
            for (int i = 0; i < 10; i++) {
                count += i;
                if (count > 20) break block;
            }
            count = -1;
        }
        System.out.println(count);
        int w = 0;
        loop:
        while (true) {
            w++;
            switch (w) {
                case 3:
                    continue loop;
                case 6:
                    break loop;
                default:
                    System.out.print(w + " ");
            }
        }
        System.out.println();
        int k = 10;
        do {
            if (k % 4 == 0) {
                k -= 3;
                continue;
            }
            k--;
        } while (k > 0);
        System.out.println(k);
    }
}
