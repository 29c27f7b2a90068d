package com.sun.net.httpserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One request/response on a connection of {@link ServerImpl}. */
final class ExchangeImpl extends HttpExchange {
    private final ServerImpl server;
    private final ServerImpl.ContextImpl ctx;
    private final Socket socket;
    private final ServerImpl.Wire wire;
    private final String method;
    private final URI uri;
    private final String protocol;
    private final Headers reqHeaders;
    private final Headers rspHeaders = new Headers();
    private InputStream reqBody;
    private OutputStream rspBody;
    private final RespOut out = new RespOut();
    private final boolean closeAfter;
    /** Made on the first setAttribute: most exchanges have none. */
    private Map<String, Object> attributes;
    private int code = -1;
    private boolean sent, done, keepAlive;
    /** Response body bytes still expected (fixed length), -1 chunked, -2 none. */
    private long remaining;

    ExchangeImpl(ServerImpl server, ServerImpl.ContextImpl ctx, Socket socket, ServerImpl.Wire wire, String method, URI uri,
            String protocol, Headers reqHeaders, InputStream body, boolean closeAfter) {
        this.server = server;
        this.ctx = ctx;
        this.socket = socket;
        this.wire = wire;
        this.method = method;
        this.uri = uri;
        this.protocol = protocol;
        this.reqHeaders = reqHeaders;
        this.reqBody = body;
        this.rspBody = out;
        this.closeAfter = closeAfter;
    }

    @Override
    public Headers getRequestHeaders() {
        return reqHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return rspHeaders;
    }

    @Override
    public URI getRequestURI() {
        return uri;
    }

    @Override
    public String getRequestMethod() {
        return method;
    }

    @Override
    public HttpContext getHttpContext() {
        return ctx;
    }

    @Override
    public InputStream getRequestBody() {
        return reqBody;
    }

