package java.net;

import java.io.IOException;

/**
 * Mote's socket natives (non-blocking; results are -errno on failure) and the
 * blocking loops built on them: a call that would block parks the Java thread
 * on the socket's readiness, so other Java threads keep running.
 */
final class Net {
    private Net() {}

    static final int EAGAIN = 11;
    static final int EINPROGRESS = 115;
    static final int READ = 1;
    static final int WRITE = 2;

    // options (see Platform::sock_set_opt)
    static final int TCP_NODELAY = 1;
    static final int SO_REUSEADDR = 2;
    static final int SO_KEEPALIVE = 3;
    static final int SO_RCVBUF = 4;
    static final int SO_SNDBUF = 5;
    static final int SO_BROADCAST = 6;
    static final int SO_LINGER = 7;
    /** Read-only: bytes that can be read without blocking. */
    static final int AVAILABLE = 8;

    static native int open0(int kind);
    static native int bind0(int h, int addr, int port);
    static native int listen0(int h, int backlog);
    static native int accept0(int h, int[] peer);
    static native int connect0(int h, int addr, int port);
    static native int connectResult0(int h);
    static native int disconnect0(int h);
    static native int send0(int h, byte[] b, int off, int len);
    static native int recv0(int h, byte[] b, int off, int len);
    static native int sendTo0(int h, byte[] b, int off, int len, int addr, int port);
    static native int recvFrom0(int h, byte[] b, int off, int len, int[] from);
    static native int shutdown0(int h, int how);
    static native void close0(int h);
    static native long addr0(int h, boolean peer);
    static native int setOpt0(int h, int opt, int value);
    static native long getOpt0(int h, int opt);
    /** Parks until socket h is ready for events, or until deadline (System.nanoTime; 0 = none). */
    static native void await0(int h, int events, long deadline);
    static native int[] resolve0(String name);

    /** The longest a thread parks before re-checking (a socket closed under it). */
    private static final long SLICE = 1_000_000_000L;

    /** Deadline for a timeout in milliseconds (0 = none). */
    static long deadline(int timeoutMillis) {
        return timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
    }

    /** Waits for readiness; false if the deadline has passed. */
    static boolean await(int h, int events, long deadline) {
        long now = System.nanoTime();
        if (deadline != 0 && now - deadline >= 0) return false;
        long until = now + SLICE;
        if (deadline != 0 && deadline - until < 0) until = deadline;
        await0(h, events, until == 0 ? 1 : until);
        return true;
    }

    static String message(int errno) {
        switch (errno) {
            case 1: return "Operation not permitted";
            case 9: return "Bad file descriptor";
            case 13: return "Permission denied";
            case 22: return "Invalid argument";
            case 24: return "Too many open files";
            case 32: return "Broken pipe";
            case 38: return "Function not implemented";
            case 90: return "Message too long";
            case 97: return "Address family not supported by protocol";
            case 98: return "Address already in use";
            case 99: return "Cannot assign requested address";
            case 100: return "Network is down";
            case 101: return "Network is unreachable";
            case 103: return "Software caused connection abort";
            case 104: return "Connection reset";
            case 107: return "Socket is not connected";
            case 110: return "Connection timed out";
            case 111: return "Connection refused";
            case 113: return "No route to host";
            default: return "errno " + errno;
        }
    }

    /** The exception HotSpot throws for errno in a socket call. */
    static IOException error(int errno) {
        String m = message(errno);
        switch (errno) {
            case 98:
            case 99:
            case 13:
                return new BindException(m);
            case 111:
            case 110:
                return new ConnectException(m);
            case 113:
            case 101:
                return new NoRouteToHostException(m);
            default:
                return new SocketException(m);
        }
    }

    static int addrInt(InetAddress a) throws SocketException {
        if (!(a instanceof Inet4Address)) throw new SocketException("Protocol family unavailable");
        byte[] b = a.getAddress();
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    static InetAddress intAddr(int a) {
        return new Inet4Address(null, new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a});
    }

    /** Local or peer address of h, or null. */
    static InetSocketAddress sockAddr(int h, boolean peer) {
        long r = addr0(h, peer);
        if (r < 0) return null;
        return new InetSocketAddress(intAddr((int) (r >>> 16)), (int) (r & 0xffff));
    }

    static int open(int kind) throws SocketException {
        int h = open0(kind);
        if (h < 0) throw (SocketException) asSocketException(error(-h));
        return h;
    }

    private static IOException asSocketException(IOException e) {
        return e instanceof SocketException ? e : new SocketException(e.getMessage());
    }

    static void setOpt(int h, int opt, int v) throws SocketException {
        int r = setOpt0(h, opt, v);
        if (r < 0) throw new SocketException(message(-r));
    }

    static int getOpt(int h, int opt) throws SocketException {
        long r = getOpt0(h, opt);
        if (r < Integer.MIN_VALUE) throw new SocketException(message((int) (r - Long.MIN_VALUE)));
        return (int) r;
    }

    // ---- SocketOption support shared by Socket, ServerSocket and DatagramSocket ----

    /** The platform option number of a standard option, or 0. */
    static int optNumber(SocketOption<?> name) {
        if (name == StandardSocketOptions.TCP_NODELAY) return TCP_NODELAY;
        if (name == StandardSocketOptions.SO_REUSEADDR) return SO_REUSEADDR;
        if (name == StandardSocketOptions.SO_KEEPALIVE) return SO_KEEPALIVE;
        if (name == StandardSocketOptions.SO_RCVBUF) return SO_RCVBUF;
        if (name == StandardSocketOptions.SO_SNDBUF) return SO_SNDBUF;
        if (name == StandardSocketOptions.SO_BROADCAST) return SO_BROADCAST;
        if (name == StandardSocketOptions.SO_LINGER) return SO_LINGER;
        return 0;
    }

    static java.util.Set<SocketOption<?>> options(SocketOption<?>... opts) {
        java.util.HashSet<SocketOption<?>> s = new java.util.HashSet<>();
        for (SocketOption<?> o : opts) s.add(o);
        return s;
    }

    /** Checks and sets a standard option on h ({@code supported} lists the options of the socket kind). */
    static <T> void setOption(int h, java.util.Set<SocketOption<?>> supported, SocketOption<T> name, T value, boolean closed)
            throws java.io.IOException {
        java.util.Objects.requireNonNull(name);
        if (!supported.contains(name)) throw new UnsupportedOperationException("'" + name + "' not supported");
        if (value == null) throw new IllegalArgumentException("Invalid value 'null'");
        if (closed) throw new SocketException("Socket is closed");
        int opt = optNumber(name);
        int v;
        if (value instanceof Boolean) {
            v = ((Boolean) value) ? 1 : 0;
        } else {
            v = (Integer) value;
            if ((opt == SO_RCVBUF || opt == SO_SNDBUF) && v < 0) throw new IllegalArgumentException("Invalid send/receive buffer size");
            if (opt == SO_LINGER) v = v < 0 ? -1 : Math.min(v, 65535);
        }
        setOpt(h, opt, v);
    }

    @SuppressWarnings("unchecked")
    static <T> T getOption(int h, java.util.Set<SocketOption<?>> supported, SocketOption<T> name, boolean closed)
            throws java.io.IOException {
        java.util.Objects.requireNonNull(name);
        if (!supported.contains(name)) throw new UnsupportedOperationException("'" + name + "' not supported");
        if (closed) throw new SocketException("Socket is closed");
        int v = getOpt(h, optNumber(name));
        if (name.type() == Boolean.class) return (T) Boolean.valueOf(v != 0);
        return (T) Integer.valueOf(v);
    }
}
