package java.net;

/** An IPv4 address. */
public final class Inet4Address extends InetAddress {
    private final byte[] addr;

    Inet4Address(String hostName, byte[] addr) {
        super(hostName);
        this.addr = addr;
    }

    private int bits() {
        return ((addr[0] & 0xff) << 24) | ((addr[1] & 0xff) << 16) | ((addr[2] & 0xff) << 8) | (addr[3] & 0xff);
    }

    @Override
    public byte[] getAddress() {
        return addr.clone();
    }

    @Override
    public String getHostAddress() {
        return (addr[0] & 0xff) + "." + (addr[1] & 0xff) + "." + (addr[2] & 0xff) + "." + (addr[3] & 0xff);
    }

    @Override
    public boolean isAnyLocalAddress() {
        return bits() == 0;
    }

    @Override
    public boolean isLoopbackAddress() {
        return addr[0] == 127;
    }

    @Override
    public boolean isMulticastAddress() {
        return (addr[0] & 0xf0) == 0xe0;
    }

    @Override
    public boolean isLinkLocalAddress() {
        return (addr[0] & 0xff) == 169 && (addr[1] & 0xff) == 254;
    }

    @Override
    public boolean isSiteLocalAddress() {
        int a = addr[0] & 0xff, b = addr[1] & 0xff;
        return a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168);
    }

    @Override
    public int hashCode() {
        return bits();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inet4Address && ((Inet4Address) o).bits() == bits();
    }
}
