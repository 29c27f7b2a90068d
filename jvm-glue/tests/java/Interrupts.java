public class Interrupts {
    public static void main(String[] args) throws Exception {
        Thread self = Thread.currentThread();
        self.interrupt();
        try {
            Thread.sleep(10);
            System.out.println("slept?");
        } catch (InterruptedException e) {
            System.out.println("sleep with pending interrupt: " + e.getMessage() + ", flag " + self.isInterrupted());
        }
        Object lock = new Object();
        self.interrupt();
        synchronized (lock) {
            try {
                lock.wait(100);
            } catch (InterruptedException e) {
                System.out.println("wait with pending interrupt, flag " + self.isInterrupted());
            }
        }
        Thread worker = new Thread(() -> {
            int spins = 0;
            while (!Thread.currentThread().isInterrupted()) {
                spins++;
                Thread.yield();
            }
            System.out.println("worker saw interrupt flag");
        });
        worker.start();
        Thread.sleep(5);
        worker.interrupt();
        worker.join();
        System.out.println("done " + worker.isAlive());
    }
}
