package java.net;

/** An IP address (or an unresolved host name) and a port. */
public class InetSocketAddress extends SocketAddress {
    private final String hostname;
    private final InetAddress addr;
    private final int port;

    private InetSocketAddress(int port, String hostname, InetAddress addr) {
        this.port = port;
        this.hostname = hostname;
        this.addr = addr;
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 0xffff) throw new IllegalArgumentException("port out of range:" + port);
        return port;
    }

    private static String checkHost(String h) {
        if (h == null) throw new IllegalArgumentException("hostname can't be null");
        return h;
    }

    public InetSocketAddress(int port) {
        this(InetAddress.getByAddressUnchecked(), port);
    }

    public InetSocketAddress(InetAddress addr, int port) {
        this.port = checkPort(port);
        this.hostname = null;
        this.addr = addr == null ? InetAddress.getByAddressUnchecked() : addr;
    }

    public InetSocketAddress(String hostname, int port) {
        checkHost(hostname);
        this.port = checkPort(port);
        InetAddress a = null;
        String h = null;
        try {
            a = InetAddress.getByName(hostname);
        } catch (UnknownHostException e) {
            h = hostname;
        }
        this.hostname = h;
        this.addr = a;
    }

    public static InetSocketAddress createUnresolved(String host, int port) {
        return new InetSocketAddress(checkPort(port), checkHost(host), null);
    }

    public final int getPort() {
        return port;
    }

    public final InetAddress getAddress() {
        return addr;
    }

    public final String getHostName() {
        return hostname != null ? hostname : addr.getHostName();
    }

    public final String getHostString() {
        if (hostname != null) return hostname;
        return addr.hostName != null ? addr.hostName : addr.getHostAddress();
    }

    public final boolean isUnresolved() {
        return addr == null;
    }

    @Override
    public String toString() {
        if (addr == null) return hostname + "/<unresolved>:" + port;
        if (addr instanceof Inet6Address) {
            return (addr.hostName != null ? addr.hostName : "") + "/[" + addr.getHostAddress() + "]:" + port;
        }
        return addr + ":" + port;
    }

    @Override
    public final boolean equals(Object o) {
        if (!(o instanceof InetSocketAddress)) return false;
        InetSocketAddress that = (InetSocketAddress) o;
        boolean same;
        if (addr != null) same = addr.equals(that.addr);
        else if (hostname != null) same = that.addr == null && hostname.equalsIgnoreCase(that.hostname);
        else same = that.addr == null && that.hostname == null;
        return same && port == that.port;
    }

    @Override
    public final int hashCode() {
        if (addr != null) return addr.hashCode() + port;
        if (hostname != null) return hostname.toLowerCase().hashCode() + port;
        return port;
    }
}
