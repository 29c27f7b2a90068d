package java.net;

import java.io.IOException;

/** A listening TCP socket (IPv4). */
public class ServerSocket implements java.io.Closeable {
    private int fd = -1;
    private boolean bound, closed;
    private int timeout;
    private InetAddress localAddr;
    private int localPort = -1;
    private final Object closeLock = new Object();

    public ServerSocket() throws IOException {}

    public ServerSocket(int port) throws IOException {
        this(port, 50, null);
    }

    public ServerSocket(int port, int backlog) throws IOException {
        this(port, backlog, null);
    }

    public ServerSocket(int port, int backlog, InetAddress bindAddr) throws IOException {
        if (port < 0 || port > 0xffff) throw new IllegalArgumentException("Port value out of range: " + port);
        try {
            bind(new InetSocketAddress(bindAddr, port), backlog);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private int handle() throws SocketException {
        if (fd < 0) {
            fd = Net.open(0);
            Net.setOpt(fd, Net.SO_REUSEADDR, 1);
        }
        return fd;
    }

    public void bind(SocketAddress endpoint) throws IOException {
        bind(endpoint, 50);
    }

    public void bind(SocketAddress endpoint, int backlog) throws IOException {
        if (closed) throw new SocketException("Socket is closed");
        if (bound) throw new SocketException("Already bound");
        if (endpoint == null) endpoint = new InetSocketAddress(0);
        if (!(endpoint instanceof InetSocketAddress)) throw new IllegalArgumentException("Unsupported address type");
        InetSocketAddress ep = (InetSocketAddress) endpoint;
        if (ep.isUnresolved()) throw new SocketException("Unresolved address");
        if (backlog < 1) backlog = 50;
        int h = handle();
        int r = Net.bind0(h, Net.addrInt(ep.getAddress()), ep.getPort());
        if (r == 0) r = Net.listen0(h, backlog);
        if (r < 0) throw Net.error(-r);
        bound = true;
        InetSocketAddress l = Net.sockAddr(h, false);
        localPort = l != null ? l.getPort() : -1;
        localAddr = ep.getAddress().isAnyLocalAddress() ? InetAddress.getByAddressUnchecked() : ep.getAddress();
    }

    public Socket accept() throws IOException {
        if (closed) throw new SocketException("Socket is closed");
        if (!bound) throw new SocketException("Socket is not bound yet");
        long deadline = Net.deadline(timeout);
        int[] peer = new int[2];
        while (true) {
            int h = Net.accept0(fd, peer);
            if (h >= 0) return new Socket(h, Net.intAddr(peer[0]), peer[1]);
            if (closed) throw new SocketException("Socket closed");
            if (h != -Net.EAGAIN && h != -103) throw Net.error(-h);
            if (!Net.await(fd, Net.READ, deadline)) throw new SocketTimeoutException("Accept timed out");
            if (closed) throw new SocketException("Socket closed");
        }
    }

    public InetAddress getInetAddress() {
        return bound ? localAddr : null;
    }

    public int getLocalPort() {
        return bound ? localPort : -1;
    }

    public SocketAddress getLocalSocketAddress() {
        return bound ? new InetSocketAddress(localAddr, localPort) : null;
    }

    public void setSoTimeout(int timeout) throws SocketException {
        if (closed) throw new SocketException("Socket is closed");
        if (timeout < 0) throw new IllegalArgumentException("timeout < 0");
        this.timeout = timeout;
    }

    public int getSoTimeout() throws IOException {
        if (closed) throw new SocketException("Socket is closed");
        return timeout;
    }

    private static final java.util.Set<SocketOption<?>> OPTIONS = Net.options(StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR);

    public <T> ServerSocket setOption(SocketOption<T> name, T value) throws java.io.IOException {
        Net.setOption(closed ? -1 : handle(), OPTIONS, name, value, closed);
        return this;
    }

    public <T> T getOption(SocketOption<T> name) throws java.io.IOException {
        return Net.getOption(closed ? -1 : handle(), OPTIONS, name, closed);
    }

    public java.util.Set<SocketOption<?>> supportedOptions() {
        return new java.util.HashSet<>(OPTIONS);
    }

    public void setReuseAddress(boolean on) throws SocketException {
        if (closed) throw new SocketException("Socket is closed");
        Net.setOpt(handle(), Net.SO_REUSEADDR, on ? 1 : 0);
    }

    public boolean getReuseAddress() throws SocketException {
        if (closed) throw new SocketException("Socket is closed");
        return Net.getOpt(handle(), Net.SO_REUSEADDR) != 0;
    }

    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) throw new IllegalArgumentException("negative receive size");
        if (closed) throw new SocketException("Socket is closed");
        Net.setOpt(handle(), Net.SO_RCVBUF, size);
    }

    public int getReceiveBufferSize() throws SocketException {
        if (closed) throw new SocketException("Socket is closed");
        return Net.getOpt(handle(), Net.SO_RCVBUF);
    }

    public boolean isBound() {
        return bound;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() throws IOException {
        synchronized (closeLock) {
            if (closed) return;
            closed = true;
            if (fd >= 0) {
                Net.shutdown0(fd, 2);
                Net.close0(fd);
            }
        }
    }

    @Override
    public String toString() {
        if (!bound) return "ServerSocket[unbound]";
        return "ServerSocket[addr=" + localAddr + ",localport=" + localPort + "]";
    }
}
