import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * java-http: the JDK's simple HTTP server API on Mote. "/" serves
 * index.html from the sealed filesystem (read once at start), "/api/stats"
 * a JSON document, "/api/echo" returns a POSTed body; POST "/shutdown"
 * ends the service with status 0.
 */
public class Http {
    static final AtomicLong REQUESTS = new AtomicLong();
    static final long STARTED = System.currentTimeMillis();

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        byte[] page = Files.readAllBytes(Path.of(args.length > 1 ? args[1] : "/index.html"));
        final HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
        server.createContext("/", ex -> {
            REQUESTS.incrementAndGet();
            if (!ex.getRequestURI().getPath().equals("/")) {
                send(ex, 404, "text/plain; charset=utf-8",
                        ("no page " + ex.getRequestURI().getPath() + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "text/html; charset=utf-8", page);
            }
        });
        server.createContext("/api/stats", ex -> {
            long n = REQUESTS.incrementAndGet();
            String json = "{\"requests\": " + n + ", \"service\": \"java-http\", \"page_bytes\": " + page.length + "}\n";
            send(ex, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/api/echo", ex -> {
            REQUESTS.incrementAndGet();
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, "text/plain; charset=utf-8", "POST a body\n".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "application/octet-stream", body);
            }
        });
        server.createContext("/shutdown", ex -> {
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, "text/plain; charset=utf-8", "POST to shut down\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(ex, 200, "text/plain; charset=utf-8", "bye\n".getBytes(StandardCharsets.UTF_8));
            System.out.println("java-http: shutting down");
            // exit from another thread once the server has stopped (the kernel
            // delivers the reply still in the socket before the VM ends)
            Thread stopper = new Thread(() -> {
                server.stop(0);
                System.exit(0);
            });
            stopper.start();
        });
        server.start();
        System.out.println("java-http: serving on TCP port " + port);
    }
}
