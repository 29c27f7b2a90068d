public class VolatileFlag {
    static volatile boolean ready;
    static volatile int data;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
            }
            data = 42;
            ready = true;
        });
        writer.start();
        while (!ready) Thread.yield();
        System.out.println("saw data " + data);
        writer.join();
        Thread slow = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
            }
        });
        slow.start();
        slow.join(20);
        System.out.println("join timed out, alive: " + slow.isAlive());
        slow.join();
        System.out.println("alive after join: " + slow.isAlive());
    }
}
