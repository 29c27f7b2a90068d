import com.sun.net.httpserver.*;
import java.io.*;
import java.net.*;
import java.util.*;

// com.sun.net.httpserver inside one program: a server on a loopback port and a
// raw-socket client in the main thread. Prints the bytes of each response (the
// Date header's value masked), and what the handlers saw.
public class NetHttpServer {
    static final List<String> seen = new ArrayList<>();
    static boolean slowStarted;

    static void log(String s) {
        synchronized (seen) {
            seen.add(s);
        }
    }

    static String sorted(Map<String, List<String>> m) {
        TreeMap<String, List<String>> t = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : m.entrySet()) t.put(e.getKey(), e.getValue());
        return t.toString();
    }

    static String ascii(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append((char) (b[i] & 0xff));
        return sb.toString();
    }

    static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    /** Reads one response: headers, then a body by Content-length or chunked framing, or to EOF. */
    static String response(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) break;
            head.append((char) c);
        }
        String h = head.toString();
        StringBuilder out = new StringBuilder();
        long len = -1;
        boolean chunked = false;
        for (String line : h.split("\r\n")) {
            String lower = line.toLowerCase();
            if (lower.startsWith("date: ")) line = "Date: <masked>";
            if (lower.startsWith("content-length: ")) len = Long.parseLong(line.substring(16).trim());
            if (lower.startsWith("transfer-encoding: chunked")) chunked = true;
            out.append(line).append("|");
        }
        if (chunked) {
            StringBuilder body = new StringBuilder();
            while (true) {
                StringBuilder sz = new StringBuilder();
                int c;
                while ((c = in.read()) != '\n') sz.append((char) c);
                int n = Integer.parseInt(sz.toString().trim(), 16);
                out.append("[chunk ").append(n).append("]");
                for (int i = 0; i < n; i++) {
                    int ch = in.read();
                    if (ch != 0) body.append((char) ch);
                }
                in.read();
                in.read();
                if (n == 0) break;
            }
            out.append(body.toString());
        } else if (len > 0) {
            for (long i = 0; i < len; i++) out.append((char) in.read());
        } else if (h.toLowerCase().contains("connection: close")) {
            int c;
            while ((c = in.read()) >= 0) out.append((char) c);
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        Headers hd = new Headers();
        hd.add("aCCept-ENCODING", "x");
        hd.add("ACCEPT-encoding", "y");
        hd.set("x-Y", "1");
        hd.put("content-length", List.of("5"));
        System.out.println("headers: " + sorted(hd) + " first=" + hd.getFirst("accept-encoding") + " has=" + hd.containsKey("X-y")
            + " get=" + hd.get("x-y") + " size=" + hd.size() + " missing=" + hd.getFirst("nope"));
        hd.remove("X-Y");
        System.out.println("after remove: " + sorted(hd) + " empty=" + hd.isEmpty());

        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/echo", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            log("echo " + ex.getRequestMethod() + " " + ex.getRequestURI() + " " + ex.getProtocol() + " ctx=" + ex.getHttpContext().getPath()
                + " headers=" + sorted(ex.getRequestHeaders()) + " body=" + ascii(body, body.length));
            ex.getResponseHeaders().add("X-test", "yes");
            ex.getResponseHeaders().add("content-TYPE", "text/plain");
            ex.getResponseHeaders().add("x-multi", "a");
            ex.getResponseHeaders().add("X-MULTI", "b");
            byte[] r = bytes("got " + body.length + " bytes for " + ex.getRequestURI().getPath());
            ex.sendResponseHeaders(200, r.length);
            OutputStream o = ex.getResponseBody();
            o.write(r);
            o.close();
        });
        s.createContext("/echo/sub", ex -> {
            log("sub " + ex.getRequestURI() + " query=" + ex.getRequestURI().getQuery());
            ex.sendResponseHeaders(202, -1);
            ex.close();
        });
        s.createContext("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream o = ex.getResponseBody();
            if (ex.getRequestURI().getQuery() != null) {
                // 10000 bytes in writes of 700: chunk boundaries show the server's buffering
                for (int i = 0; i < 10000; i += 700) o.write(new byte[Math.min(700, 10000 - i)]);
                o.flush();
                o.write(bytes("tail"));
            } else {
                o.write(bytes("first,"));
                o.write(bytes("second"));
            }
            o.close();
        });
        s.createContext("/head", ex -> {
            log("head " + ex.getRequestMethod());
            ex.getResponseHeaders().set("X-Head", "1");
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        s.createContext("/errors", ex -> {
            ex.sendResponseHeaders(200, 3);
            try {
                ex.getResponseBody().write(bytes("toolong"));
            } catch (IOException e) {
                log("write: " + e);
            }
            try {
                ex.sendResponseHeaders(200, 3);
            } catch (IOException e) {
                log("send again: " + e);
            }
            ex.getResponseBody().write(bytes("abc"));
            ex.close();
        });
        s.createContext("/codes", ex -> {
            int code = Integer.parseInt(ex.getRequestURI().getQuery());
            ex.sendResponseHeaders(code, -1);
            ex.close();
        });
        HttpContext fc = s.createContext("/filtered", ex -> {
            log("handler sees attribute " + ex.getAttribute("seen-by"));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        fc.getFilters().add(Filter.beforeHandler("first", ex -> {
            log("before 1 " + ex.getRequestURI());
            ex.setAttribute("seen-by", "first");
        }));
        fc.getFilters().add(new Filter() {
            @Override
            public void doFilter(HttpExchange ex, Chain chain) throws IOException {
                log("custom filter in");
                ex.getResponseHeaders().add("X-filtered", "yes");
                chain.doFilter(ex);
                log("custom filter out " + ex.getResponseCode());
            }

            @Override
            public String description() {
                return "custom";
            }
        });
        fc.getFilters().add(Filter.afterHandler("last", ex -> log("after " + ex.getResponseCode())));
        for (Filter f : fc.getFilters()) System.out.println("filter: " + f.description());
        s.start();
        int port = s.getAddress().getPort();
        try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port)) {
            c.setSoTimeout(5000);
            OutputStream out = c.getOutputStream();
            InputStream in = c.getInputStream();
            String[] reqs = {
                "GET /echo/a%20b?x=1&y=%41 HTTP/1.1\r\nHost: test\r\nX-Custom: one\r\nx-custom: two\r\n\r\n",
                "POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 11\r\n\r\nhello world",
                "POST /echo/chunky HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n",
                "GET /echo/sub/x?q=%7E HTTP/1.1\r\nHost: test\r\n\r\n",
                "GET /echo/subway HTTP/1.1\r\nHost: test\r\n\r\n",
                "GET /chunked HTTP/1.1\r\nHost: test\r\n\r\n",
                "GET /errors HTTP/1.1\r\nHost: test\r\n\r\n",
                "GET /echo/v HTTP/2.0\r\n\r\n",
                "GET /echo/x HTTP/1.1 extra\r\n\r\n",
                "\r\n\r\nGET /echo/after-blank-lines HTTP/1.1\r\nX-E:\r\nUser-Agent:   spaced  \r\n\r\n",
                "GET /codes?201 HTTP/1.1\r\n\r\n",
                "GET /codes?204 HTTP/1.1\r\n\r\n",
                "GET /codes?404 HTTP/1.1\r\n\r\n",
                "GET /codes?500 HTTP/1.1\r\n\r\n",
                "HEAD /head HTTP/1.1\r\n\r\n",
                "GET /filtered/x HTTP/1.1\r\n\r\n",
                "GET /head HTTP/1.1\r\n\r\n",
                "GET /chunked?big HTTP/1.1\r\n\r\n",
            };
            for (String r : reqs) {
                out.write(bytes(r));
                System.out.println(r.substring(0, r.indexOf('\r')) + " -> " + response(in));
            }
        }
        String[] closing = {
            "GET /nothing HTTP/1.1\r\n\r\n",
            "GARBAGE\r\n\r\n",
            "GET /echo HTTP/1.1\r\nContent-Length: zz\r\n\r\n",
            "GET /echo HTTP/1.0\r\n\r\n",
            "POST /echo HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "GET /echo HTTP/1.1\r\nNoColonHere\r\n\r\n",
            "GET /echo HTTP/1.1\r\nHost : x\r\n\r\n",
            "GET /echo HTTP/1.1\r\nX\tY: 1\r\n\r\n",
            "GET /echo HTTP/1.1\r\n: empty\r\n\r\n",
            "GET /echo/a%zz HTTP/1.1\r\n\r\n",
            "GET /echo/a|b HTTP/1.1\r\n\r\n",
            "GET /echo\r\n\r\n",
            "GET  /echo HTTP/1.1\r\n\r\n",
            "GET /ec ho HTTP/1.1\r\n\r\n",
            "GET echo HTTP/1.1\r\n\r\n",
            "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        };
        for (String r : closing) {
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port)) {
                c.setSoTimeout(5000);
                c.getOutputStream().write(bytes(r));
                System.out.println(r.substring(0, r.indexOf('\r')) + " -> " + response(c.getInputStream()) + " then " + c.getInputStream().read());
            }
        }
        // stop(delay) lets the exchange in progress finish, then refuses new connections
        s.createContext("/slow", ex -> {
            synchronized (seen) {
                slowStarted = true;
                seen.notifyAll();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                // ignored
            }
            byte[] r = bytes("slow done");
            ex.sendResponseHeaders(200, r.length);
            ex.getResponseBody().write(r);
            ex.close();
        });
        String[] slowReply = new String[1];
        Thread client = new Thread(() -> {
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port)) {
                c.setSoTimeout(5000);
                c.getOutputStream().write(bytes("GET /slow HTTP/1.1\r\n\r\n"));
                slowReply[0] = response(c.getInputStream()) + " then " + c.getInputStream().read();
            } catch (IOException e) {
                slowReply[0] = e.toString();
            }
        });
        client.start();
        synchronized (seen) {
            while (!slowStarted) seen.wait();
        }
        s.stop(5);
        client.join();
        System.out.println("GET /slow during stop -> " + slowReply[0]);
        try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port)) {
            System.out.println("connected after stop?!");
        } catch (IOException e) {
            System.out.println("after stop: " + e);
        }
        for (String l : seen) System.out.println(l);
    }
}
