package java.net;

import java.io.IOException;

/** A UDP socket (IPv4). */
public class DatagramSocket implements java.io.Closeable {
    private int fd = -1;
    private boolean bound, closed, connected;
    private int timeout;
    private int localPort;
    private InetAddress connAddr;
    private int connPort = -1;
    private final Object closeLock = new Object();

    public DatagramSocket() throws SocketException {
        this(new InetSocketAddress(0));
    }

    public DatagramSocket(int port) throws SocketException {
        this(port, null);
    }

    public DatagramSocket(int port, InetAddress laddr) throws SocketException {
        this(new InetSocketAddress(laddr, port));
    }

    public DatagramSocket(SocketAddress bindaddr) throws SocketException {
        handle();
        if (bindaddr != null) {
            try {
                bind(bindaddr);
            } catch (SocketException | RuntimeException e) {
                close();
                throw e;
            }
        }
    }

    private int handle() throws SocketException {
        if (fd < 0) {
            fd = Net.open(1);
            // HotSpot enables broadcast on datagram sockets
            Net.setOpt0(fd, Net.SO_BROADCAST, 1);
        }
        return fd;
    }

    private void checkOpen() throws SocketException {
        if (closed) throw new SocketException("Socket is closed");
    }

    public synchronized void bind(SocketAddress addr) throws SocketException {
        checkOpen();
        if (bound) throw new SocketException("already bound");
        if (addr == null) addr = new InetSocketAddress(0);
        if (!(addr instanceof InetSocketAddress)) throw new IllegalArgumentException("Unsupported address type!");
        InetSocketAddress ep = (InetSocketAddress) addr;
        if (ep.isUnresolved()) throw new SocketException("Unresolved address");
        int r = Net.bind0(handle(), Net.addrInt(ep.getAddress()), ep.getPort());
        if (r < 0) {
            java.io.IOException e = Net.error(-r);
            throw e instanceof SocketException ? (SocketException) e : new SocketException(e.getMessage());
        }
        bound = true;
        InetSocketAddress l = Net.sockAddr(fd, false);
        localPort = l != null ? l.getPort() : 0;
    }

