package java.net;

/** An IP address with an optional host name (IPv4 only on Mote). */
public class InetAddress implements java.io.Serializable {
    /** Host name as given or looked up; null if none is known. */
    String hostName;

    InetAddress(String hostName) {
        this.hostName = hostName;
    }

    public byte[] getAddress() {
        return null;
    }

    public String getHostAddress() {
        return null;
    }

    public String getHostName() {
        if (hostName == null) hostName = reverse();
        return hostName;
    }

    public String getCanonicalHostName() {
        return reverse();
    }

    String reverse() {
        return isLoopbackAddress() ? "localhost" : getHostAddress();
    }

    public boolean isAnyLocalAddress() {
        return false;
    }

    public boolean isLoopbackAddress() {
        return false;
    }

    public boolean isMulticastAddress() {
        return false;
    }

    public boolean isLinkLocalAddress() {
        return false;
    }

    public boolean isSiteLocalAddress() {
        return false;
    }

    public boolean isReachable(int timeout) throws java.io.IOException {
        if (timeout < 0) throw new IllegalArgumentException("timeout can't be negative");
        return isLoopbackAddress();
    }

    @Override
    public String toString() {
        return (hostName != null ? hostName : "") + "/" + getHostAddress();
    }

    private static final Inet4Address LOOPBACK = new Inet4Address("localhost", new byte[] {127, 0, 0, 1});

    public static InetAddress getLoopbackAddress() {
        return LOOPBACK;
    }

    /** The wildcard address 0.0.0.0. */
    static InetAddress getByAddressUnchecked() {
        return new Inet4Address("0.0.0.0", new byte[4]);
    }

    public static InetAddress getLocalHost() throws UnknownHostException {
        return new Inet4Address("localhost", new byte[] {127, 0, 0, 1});
    }

    public static InetAddress getByAddress(byte[] addr) throws UnknownHostException {
        return getByAddress(null, addr);
    }

    public static InetAddress getByAddress(String host, byte[] addr) throws UnknownHostException {
        if (addr != null && addr.length == 4) return new Inet4Address(host, addr.clone());
        if (addr != null && addr.length == 16) return Inet6Address.of(host, addr.clone(), -1);
        throw new UnknownHostException("addr is of illegal length");
    }

    public static InetAddress getByName(String host) throws UnknownHostException {
        return getAllByName(host)[0];
    }

    public static InetAddress[] getAllByName(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) return new InetAddress[] {new Inet4Address("localhost", new byte[] {127, 0, 0, 1})};
        byte[] num = parseV4(host);
        if (num != null) return new InetAddress[] {new Inet4Address(null, num)};
        if (host.indexOf(':') >= 0 || host.charAt(0) == '[') {
            String lit = host;
            if (lit.charAt(0) == '[') {
                lit = lit.length() > 2 && lit.charAt(lit.length() - 1) == ']' ? lit.substring(1, lit.length() - 1) : "";
            }
            InetAddress a = lit.isEmpty() ? null : Inet6Address.parse(lit);
            if (a == null) throw new UnknownHostException(host + ": invalid IPv6 address literal");
            return new InetAddress[] {a};
        }
        if (host.equalsIgnoreCase("localhost")) return new InetAddress[] {new Inet4Address(host, new byte[] {127, 0, 0, 1})};
        int[] found = Net.resolve0(host);
        if (found == null || found.length == 0) throw new UnknownHostException(host + ": Name or service not known");
        InetAddress[] r = new InetAddress[found.length];
        for (int i = 0; i < found.length; i++) {
            int a = found[i];
            r[i] = new Inet4Address(host, new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a});
        }
        return r;
    }

    /** Exactly d.d.d.d with each part 0..255 (the IPv4 tail of an IPv6 literal); null otherwise. */
    static byte[] parseV4Strict(String s) {
        int dots = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '.') dots++;
        return dots == 3 ? parseV4(s) : null;
    }

    /**
     * IPv4 literal forms d, d.d, d.d.d and d.d.d.d (decimal; the last part
     * fills the remaining bytes); null if {@code s} is not one.
     */
    static byte[] parseV4(String s) {
        int n = s.length();
        if (n == 0 || n > 15) return null;
        long[] parts = new long[4];
        int count = 0;
        long cur = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (cur < 0 || count == 3) return null;
                parts[count++] = cur;
                cur = -1;
            } else if (c >= '0' && c <= '9') {
                cur = (cur < 0 ? 0 : cur * 10) + (c - '0');
                if (cur > 0xffffffffL) return null;
            } else {
                return null;
            }
        }
        if (cur < 0) return null;
        parts[count++] = cur;
        long v;
        switch (count) {
            case 1:
                v = parts[0];
                break;
            case 2:
                if (parts[0] > 0xff || parts[1] > 0xffffff) return null;
                v = parts[0] << 24 | parts[1];
                break;
            case 3:
                if (parts[0] > 0xff || parts[1] > 0xff || parts[2] > 0xffff) return null;
                v = parts[0] << 24 | parts[1] << 16 | parts[2];
                break;
            default:
                for (int i = 0; i < 4; i++) if (parts[i] > 0xff) return null;
                v = parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3];
        }
        if (v > 0xffffffffL) return null;
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
