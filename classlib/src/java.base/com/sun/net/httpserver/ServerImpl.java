package com.sun.net.httpserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Mote's HttpServer: a dispatcher thread accepts connections; each connection
 * gets a thread that reads requests (HTTP/1.1 keep-alive, chunked or
 * fixed-length bodies) and runs the handler on the executor (none: on the
 * connection's own thread).
 */
final class ServerImpl extends HttpServer {
    private ServerSocket listener;
    private InetSocketAddress address;
    private Executor executor;
    private final List<ContextImpl> contexts = new ArrayList<>();
    /** The contexts, longest path first, for {@link #find} to read without the lock. */
    private volatile ContextImpl[] byLength = new ContextImpl[0];
    private final List<Socket> connections = new ArrayList<>();
    private boolean started, stopping;
    /** Exchanges between their request line and their close. */
    private int active;
    private Thread dispatcher;

    ServerImpl(InetSocketAddress addr, int backlog) throws IOException {
        if (addr != null) bind(addr, backlog);
    }

    @Override
    public synchronized void bind(InetSocketAddress addr, int backlog) throws IOException {
        if (listener != null) throw new java.net.BindException("HttpServer already bound");
        if (addr == null) throw new NullPointerException("null address");
        ServerSocket s = new ServerSocket();
        s.bind(addr, backlog);
        listener = s;
        address = addr;
    }

    @Override
    public synchronized void start() {
        if (listener == null || started || stopping) throw new IllegalStateException("server in wrong state");
        started = true;
        dispatcher = new Thread(this::dispatch, "HTTP-Dispatcher");
        dispatcher.start();
    }

    private void dispatch() {
        while (true) {
            Socket s;
            try {
                s = listener.accept();
            } catch (IOException e) {
                return;
            }
            synchronized (this) {
                if (stopping) {
                    try {
                        s.close();
                    } catch (IOException e) {
                        // ignored
                    }
                    return;
                }
                connections.add(s);
            }
            try {
                s.setTcpNoDelay(true);
            } catch (IOException e) {
                // keep going without it
            }
            Thread t = new Thread(() -> serve(s), "HTTP-Connection");
            t.start();
        }
    }

    @Override
    public synchronized void setExecutor(Executor executor) {
        if (started) throw new IllegalStateException("server already started");
        this.executor = executor;
    }

    @Override
    public synchronized Executor getExecutor() {
        return executor;
    }

    /**
     * Closes the listening socket, waits up to {@code delay} seconds for the
     * exchanges in progress to finish, then closes every connection.
     */
    @Override
    public void stop(int delay) {
        if (delay < 0) throw new IllegalArgumentException("negative delay parameter");
        synchronized (this) {
            stopping = true;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // ignored
        }
        List<Socket> open;
        synchronized (this) {
            long deadline = System.nanoTime() + delay * 1_000_000_000L;
            while (active > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) break;
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    break;
                }
            }
            open = new ArrayList<>(connections);
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // ignored
            }
        }
        Thread d = dispatcher;
        if (d != null && d != Thread.currentThread()) {
            try {
                d.join();
            } catch (InterruptedException e) {
                // ignored
            }
        }
    }

    @Override
    public synchronized HttpContext createContext(String path, HttpHandler handler) {
        if (handler == null) throw new NullPointerException("null handler, or path parameter");
        ContextImpl c = (ContextImpl) createContext(path);
        c.handler = handler;
        return c;
    }

    @Override
    public synchronized HttpContext createContext(String path) {
        if (path == null) throw new NullPointerException("null path parameter");
        if (path.length() == 0 || path.charAt(0) != '/') throw new IllegalArgumentException("Illegal value for path or protocol");
        for (ContextImpl c : contexts) {
            if (c.path.equals(path)) throw new IllegalArgumentException("cannot add context to list");
        }
        ContextImpl c = new ContextImpl(path, this);
        contexts.add(c);
        sortContexts();
        return c;
    }

    @Override
    public synchronized void removeContext(String path) {
        if (path == null) throw new NullPointerException("null path parameter");
        for (int i = 0; i < contexts.size(); i++) {
            if (contexts.get(i).path.equals(path)) {
                contexts.remove(i);
                sortContexts();
                return;
            }
        }
        throw new IllegalArgumentException("cannot remove element from list");
    }

    @Override
    public synchronized void removeContext(HttpContext context) {
        if (!(context instanceof ContextImpl) || !contexts.remove(context)) throw new IllegalArgumentException("wrong HttpContext type");
        sortContexts();
    }

    /** Rebuilds {@link #byLength}; called with the lock held. Equal lengths keep their order of creation. */
    private void sortContexts() {
        ContextImpl[] a = contexts.toArray(new ContextImpl[0]);
        for (int i = 1; i < a.length; i++) { // insertion sort: stable, and there are few
            ContextImpl c = a[i];
            int j = i;
            for (; j > 0 && a[j - 1].path.length() < c.path.length(); j--) a[j] = a[j - 1];
            a[j] = c;
        }
        byLength = a;
    }

    @Override
    public InetSocketAddress getAddress() {
        return listener != null ? (InetSocketAddress) listener.getLocalSocketAddress() : null;
    }

    /** The context with the longest path that prefixes {@code path}. */
    private ContextImpl find(String path) {
        for (ContextImpl c : byLength) {
            if (path.startsWith(c.path)) return c;
        }
        return null;
    }

    // ---- one connection ----

    private void serve(Socket s) {
        try {
            Wire w = new Wire(s);
            while (true) {
                if (!w.nextLine()) break;
                if (w.lineLen == 0) continue; // stray CRLF between requests
                if (!handle(s, w)) break;
            }
        } catch (IOException | RuntimeException e) {
            // connection dropped or handler failed: close it
        } finally {
            synchronized (this) {
                connections.remove(s);
            }
            try {
                s.close();
            } catch (IOException e) {
                // ignored
            }
        }
    }

    static void reject(Wire w, int code, String msg) throws IOException {
        String reason = reason(code);
        String body = "<h1>" + code + " " + reason + "</h1>" + msg;
        w.write("HTTP/1.1 " + code + " " + reason + "\r\nContent-Length: " + body.length()
            + "\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n" + body);
        w.flush();
    }

    /** Serves the request whose request line {@code w} holds; false if the connection is to be closed. */
    private boolean handle(Socket s, Wire w) throws IOException {
        // method SP target SP ... version: the target ends at the second space,
        // the version is whatever follows the last one (HotSpot does not check it)
        byte[] line = w.lineBuf;
        int start = w.lineOff, end = start + w.lineLen;
        int sp1 = mote.util.Bytes.indexOf(line, start, end, ' ');
        int sp2 = sp1 < 0 ? -1 : mote.util.Bytes.indexOf(line, sp1 + 1, end, ' ');
        if (sp1 < 0 || sp2 < 0) {
            reject(w, 400, "Bad request line");
            return false;
        }
        int lastSp = end - 1;
        while (line[lastSp] != ' ') lastSp--;
        String method = w.text(start, sp1, "GET", GET);
        String version = w.text(lastSp + 1, end, "HTTP/1.1", HTTP11);
        URI uri;
        try {
            uri = w.uri(sp1 + 1, sp2);
        } catch (URISyntaxException e) {
            reject(w, 400, "URISyntaxException thrown");
            return false;
        }
        Headers req = new Headers();
        w.connection = w.transferEncoding = w.contentLength = w.expect = null;
        while (true) {
            if (!w.nextLine()) return false;
            if (w.lineLen == 0) break;
            if (!w.addHeaderTo(req)) {
                reject(w, 400, "Header key contains illegal characters");
                return false;
            }
        }
        boolean http10 = version.equals("HTTP/1.0");
        String conn = w.connection;
        boolean close = http10 ? conn == null || !conn.equalsIgnoreCase("keep-alive") : conn != null && conn.equalsIgnoreCase("close");
        InputStream body;
        String te = w.transferEncoding;
        if (te != null && te.equalsIgnoreCase("chunked")) {
            body = new ChunkedIn(w);
        } else {
            String cl = w.contentLength;
            long len = 0;
            if (cl != null) {
                try {
                    len = Long.parseLong(cl);
                } catch (NumberFormatException e) {
                    reject(w, 400, "NumberFormatException thrown");
                    return false;
                }
                if (len < 0) {
                    reject(w, 400, "Illegal Content-Length value");
                    return false;
                }
            }
            body = new FixedIn(w, len);
        }
        String path = uri.getPath();
        ContextImpl ctx = find(path == null ? "" : path);
        if (ctx == null || ctx.handler == null) {
            reject(w, 404, "No context found for request");
            return false;
        }
        String expect = w.expect;
        if (expect != null && expect.equalsIgnoreCase("100-continue") && !http10) {
            w.write("HTTP/1.1 100 Continue\r\nContent-Length: 0\r\n\r\n");
            w.flush();
        }
        ExchangeImpl ex = new ExchangeImpl(this, ctx, s, w, method, uri, version, req, body, close);
        synchronized (this) {
            active++;
        }
        boolean keep = false;
        try {
            if (executor == null) {
                ctx.run(ex);
            } else {
                executor.execute(() -> {
                    try {
                        ctx.run(ex);
                    } catch (IOException | RuntimeException e) {
                        ex.abort();
                    }
                });
            }
            keep = ex.awaitDone();
        } finally {
            synchronized (this) {
                active--;
                // stop() waits for the count to drop only once stopping is set
                if (stopping) {
                    keep = false;
                    notifyAll();
                }
            }
        }
        return keep;
    }

    private static final byte[] GET = {'G', 'E', 'T'};
    // header names the server reads, in normal form (see Headers)
    private static final byte[] CONNECTION = ascii("Connection");
    private static final byte[] TRANSFER_ENCODING = ascii("Transfer-encoding");
    private static final byte[] CONTENT_LENGTH = ascii("Content-length");
    private static final byte[] EXPECT = ascii("Expect");

    @SuppressWarnings("deprecation")
    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        s.getBytes(0, b.length, b, 0);
        return b;
    }
    private static final byte[] HTTP11 = {'H', 'T', 'T', 'P', '/', '1', '.', '1'};

    /** Characters allowed in an RFC 7230 token (header names), by code. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) TOKEN[c] = true;
        for (char c = 'a'; c <= 'z'; c++) TOKEN[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) TOKEN[c] = true;
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) TOKEN[c] = true;
    }

    static String reason(int code) {
        switch (code) {
            case 100: return "Continue";
            case 101: return "Switching Protocols";
            case 200: return "OK";
            case 201: return "Created";
            case 202: return "Accepted";
            case 203: return "Non-Authoritative Information";
            case 204: return "No Content";
            case 205: return "Reset Content";
            case 206: return "Partial Content";
            case 300: return "Multiple Choices";
            case 301: return "Moved Permanently";
            case 302: return "Found";
            case 303: return "See Other";
            case 304: return "Not Modified";
            case 305: return "Use Proxy";
            case 307: return "Temporary Redirect";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 402: return "Payment Required";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 406: return "Not Acceptable";
            case 407: return "Proxy Authentication Required";
            case 408: return "Request Time-out";
            case 409: return "Conflict";
            case 410: return "Gone";
            case 411: return "Length Required";
            case 412: return "Precondition Failed";
            case 413: return "Request Entity Too Large";
            case 414: return "Request-URI Too Large";
            case 415: return "Unsupported Media Type";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Time-out";
            case 505: return "HTTP Version not supported";
            default: return "";
        }
    }

    // ---- the connection's bytes: a read buffer and a write buffer ----

    static final class Wire {
        private final InputStream in;
        private final OutputStream out;
        private final byte[] rbuf = new byte[8192];
        private int rpos, rlen;
        private final byte[] wbuf = new byte[8192];
        private int wlen;

        Wire(Socket s) throws IOException {
            in = s.getInputStream();
            out = s.getOutputStream();
        }

        int read() throws IOException {
            if (rpos == rlen) {
                rlen = in.read(rbuf, 0, rbuf.length);
                rpos = 0;
                if (rlen <= 0) {
                    rlen = 0;
                    return -1;
                }
            }
            return rbuf[rpos++] & 0xff;
        }

        int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (rpos == rlen) {
                if (len >= rbuf.length) return in.read(b, off, len);
                if (read() < 0) return -1;
                rpos--;
            }
            int n = Math.min(len, rlen - rpos);
            System.arraycopy(rbuf, rpos, b, off, n);
            rpos += n;
            return n;
        }

        /**
         * The line {@link #nextLine} found, without its CRLF (or LF): bytes
         * [lineOff, lineOff + lineLen) of lineBuf, valid until the next read.
         */
        byte[] lineBuf;
        int lineOff, lineLen;

        /** The last request target on this connection and its URI (clients repeat targets). */
        private byte[] lastTarget;
        private URI lastUri;
        /** Scratch for a header name being normalised. */
        private byte[] name = new byte[64];
        /**
         * The first value of the request headers the server itself reads,
         * noted by {@link #addHeaderTo} (as {@code Headers.getFirst} would
         * find them, without four map lookups per request).
         */
        String connection, transferEncoding, contentLength, expect;

        /** A line without its CRLF (or LF); null at end of stream. */
        String readLine() throws IOException {
            return nextLine() ? text(lineOff, lineOff + lineLen) : null;
        }

        /** Finds the next line (see {@link #lineBuf}); false at end of stream. */
        boolean nextLine() throws IOException {
            // bytes of a line that spans buffer refills (rare: lines are short)
            byte[] spill = null;
            int spilled = 0;
            while (true) {
                if (rpos == rlen && read() >= 0) rpos--; // refill
                if (rpos == rlen) { // end of stream
                    if (spilled == 0) return false;
                    return setLine(spill, 0, spilled);
                }
                int start = rpos;
                int end = mote.util.Bytes.indexOf(rbuf, start, rlen, '\n');
                if (end < 0) end = rlen;
                int n = end - start;
                if (spilled + n > 65536) throw new IOException("line too long");
                if (end < rlen) { // found the LF
                    rpos = end + 1;
                    if (spilled == 0) return setLine(rbuf, start, n);
                    spill = java.util.Arrays.copyOf(spill, spilled + n);
                    System.arraycopy(rbuf, start, spill, spilled, n);
                    return setLine(spill, 0, spilled + n);
                }
                if (spill == null) spill = new byte[Math.max(256, n)];
                if (spill.length < spilled + n) spill = java.util.Arrays.copyOf(spill, Math.max(spill.length * 2, spilled + n));
                System.arraycopy(rbuf, start, spill, spilled, n);
                spilled += n;
                rpos = rlen;
            }
        }

        private boolean setLine(byte[] b, int off, int n) {
            if (n > 0 && b[off + n - 1] == '\r') n--;
            lineBuf = b;
            lineOff = off;
            lineLen = n;
            return true;
        }

        /** Bytes [from, to) of the line as ISO-8859-1 text. */
        @SuppressWarnings("deprecation")
        String text(int from, int to) {
            return new String(lineBuf, 0, from, to - from);
        }

        /**
         * Like {@link #text(int, int)}, but returns {@code known} itself when
         * the bytes are {@code knownBytes} (its ISO-8859-1 bytes).
         */
        String text(int from, int to, String known, byte[] knownBytes) {
            return spells(from, to, knownBytes) ? known : text(from, to);
        }

        private boolean spells(int from, int to, byte[] t) {
            int n = to - from;
            if (t.length != n) return false;
            byte[] b = lineBuf;
            for (int i = 0; i < n; i++) {
                if (b[from + i] != t[i]) return false;
            }
            return true;
        }

        /** The request target in bytes [from, to) as a URI; the last one again when it repeats. */
        URI uri(int from, int to) throws URISyntaxException {
            if (lastTarget != null && spells(from, to, lastTarget)) return lastUri;
            URI u = new URI(text(from, to));
            lastTarget = java.util.Arrays.copyOfRange(lineBuf, from, to);
            lastUri = u;
            return u;
        }

        /**
         * Adds the line, a header "Name: value", to {@code h}: the name in
         * normal form (see {@link Headers}), the value trimmed. False if the
         * name is empty or not an RFC 7230 token.
         */
        @SuppressWarnings("deprecation")
        boolean addHeaderTo(Headers h) {
            byte[] b = lineBuf;
            int start = lineOff, end = start + lineLen;
            int colon = mote.util.Bytes.indexOf(b, start, end, ':');
            int n = colon - start;
            if (n <= 0) return false;
            if (name.length < n) name = new byte[n];
            byte[] k = name;
            for (int i = 0; i < n; i++) {
                int c = b[start + i] & 0xff;
                if (c >= 128 || !TOKEN[c]) return false;
                // first character upper case, the rest lower case
                if (i == 0 ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') c ^= 0x20;
                k[i] = (byte) c;
            }
            int from = colon + 1, to = end;
            while (from < to && (b[from] & 0xff) <= ' ') from++;
            while (to > from && (b[to - 1] & 0xff) <= ' ') to--;
            String value = text(from, to);
            h.addNormal(new String(k, 0, 0, n), value);
            switch (n) { // the names the server reads: their first value
                case 6:
                    if (expect == null && same(k, EXPECT)) expect = value;
                    break;
                case 10:
                    if (connection == null && same(k, CONNECTION)) connection = value;
                    break;
                case 14:
                    if (contentLength == null && same(k, CONTENT_LENGTH)) contentLength = value;
                    break;
                case 17:
                    if (transferEncoding == null && same(k, TRANSFER_ENCODING)) transferEncoding = value;
                    break;
                default:
            }
            return true;
        }

        /** Whether {@code k} starts with the bytes of {@code name}. */
        private static boolean same(byte[] k, byte[] name) {
            for (int i = 0; i < name.length; i++) {
                if (k[i] != name[i]) return false;
            }
            return true;
        }

        void write(byte[] b, int off, int len) throws IOException {
            if (len > wbuf.length - wlen) {
                flush();
                if (len > wbuf.length) {
                    out.write(b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, wbuf, wlen, len);
            wlen += len;
        }

        @SuppressWarnings("deprecation")
        void write(String s) throws IOException {
            int n = s.length();
            if (n > wbuf.length - wlen) {
                byte[] b = new byte[n];
                s.getBytes(0, n, b, 0); // ISO-8859-1: headers are
                write(b, 0, n);
                return;
            }
            s.getBytes(0, n, wbuf, wlen);
            wlen += n;
        }

        /** The empty line that ends a head. */
        void endHeaders() throws IOException {
            if (wbuf.length - wlen < 2) flush();
            wbuf[wlen++] = '\r';
            wbuf[wlen++] = '\n';
        }

        /** "name: value" and CRLF. */
        @SuppressWarnings("deprecation")
        void writeHeader(String name, String value) throws IOException {
            int nl = name.length(), vl = value.length();
            if (nl + vl + 4 > wbuf.length - wlen) { // rare: let write(String) refill or spill
                write(name);
                write(": ");
                write(value);
                write("\r\n");
                return;
            }
            byte[] b = wbuf;
            int at = wlen;
            name.getBytes(0, nl, b, at); // ISO-8859-1: headers are
            at += nl;
            b[at++] = ':';
            b[at++] = ' ';
            value.getBytes(0, vl, b, at);
            at += vl;
            b[at++] = '\r';
            b[at++] = '\n';
            wlen = at;
        }

        void flush() throws IOException {
            if (wlen > 0) {
                out.write(wbuf, 0, wlen);
                wlen = 0;
            }
        }
    }

    /** A request body of known length. */
    static final class FixedIn extends InputStream {
        private final Wire w;
        long remaining;
        boolean closed;

        FixedIn(Wire w, long len) {
            this.w = w;
            this.remaining = len;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) <= 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (closed) throw new IOException("stream is closed");
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (remaining == 0) return -1;
            if (len == 0) return 0;
            int n = w.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) throw new IOException("connection closed before all data received");
            remaining -= n;
            return n;
        }

        @Override
        public int available() {
            return 0;
        }

        @Override
        public void close() throws IOException {
            drain();
            closed = true;
        }

        void drain() throws IOException {
            if (closed || remaining == 0) return; // nothing left: no buffer
            byte[] junk = new byte[2048];
            while (read(junk, 0, junk.length) > 0) {}
        }
    }

    /** A chunked request body (RFC 7230 4.1; trailers are skipped). */
    static final class ChunkedIn extends InputStream {
        private final Wire w;
        private long left;
        private boolean eof, closed;

        ChunkedIn(Wire w) {
            this.w = w;
        }

        private boolean next() throws IOException {
            String line = w.readLine();
            if (line == null) throw new IOException("connection closed before all data received");
            int semi = line.indexOf(';');
            if (semi >= 0) line = line.substring(0, semi);
            line = line.trim();
            long n;
            try {
                n = Long.parseLong(line, 16);
            } catch (NumberFormatException e) {
                throw new IOException("Bad chunk header");
            }
            if (n < 0) throw new IOException("Bad chunk header");
            if (n == 0) {
                String t;
                do {
                    t = w.readLine();
                } while (t != null && !t.isEmpty());
                eof = true;
                return false;
            }
            left = n;
            return true;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) <= 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (closed) throw new IOException("stream is closed");
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (eof) return -1;
            if (len == 0) return 0;
            if (left == 0 && !next()) return -1;
            int n = w.read(b, off, (int) Math.min(len, left));
            if (n < 0) throw new IOException("connection closed before all data received");
            left -= n;
            if (left == 0) w.readLine(); // the CRLF after the chunk
            return n;
        }

        @Override
        public void close() throws IOException {
            drain();
            closed = true;
        }

        void drain() throws IOException {
            if (closed) return;
            byte[] junk = new byte[2048];
            while (read(junk, 0, junk.length) > 0) {}
        }
    }

    static final class ContextImpl extends HttpContext {
        final String path;
        final ServerImpl server;
        HttpHandler handler;
        private final Map<String, Object> attributes = new HashMap<>();
        private final List<Filter> filters = new ArrayList<>();

        ContextImpl(String path, ServerImpl server) {
            this.path = path;
            this.server = server;
        }

        @Override
        public HttpHandler getHandler() {
            return handler;
        }

        @Override
        public void setHandler(HttpHandler h) {
            if (h == null) throw new NullPointerException("Null handler parameter");
            if (handler != null) throw new IllegalArgumentException("handler already set");
            handler = h;
        }

        @Override
        public String getPath() {
            return path;
        }

        @Override
        public HttpServer getServer() {
            return server;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return attributes;
        }

        @Override
        public List<Filter> getFilters() {
            return filters;
        }

        /** The context's filters, then its handler. */
        void run(HttpExchange ex) throws IOException {
            if (filters.isEmpty()) {
                handler.handle(ex);
            } else {
                new Filter.Chain(new ArrayList<>(filters), handler).doFilter(ex);
            }
        }
    }
}