    public void connect(InetAddress address, int port) {
        try {
            connect(new InetSocketAddress(address, port));
        } catch (SocketException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    public void connect(SocketAddress addr) throws SocketException {
        if (addr == null) throw new IllegalArgumentException("Address can't be null");
        if (!(addr instanceof InetSocketAddress)) throw new IllegalArgumentException("Unsupported address type");
        InetSocketAddress ep = (InetSocketAddress) addr;
        if (ep.isUnresolved()) throw new SocketException("Unresolved address");
        checkOpen();
        if (!bound) bind(null);
        int r = Net.connect0(fd, Net.addrInt(ep.getAddress()), ep.getPort());
        if (r < 0) throw new SocketException(Net.message(-r));
        connected = true;
        connAddr = ep.getAddress();
        connPort = ep.getPort();
    }

    public void disconnect() {
        if (closed || !connected) return;
        Net.disconnect0(fd);
        connected = false;
        connAddr = null;
        connPort = -1;
    }

    public boolean isBound() {
        return bound;
    }

    public boolean isConnected() {
        return connected;
    }

    public InetAddress getInetAddress() {
        return connAddr;
    }

    public int getPort() {
        return connPort;
    }

    public SocketAddress getRemoteSocketAddress() {
        return connected ? new InetSocketAddress(connAddr, connPort) : null;
    }

    public SocketAddress getLocalSocketAddress() {
        if (closed || !bound) return null;
        return new InetSocketAddress(getLocalAddress(), localPort);
    }

    public InetAddress getLocalAddress() {
        if (closed) return null;
        InetSocketAddress l = bound ? Net.sockAddr(fd, false) : null;
        if (l == null || l.getAddress().isAnyLocalAddress()) return InetAddress.getByAddressUnchecked();
        return l.getAddress();
    }

    public int getLocalPort() {
        if (closed) return -1;
        return bound ? localPort : 0;
    }

    public void send(DatagramPacket p) throws IOException {
        InetAddress addr;
        int port;
        synchronized (p) {
            if (closed) throw new SocketException("Socket closed");
            addr = p.getAddress();
            port = p.port;
            if (connected) {
                if (addr == null) {
                    addr = connAddr;
                    port = connPort;
                } else if (!addr.equals(connAddr) || port != connPort) {
                    throw new IllegalArgumentException("Connected and packet address differ");
                }
            } else if (addr == null) {
                throw new IllegalArgumentException("Address not set");
            }
            if (port < 0) throw new IllegalArgumentException("port out of range:" + port);
            if (!bound) bind(null);
            while (true) {
                int n = connected ? Net.send0(fd, p.buf, p.offset, p.length) : Net.sendTo0(fd, p.buf, p.offset, p.length, Net.addrInt(addr), port);
                if (n >= 0) return;
                if (closed) throw new SocketException("Socket closed");
                if (n == -111) throw new PortUnreachableException("ICMP Port Unreachable");
                if (n != -Net.EAGAIN) throw Net.error(-n);
                Net.await(fd, Net.WRITE, 0);
            }
        }
    }

    public synchronized void receive(DatagramPacket p) throws IOException {
        synchronized (p) {
            if (closed) throw new SocketException("Socket closed");
            if (!bound) bind(null);
            long deadline = Net.deadline(timeout);
            int[] from = new int[2];
            while (true) {
                int n = Net.recvFrom0(fd, p.buf, p.offset, p.bufLength, from);
                if (n >= 0) {
                    p.length = n;
                    p.address = Net.intAddr(from[0]);
                    p.port = from[1];
                    return;
                }
                if (closed) throw new SocketException("Socket closed");
                if (n == -111) throw new PortUnreachableException("ICMP Port Unreachable");
                if (n != -Net.EAGAIN) throw Net.error(-n);
                if (!Net.await(fd, Net.READ, deadline)) throw new SocketTimeoutException("Receive timed out");
                if (closed) throw new SocketException("Socket closed");
            }
        }
    }

    public void setSoTimeout(int timeout) throws SocketException {
        checkOpen();
        if (timeout < 0) throw new IllegalArgumentException("timeout < 0");
        this.timeout = timeout;
    }

    public int getSoTimeout() throws SocketException {
        checkOpen();
        return timeout;
    }

    private static final java.util.Set<SocketOption<?>> OPTIONS = Net.options(StandardSocketOptions.SO_BROADCAST, StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR, StandardSocketOptions.SO_SNDBUF);

    public <T> DatagramSocket setOption(SocketOption<T> name, T value) throws java.io.IOException {
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
        checkOpen();
        Net.setOpt(handle(), Net.SO_REUSEADDR, on ? 1 : 0);
    }

    public boolean getReuseAddress() throws SocketException {
        checkOpen();
        return Net.getOpt(handle(), Net.SO_REUSEADDR) != 0;
    }

    public void setBroadcast(boolean on) throws SocketException {
        checkOpen();
        Net.setOpt(handle(), Net.SO_BROADCAST, on ? 1 : 0);
    }

    public boolean getBroadcast() throws SocketException {
        checkOpen();
        return Net.getOpt(handle(), Net.SO_BROADCAST) != 0;
    }

    public void setSendBufferSize(int size) throws SocketException {
        if (size <= 0) throw new IllegalArgumentException("negative send size");
        checkOpen();
        Net.setOpt(handle(), Net.SO_SNDBUF, size);
    }

    public int getSendBufferSize() throws SocketException {
        checkOpen();
        return Net.getOpt(handle(), Net.SO_SNDBUF);
    }

    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) throw new IllegalArgumentException("invalid receive size");
        checkOpen();
        Net.setOpt(handle(), Net.SO_RCVBUF, size);
    }

    public int getReceiveBufferSize() throws SocketException {
        checkOpen();
        return Net.getOpt(handle(), Net.SO_RCVBUF);
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        synchronized (closeLock) {
            if (closed) return;
            closed = true;
            if (fd >= 0) Net.close0(fd);
        }
    }
}
