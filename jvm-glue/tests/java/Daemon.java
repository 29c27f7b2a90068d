public class Daemon {
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
                Thread.sleep(30);
            } catch (InterruptedException e) {
            }
            System.out.println("worker finished after main");
        });
        worker.start();
        System.out.println("main returns; daemon=" + d.isDaemon());
    }
}
