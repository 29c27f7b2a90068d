public class Bank {
    static final class Account {
        final int id;
        long balance;

        Account(int id, long b) {
            this.id = id;
            balance = b;
        }
    }

    static void transfer(Account a, Account b, long amount) {
        Account first = a.id < b.id ? a : b, second = a.id < b.id ? b : a;
        synchronized (first) {
            synchronized (second) {
                if (a.balance >= amount) {
                    a.balance -= amount;
                    b.balance += amount;
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account[] accts = new Account[5];
        for (int i = 0; i < accts.length; i++) accts[i] = new Account(i, 1000);
        Thread[] workers = new Thread[3];
        for (int w = 0; w < workers.length; w++) {
            final int seed = w;
            workers[w] = new Thread(() -> {
                int x = seed * 7 + 1;
                for (int k = 0; k < 20000; k++) {
                    x = x * 1103515245 + 12345;
                    int from = (x >>> 8) % 5, to = (x >>> 16) % 5;
                    if (from != to) transfer(accts[from], accts[to], (x >>> 4) % 50);
                }
            });
            workers[w].start();
        }
        for (Thread t : workers) t.join();
        long total = 0;
        for (Account a : accts) total += a.balance;
        System.out.println("total conserved: " + total);
    }
}