    @Override
    public OutputStream getResponseBody() {
        return rspBody;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public int getResponseCode() {
        return code;
    }

    @Override
    public String getProtocol() {
        return protocol;
    }

    @Override
    public Object getAttribute(String name) {
        if (name == null) throw new NullPointerException("null name parameter");
        return attributes == null ? null : attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (name == null) throw new NullPointerException("null name parameter");
        if (attributes == null) attributes = new HashMap<>();
        attributes.put(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        if (i != null) reqBody = i;
        if (o != null) rspBody = o;
    }

    @Override
    public void sendResponseHeaders(int rCode, long len) throws IOException {
        if (sent) throw new IOException("headers already sent");
        sent = true;
        code = rCode;
        boolean head = method.equals("HEAD");
        boolean noBody = rCode == 204 || rCode == 304 || (rCode >= 100 && rCode < 200);
        if (noBody) {
            remaining = -2;
        } else if (head) {
            remaining = -2;
        } else if (len == 0) {
            rspHeaders.setNormal("Transfer-encoding", "chunked");
            remaining = -1;
            chunk = new byte[4096];
        } else {
            if (len < 0) len = 0;
            rspHeaders.setNormal("Content-length", lengthText(len));
            remaining = len == 0 ? -2 : len;
        }
        wire.write(statusLine(rCode));
        if (closeAfter) rspHeaders.setNormal("Connection", "close");
        rspHeaders.setNormal("Date", httpDate(System.currentTimeMillis()));
        rspHeaders.writeTo(wire);
        wire.endHeaders();
        // without a body the response is complete: send it now; otherwise the
        // headers go out with the first body bytes (or at flush/close)
        if (remaining == -2) wire.flush();
    }

    /** Called when the handler (or its executor task) is finished with the exchange. */
    @Override
    public void close() {
        synchronized (this) {
            if (done) return;
        }
        boolean ok = sent;
        try {
            if (sent && remaining == -1) {
                writeChunk();
                wire.write("0\r\n\r\n");
                remaining = -2;
            } else if (sent && remaining > 0) {
                ok = false;
            }
            wire.flush();
            if (ok && !closeAfter) {
                if (reqBody instanceof ServerImpl.FixedIn) ((ServerImpl.FixedIn) reqBody).drain();
                else if (reqBody instanceof ServerImpl.ChunkedIn) ((ServerImpl.ChunkedIn) reqBody).drain();
            }
        } catch (IOException e) {
            ok = false;
        }
        synchronized (this) {
            keepAlive = ok && !closeAfter;
            done = true;
            notifyAll();
        }
    }

    void abort() {
        synchronized (this) {
            keepAlive = false;
            done = true;
            notifyAll();
        }
    }

    /** Waits until the exchange is closed; whether the connection can carry another request. */
    synchronized boolean awaitDone() {
        while (!done) {
            if (socket.isClosed()) return false;
            try {
                wait(200);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return keepAlive;
    }

    /** Chunked responses: bytes of the chunk being filled (made when the response is chunked). */
    private byte[] chunk;
    private int chunkLen;

    private void writeChunk() throws IOException {
        if (chunkLen == 0) return;
        wire.write(Integer.toHexString(chunkLen) + "\r\n");
        wire.write(chunk, 0, chunkLen);
        wire.write("\r\n");
        chunkLen = 0;
    }

    /** The response body stream. */
    private final class RespOut extends OutputStream {
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (closed) throw new IOException("stream is closed");
            if (!sent) throw new IOException("response headers not sent yet");
            if (len == 0) return;
            if (remaining == -1) {
                while (len > 0) {
                    int n = Math.min(len, chunk.length - chunkLen);
                    System.arraycopy(b, off, chunk, chunkLen, n);
                    chunkLen += n;
                    off += n;
                    len -= n;
                    if (chunkLen == chunk.length) writeChunk();
                }
            } else if (remaining == -2) {
                if (!method.equals("HEAD")) throw new IOException("too many bytes to write to stream");
            } else {
                if (len > remaining) throw new IOException("too many bytes to write to stream");
                wire.write(b, off, len);
                remaining -= len;
            }
        }

        @Override
        public void flush() throws IOException {
            if (closed) throw new IOException("stream is closed");
            if (remaining == -1) writeChunk();
            wire.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            if (remaining > 0) {
                ExchangeImpl.this.close();
                throw new IOException("insufficient bytes written to stream");
            }
            ExchangeImpl.this.close();
        }
    }

    /** "HTTP/1.1 code reason" and CRLF; the usual 200 without building it. */
    private static String statusLine(int code) {
        if (code == 200) return "HTTP/1.1 200 OK\r\n";
        return "HTTP/1.1 " + code + " " + ServerImpl.reason(code) + "\r\n";
    }

    /**
     * A header text made last time and what it was made from: a busy server
     * sends the same Content-length and, within a second, the same Date.
     */
    private static final class Memo {
        final long from;
        final String text;

        Memo(long from, String text) {
            this.from = from;
            this.text = text;
        }
    }

    private static volatile Memo lastLength = new Memo(-1, "");

    private static String lengthText(long len) {
        Memo last = lastLength;
        if (last.from == len) return last.text;
        String text = Long.toString(len);
        lastLength = new Memo(len, text);
        return text;
    }

    private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    private static volatile Memo lastDate = new Memo(Long.MIN_VALUE, "");

    /** RFC 1123 date in GMT, e.g. "Sun, 22 Nov 2026 22:12:45 GMT". */
    static String httpDate(long millis) {
        long secs = Math.floorDiv(millis, 1000L);
        Memo last = lastDate;
        if (last.from == secs) return last.text;
        String text = formatDate(secs);
        lastDate = new Memo(secs, text);
        return text;
    }

    private static String formatDate(long secs) {
        long days = Math.floorDiv(secs, 86400L);
        long sod = secs - days * 86400L;
        // civil date from days since 1970-01-01 (proleptic Gregorian)
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) y++;
        String dow = DAYS[(int) Math.floorMod(days, 7L)];
        return dow + ", " + two(d) + " " + MONTHS[(int) m - 1] + " " + y + " " + two(sod / 3600) + ":" + two(sod / 60 % 60) + ":"
            + two(sod % 60) + " GMT";
    }
}
