public class ExitFromThread {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            System.out.println("worker exits the VM");
            System.exit(7);
        });
        t.start();
        t.join();
        Thread.sleep(1000);
        System.out.println("never printed");
    }
}
