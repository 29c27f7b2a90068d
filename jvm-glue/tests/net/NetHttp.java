import com.sun.net.httpserver.*;
import java.io.*;
import java.net.*;
import java.util.HashSet;

// HttpServer for tests/net_hosted.rs: prints its port; /stop ends it.
// args[0] = "executor": handlers run on an executor that starts a thread per task.
public class NetHttp {
    static final Object lock = new Object();
    static boolean stop;
    static final HashSet<Integer> clientPorts = new HashSet<>();

    static void reply(HttpExchange ex, int code, String body) throws IOException {
        byte[] b = body.getBytes();
        ex.sendResponseHeaders(code, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    public static void main(String[] args) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        if (args.length > 0 && args[0].equals("executor")) s.setExecutor(r -> new Thread(r).start());
        s.createContext("/hello", ex -> {
            synchronized (clientPorts) {
                clientPorts.add(ex.getRemoteAddress().getPort());
            }
            byte[] body = ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("X-test", "yes");
            ex.getResponseHeaders().add("content-TYPE", "text/plain");
            reply(ex, 200, "method=" + ex.getRequestMethod() + " path=" + ex.getRequestURI().getPath() + " query="
                + ex.getRequestURI().getQuery() + " proto=" + ex.getProtocol() + " ctx=" + ex.getHttpContext().getPath()
                + " agent=" + ex.getRequestHeaders().getFirst("user-agent") + " body=" + body.length + ":" + sum(body) + "\n");
        });
        s.createContext("/hello/deeper", ex -> reply(ex, 200, "deeper " + ex.getRequestURI() + "\n"));
        s.createContext("/chunk", ex -> {
            ex.sendResponseHeaders(201, 0);
            OutputStream o = ex.getResponseBody();
            for (int i = 0; i < 5; i++) {
                o.write(("part" + i + "\n").getBytes());
                o.flush();
            }
            o.close();
        });
        s.createContext("/none", ex -> {
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        s.createContext("/clients", ex -> {
            int n;
            synchronized (clientPorts) {
                n = clientPorts.size();
            }
            reply(ex, 200, "clients=" + n + "\n");
        });
        s.createContext("/fail", ex -> {
            throw new RuntimeException("handler failure");
        });
        s.createContext("/stop", ex -> {
            reply(ex, 200, "stopping\n");
            synchronized (lock) {
                stop = true;
                lock.notifyAll();
            }
        });
        s.start();
        System.out.println("PORT " + s.getAddress().getPort());
        synchronized (lock) {
            while (!stop) lock.wait();
        }
        s.stop(0);
        System.out.println("stopped");
    }

    static long sum(byte[] b) {
        long s = 0;
        for (byte x : b) s = s * 31 + (x & 0xff);
        return s;
    }
}
