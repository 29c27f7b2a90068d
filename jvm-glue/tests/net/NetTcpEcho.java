import java.io.*;
import java.net.*;
import java.util.ArrayList;

// TCP echo for tests/net_hosted.rs: prints its port, serves args[0] connections,
// each on its own Java thread (echoing until the client closes), then exits.
public class NetTcpEcho {
    public static void main(String[] args) throws Exception {
        int conns = Integer.parseInt(args[0]);
        ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        System.out.println("PORT " + ss.getLocalPort());
        ArrayList<Thread> threads = new ArrayList<>();
        long[] total = new long[1];
        for (int i = 0; i < conns; i++) {
            Socket s = ss.accept();
            Thread t = new Thread(() -> {
                try (Socket c = s) {
                    c.setTcpNoDelay(true);
                    InputStream in = c.getInputStream();
                    OutputStream out = c.getOutputStream();
                    byte[] buf = new byte[4096];
                    int n;
                    long sum = 0;
                    while ((n = in.read(buf)) > 0) {
                        out.write(buf, 0, n);
                        sum += n;
                    }
                    synchronized (total) {
                        total[0] += sum;
                    }
                } catch (IOException e) {
                    System.out.println("connection failed: " + e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        ss.close();
        System.out.println("served " + conns + " connections, " + total[0] + " bytes");
    }
}
