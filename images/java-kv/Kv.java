import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * java-kv: a key-value store over a TCP line protocol, one thread per
 * connection, the data in a ConcurrentHashMap.
 *
 * <pre>
 *   SET key value...   -> OK
 *   GET key            -> VALUE value...   or NOT_FOUND
 *   DEL key            -> DELETED          or NOT_FOUND
 *   SIZE               -> SIZE n
 *   QUIT               -> BYE, then the connection closes
 *   SHUTDOWN           -> BYE, then the service exits with status 0
 *   anything else      -> ERROR ...
 * </pre>
 */
public class Kv {
    static final ConcurrentHashMap<String, String> STORE = new ConcurrentHashMap<>();
    static final AtomicLong CONNECTIONS = new AtomicLong();

    static String execute(String line) {
        String[] words = line.trim().split(" ", 3);
        String cmd = words[0].toUpperCase();
        switch (cmd) {
            case "SET":
                if (words.length < 3) return "ERROR usage: SET key value";
                STORE.put(words[1], words[2]);
                return "OK";
            case "GET":
                if (words.length != 2) return "ERROR usage: GET key";
                String v = STORE.get(words[1]);
                return v == null ? "NOT_FOUND" : "VALUE " + v;
            case "DEL":
                if (words.length != 2) return "ERROR usage: DEL key";
                return STORE.remove(words[1]) == null ? "NOT_FOUND" : "DELETED";
            case "SIZE":
                return "SIZE " + STORE.size();
            case "":
                return "ERROR empty command";
            default:
                return "ERROR unknown command " + (cmd.length() > 20 ? cmd.substring(0, 20) : cmd);
        }
    }

    static void serve(Socket client) {
        try (Socket c = client;
             BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = c.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                String word = line.trim().toUpperCase();
                if (word.equals("QUIT") || word.equals("SHUTDOWN")) {
                    out.write("BYE\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (word.equals("SHUTDOWN")) {
                        System.out.println("java-kv: shutting down");
                        // no need to wait: the kernel delivers BYE before the VM ends
                        System.exit(0);
                    }
                    return;
                }
                out.write((execute(line) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            System.out.println("java-kv: connection ended: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        try (ServerSocket server = new ServerSocket(port, 64)) {
            System.out.println("java-kv: serving on TCP port " + port);
            for (;;) {
                Socket client = server.accept();
                Thread t = new Thread(() -> serve(client), "kv-" + CONNECTIONS.incrementAndGet());
                t.setDaemon(true);
                t.start();
            }
        }
    }
}
