package mote.net;

/**
 * UDP services in the style of the SML unikernel: bind a port to a handler,
 * then listen. Every datagram is given to its port's handler; a non-null
 * reply goes back to the sender.
 *
 * <pre>
 *   Udp.bind(8080, data -&gt; data);   // echo
 *   Udp.listen();
 * </pre>
 *
 * While {@code listen} waits for a datagram, no other Java thread runs.
 */
public final class Udp {
    /** Turns a request datagram into a reply (or null for none). */
    @FunctionalInterface
    public interface Handler {
        byte[] handle(byte[] data);
    }

    private static final int MAX_DATAGRAM = 65536;
    private static int[] handles = new int[0];
    private static Handler[] handlers = new Handler[0];
    private static int[] ports = new int[0];

    private Udp() {}

    /** Binds {@code port} (all addresses) to {@code handler}. */
    public static void bind(int port, Handler handler) {
        if (handler == null) throw new NullPointerException("handler");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        int h = bind0(port);
        if (h < 0) throw new IllegalStateException("Udp.bind(" + port + ") failed: errno " + (-h));
        int n = handles.length;
        int[] nh = new int[n + 1];
        Handler[] nf = new Handler[n + 1];
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
        byte[] buf = new byte[MAX_DATAGRAM];
        byte[] from = new byte[7];
        for (;;) {
            int n = receive0(handles, buf, from);
            if (n < 0) throw new IllegalStateException("Udp.listen: receive failed: errno " + (-n));
            byte[] data = new byte[n];
            System.arraycopy(buf, 0, data, 0, n);
            int which = from[6] & 0xff;
            byte[] reply = handlers[which].handle(data);
            if (reply != null) {
                int sent = send0(handles[which], reply, reply.length, from);
                if (sent < 0) System.err.println("Udp: reply on port " + ports[which] + " failed: errno " + (-sent));
            }
        }
    }

    private static native int bind0(int port);

    private static native int receive0(int[] handles, byte[] buf, byte[] from);

    private static native int send0(int handle, byte[] data, int len, byte[] to);
}
