package java.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A TCP client socket (IPv4), over the platform's non-blocking sockets. */
public class Socket implements java.io.Closeable {
    int fd = -1;
    private boolean bound, connected, closed, shutIn, shutOut;
    int timeout;
    private InetAddress remote;
    private int remotePort;
    private int localPort = -1;
    private InputStream in;
    private OutputStream out;
    private final Object closeLock = new Object();
    /** The peer reset the connection: every later read fails the same way. */
    private boolean reset;
    /** End of stream was read: later reads keep returning -1. */
    private boolean eof;

    public Socket() {}

    public Socket(String host, int port) throws UnknownHostException, IOException {
        this(host != null ? new InetSocketAddress(host, port) : new InetSocketAddress(InetAddress.getByName(null), port));
    }

    public Socket(InetAddress address, int port) throws IOException {
        this(new InetSocketAddress(address, port));
        if (address == null) throw new NullPointerException();
    }

    public Socket(String host, int port, InetAddress localAddr, int localPort) throws IOException {
        this(host != null ? new InetSocketAddress(host, port) : new InetSocketAddress(InetAddress.getByName(null), port), new InetSocketAddress(localAddr, localPort));
    }

    private Socket(SocketAddress remote) throws IOException {
        this(remote, null);
    }

    private Socket(SocketAddress remote, SocketAddress local) throws IOException {
        try {
            if (local != null) bind(local);
            connect(remote);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** An accepted connection. */
    Socket(int fd, InetAddress peer, int peerPort) {
        this.fd = fd;
        this.remote = peer;
        this.remotePort = peerPort;
        this.bound = true;
        this.connected = true;
        InetSocketAddress l = Net.sockAddr(fd, false);
        this.localPort = l != null ? l.getPort() : -1;
    }

    private void checkOpen() throws SocketException {
        if (closed) throw new SocketException("Socket is closed");
    }

    private int handle() throws SocketException {
        if (fd < 0) fd = Net.open(0);
        return fd;
    }

    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (endpoint == null) throw new IllegalArgumentException("connect: The address can't be null");
        if (timeout < 0) throw new IllegalArgumentException("connect: timeout can't be negative");
        checkOpen();
        if (connected) throw new SocketException("already connected");
        if (!(endpoint instanceof InetSocketAddress)) throw new IllegalArgumentException("Unsupported address type");
        InetSocketAddress ep = (InetSocketAddress) endpoint;
        InetAddress addr = ep.getAddress();
        int port = ep.getPort();
        try {
            if (addr == null) throw new UnknownHostException(ep.getHostName());
            int h = handle();
            int r = Net.connect0(h, Net.addrInt(addr), port);
            if (r == -Net.EINPROGRESS || r == -Net.EAGAIN) {
                long deadline = Net.deadline(timeout);
                while (true) {
                    if (closed) throw new SocketException("Socket closed");
                    if (!Net.await(h, Net.WRITE, deadline)) throw new SocketTimeoutException("Connect timed out");
                    if (closed) throw new SocketException("Socket closed");
                    // connected once the peer is known; failed once the socket has an error
                    if (Net.addr0(h, true) >= 0) {
                        r = 0;
                        break;
                    }
                    r = Net.connectResult0(h);
                    if (r < 0) break;
                }
            }
            if (r < 0) throw Net.error(-r);
        } catch (IOException e) {
            close();
            throw e;
        }
        remote = addr;
        remotePort = port;
        connected = true;
        bound = true;
        InetSocketAddress l = Net.sockAddr(fd, false);
        localPort = l != null ? l.getPort() : -1;
    }

    public void bind(SocketAddress bindpoint) throws IOException {
        checkOpen();
        if (bound) throw new SocketException("Already bound");
        if (bindpoint != null && !(bindpoint instanceof InetSocketAddress)) throw new IllegalArgumentException("Unsupported address type");
        InetSocketAddress ep = bindpoint == null ? new InetSocketAddress(0) : (InetSocketAddress) bindpoint;
        if (ep.isUnresolved()) throw new SocketException("Unresolved address");
        int h = handle();
        int r = Net.bind0(h, Net.addrInt(ep.getAddress()), ep.getPort());
        if (r < 0) throw Net.error(-r);
        bound = true;
        InetSocketAddress l = Net.sockAddr(h, false);
        localPort = l != null ? l.getPort() : -1;
    }

    public InetAddress getInetAddress() {
        return connected ? remote : null;
    }

    public InetAddress getLocalAddress() {
        if (fd >= 0 && bound && !closed) {
            InetSocketAddress l = Net.sockAddr(fd, false);
            if (l != null) return wildcardIfNeeded(l.getAddress());
        }
        return InetAddress.getByAddressUnchecked();
    }

    private InetAddress wildcardIfNeeded(InetAddress a) {
        return a.isAnyLocalAddress() ? InetAddress.getByAddressUnchecked() : a;
    }

    public int getPort() {
        return connected ? remotePort : 0;
    }

    public int getLocalPort() {
        return bound ? localPort : -1;
    }

    public SocketAddress getRemoteSocketAddress() {
        return connected ? new InetSocketAddress(remote, remotePort) : null;
    }

    public SocketAddress getLocalSocketAddress() {
        return bound ? new InetSocketAddress(getLocalAddress(), localPort) : null;
    }

    public InputStream getInputStream() throws IOException {
        checkOpen();
        if (!connected) throw new SocketException("Socket is not connected");
        if (shutIn) throw new SocketException("Socket input is shutdown");
        if (in == null) in = new SocketInputStream(this);
        return in;
    }

    public OutputStream getOutputStream() throws IOException {
        checkOpen();
        if (!connected) throw new SocketException("Socket is not connected");
        if (shutOut) throw new SocketException("Socket output is shutdown");
        if (out == null) out = new SocketOutputStream(this);
        return out;
    }

    int read(byte[] b, int off, int len) throws IOException {
        if ((shutIn || eof) && len > 0) return -1;
        if (closed) throw new SocketException("Socket closed");
        if (len == 0) return 0;
        if (reset) throw new SocketException("Connection reset");
        long deadline = Net.deadline(timeout);
        while (true) {
            int n = Net.recv0(fd, b, off, len);
            if (n > 0) return n;
            if (n == 0) {
                eof = true;
                return -1;
            }
            if (n != -Net.EAGAIN) {
                if (closed) throw new SocketException("Socket closed");
                if (n == -104) {
                    reset = true;
                    throw new SocketException("Connection reset");
                }
                throw Net.error(-n);
            }
            if (!Net.await(fd, Net.READ, deadline)) throw new SocketTimeoutException("Read timed out");
            if (closed) throw new SocketException("Socket closed");
            if (shutIn) return -1;
        }
    }

    void write(byte[] b, int off, int len) throws IOException {
        if (closed) throw new SocketException("Socket closed");
        while (len > 0) {
            int n = Net.send0(fd, b, off, len);
            if (n >= 0) {
                off += n;
                len -= n;
                continue;
            }
            if (n != -Net.EAGAIN) {
                if (closed) throw new SocketException("Socket closed");
                if (n == -104) throw new SocketException("Connection reset");
                throw Net.error(-n);
            }
            Net.await(fd, Net.WRITE, 0);
            if (closed) throw new SocketException("Socket closed");
        }
    }

    int available() throws IOException {
        if (closed) throw new SocketException("Socket closed");
        if (shutIn) return 0;
        return Math.max(0, Net.getOpt(fd, Net.AVAILABLE));
    }

    private static final java.util.Set<SocketOption<?>> OPTIONS = Net.options(StandardSocketOptions.SO_KEEPALIVE, StandardSocketOptions.SO_LINGER, StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR, StandardSocketOptions.SO_SNDBUF, StandardSocketOptions.TCP_NODELAY);

    public <T> Socket setOption(SocketOption<T> name, T value) throws java.io.IOException {
        Net.setOption(closed ? -1 : handle(), OPTIONS, name, value, closed);
        return this;
    }

    public <T> T getOption(SocketOption<T> name) throws java.io.IOException {
        return Net.getOption(closed ? -1 : handle(), OPTIONS, name, closed);
    }

    public java.util.Set<SocketOption<?>> supportedOptions() {
        return new java.util.HashSet<>(OPTIONS);
    }

    public void setTcpNoDelay(boolean on) throws SocketException {
        checkOpen();
        Net.setOpt(handle(), Net.TCP_NODELAY, on ? 1 : 0);
    }

    public boolean getTcpNoDelay() throws SocketException {
        checkOpen();
        return Net.getOpt(handle(), Net.TCP_NODELAY) != 0;
    }

    public void setSoLinger(boolean on, int linger) throws SocketException {
        checkOpen();
        if (on && linger < 0) throw new IllegalArgumentException("invalid value for SO_LINGER");
        Net.setOpt(handle(), Net.SO_LINGER, on ? Math.min(linger, 65535) : -1);
    }

    public int getSoLinger() throws SocketException {
        checkOpen();
        return Net.getOpt(handle(), Net.SO_LINGER);
    }

    public void setSoTimeout(int timeout) throws SocketException {
        checkOpen();
        if (timeout < 0) throw new IllegalArgumentException("timeout can't be negative");
        this.timeout = timeout;
    }

    public int getSoTimeout() throws SocketException {
        checkOpen();
        return timeout;
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

    public void setKeepAlive(boolean on) throws SocketException {
        checkOpen();
        Net.setOpt(handle(), Net.SO_KEEPALIVE, on ? 1 : 0);
    }

    public boolean getKeepAlive() throws SocketException {
        checkOpen();
        return Net.getOpt(handle(), Net.SO_KEEPALIVE) != 0;
    }

    public void setReuseAddress(boolean on) throws SocketException {
        checkOpen();
        Net.setOpt(handle(), Net.SO_REUSEADDR, on ? 1 : 0);
    }

    public boolean getReuseAddress() throws SocketException {
        checkOpen();
        return Net.getOpt(handle(), Net.SO_REUSEADDR) != 0;
    }

    public void shutdownInput() throws IOException {
        checkOpen();
        if (!connected) throw new SocketException("Socket is not connected");
        if (shutIn) throw new SocketException("Socket input is already shutdown");
        Net.shutdown0(fd, 0);
        shutIn = true;
    }

    public void shutdownOutput() throws IOException {
        checkOpen();
        if (!connected) throw new SocketException("Socket is not connected");
        if (shutOut) throw new SocketException("Socket output is already shutdown");
        Net.shutdown0(fd, 1);
        shutOut = true;
    }

    public boolean isConnected() {
        return connected;
    }

    public boolean isBound() {
        return bound;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isInputShutdown() {
        return shutIn;
    }

    public boolean isOutputShutdown() {
        return shutOut;
    }

    public void close() throws IOException {
        synchronized (closeLock) {
            if (closed) return;
            closed = true;
            if (fd >= 0) Net.close0(fd);
        }
    }

    @Override
    public String toString() {
        if (connected) return "Socket[addr=" + remote + ",port=" + remotePort + ",localport=" + localPort + "]";
        return "Socket[unconnected]";
    }
}
