public class ThreadUncaught {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread("bad-worker") {
            @Override
            public void run() {
                throw new IllegalStateException("from worker");
            }
        };
        t.start();
        t.join();
        System.out.println("main continues, exit code stays 0");
        Thread h = new Thread(() -> {
            throw new RuntimeException("handled");
        });
        h.setUncaughtExceptionHandler((th, e) -> System.out.println("handler got " + e.getMessage() + " in " + th.getName()));
        h.start();
        h.join();
    }
}
