package mote.net;

/**
 * UDP services in the style of the SML unikernel: bind a port to a handler,
 * then listen. Every datagram is given to its port's handler; a reply goes
 * back to the sender.
 *
 * <pre>
 *   Udp.bind(8080, data -&gt; data);              // echo, one array per datagram
 *   Udp.bindInPlace(8080, (buf, len) -&gt; len);  // echo, no allocation at all
 *   Udp.listen();
 * </pre>
 *
 * While {@code listen} waits for a datagram, no other Java thread runs.
 * One native call per datagram both sends the previous reply and receives
 * the next request, into one buffer that lives as long as {@code listen}.
 */
public final class Udp {
    /** Turns a request datagram into a reply (or null for none). */
    @FunctionalInterface
    public interface Handler {
        byte[] handle(byte[] data);
    }

    /**
     * Handles a datagram in place: the request is {@code buf[0, len)}; the
     * handler writes its reply into {@code buf} (up to {@code buf.length}
     * bytes) and returns the reply's length, or a negative number for no
     * reply. {@code buf} is reused for the next datagram: keep a copy of
     * anything needed later.
     */
    @FunctionalInterface
    public interface InPlace {
        int handle(byte[] buf, int len);
    }

    /** The largest UDP payload over IPv4; also the size of the buffer. */
    public static final int MAX_DATAGRAM = 65507;
    private static int[] handles = new int[0];
    private static Object[] handlers = new Object[0];
    private static int[] ports = new int[0];

    private Udp() {}

    /** Binds {@code port} (all addresses) to {@code handler}. */
    public static void bind(int port, Handler handler) {
        if (handler == null) throw new NullPointerException("handler");
        add(port, handler);
    }

    /** Binds {@code port} (all addresses) to an in-place {@code handler}. */
    public static void bindInPlace(int port, InPlace handler) {
        if (handler == null) throw new NullPointerException("handler");
        add(port, handler);
    }

    private static void add(int port, Object handler) {
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (handles.length >= 255) throw new IllegalStateException("Udp.bind: at most 255 ports");
        int h = bind0(port);
        if (h < 0) throw new IllegalStateException("Udp.bind(" + port + ") failed: errno " + (-h));
        int n = handles.length;
        int[] nh = new int[n + 1];
        Object[] nf = new Object[n + 1];
        int[] np = new int[n + 1];
        System.arraycopy(handles, 0, nh, 0, n);
        System.arraycopy(handlers, 0, nf, 0, n);
        System.arraycopy(ports, 0, np, 0, n);
        nh[n] = h;
        nf[n] = handler;
        np[n] = port;
        handles = nh;
        handlers = nf;
        ports = np;
    }

    /** Serves the bound ports forever. */
    public static void listen() {
        if (handles.length == 0) throw new IllegalStateException("Udp.listen: no port bound");
        int[] hs = handles;
        Object[] fs = handlers;
        byte[] buf = new byte[MAX_DATAGRAM];
        // the sender of the last request (4 address bytes, 2 port bytes), the
        // index of its port, and the errno of the last reply's send (0: sent)
        byte[] peer = new byte[8];
        int reply = -1;
        if (fs.length == 1 && fs[0] instanceof InPlace) {
            // one port answered in place (echo, DNS): the loop without dispatch
            InPlace f = (InPlace) fs[0];
            for (;;) {
                int n = serve0(hs, buf, reply, peer);
                if (n < 0) throw new IllegalStateException("Udp.listen: receive failed: errno " + (-n));
                if (peer[7] != 0) {
                    System.err.println("Udp: a reply failed: errno " + (peer[7] & 0xff));
                    peer[7] = 0;
                }
                reply = f.handle(buf, n);
                if (reply > buf.length) {
                    System.err.println("Udp: reply on port " + ports[0] + " is longer than the buffer: dropped");
                    reply = -1;
                }
            }
        }
        for (;;) {
            int n = serve0(hs, buf, reply, peer);
            if (n < 0) throw new IllegalStateException("Udp.listen: receive failed: errno " + (-n));
            int which = peer[6] & 0xff;
            if (peer[7] != 0) {
                System.err.println("Udp: a reply failed: errno " + (peer[7] & 0xff));
                peer[7] = 0;
            }
            Object f = fs[which];
            if (f instanceof InPlace) {
                reply = ((InPlace) f).handle(buf, n);
                if (reply > buf.length) {
                    System.err.println("Udp: reply on port " + ports[which] + " is longer than the buffer: dropped");
                    reply = -1;
                }
            } else {
                byte[] data = new byte[n];
                System.arraycopy(buf, 0, data, 0, n);
                byte[] r = ((Handler) f).handle(data);
                if (r == null) {
                    reply = -1;
                } else if (r.length > buf.length) {
                    System.err.println("Udp: reply on port " + ports[which] + " is longer than " + buf.length + " bytes: dropped");
                    reply = -1;
                } else {
                    System.arraycopy(r, 0, buf, 0, r.length);
                    reply = r.length;
                }
            }
        }
    }

    private static native int bind0(int port);

    /**
     * Sends {@code buf[0, reply)} (when {@code reply >= 0}) to the sender in
     * {@code peer} from the port at index {@code peer[6]}, recording a failure's
     * errno in {@code peer[7]}; then waits for the next datagram on any of
     * {@code handles}, into {@code buf}, with its sender and port index in
     * {@code peer}. The datagram's length, or -errno.
     */
    private static native int serve0(int[] handles, byte[] buf, int reply, byte[] peer);
}
