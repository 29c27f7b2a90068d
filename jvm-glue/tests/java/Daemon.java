public class Daemon {
    static volatile boolean mainDone;

    public static void main(String[] args) throws Exception {
        Thread d = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        d.setDaemon(true);
        d.start();
        Thread worker = new Thread(() -> {
            try {
                while (!mainDone) Thread.sleep(1);
                Thread.sleep(20);
            } catch (InterruptedException e) {
            }
            System.out.println("worker finished after main");
        });
        worker.start();
        System.out.println("main returns; daemon=" + d.isDaemon());
        mainDone = true;
    }
}
