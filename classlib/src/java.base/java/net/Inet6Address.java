package java.net;

/** An IPv6 address (parsing, formatting and classification; Mote's sockets are IPv4 only). */
public final class Inet6Address extends InetAddress {
    private final byte[] addr;
    /** Numeric scope id, or -1. */
    private final int scope;

    Inet6Address(String hostName, byte[] addr, int scope) {
        super(hostName);
        this.addr = addr;
        this.scope = scope;
    }

    public static Inet6Address getByAddress(String host, byte[] addr, int scopeId) throws UnknownHostException {
        if (addr == null || addr.length != 16) throw new UnknownHostException("addr is of illegal length");
        return new Inet6Address(host, addr.clone(), scopeId < 0 ? -1 : scopeId);
    }

    @Override
    public byte[] getAddress() {
        return addr.clone();
    }

    public int getScopeId() {
        return scope < 0 ? 0 : scope;
    }

    @Override
    public String getHostAddress() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) sb.append(':');
            sb.append(Integer.toHexString(((addr[i] & 0xff) << 8) | (addr[i + 1] & 0xff)));
        }
        if (scope >= 0) sb.append('%').append(scope);
        return sb.toString();
    }

    @Override
    public boolean isAnyLocalAddress() {
        for (byte b : addr) if (b != 0) return false;
        return true;
    }

    @Override
    public boolean isLoopbackAddress() {
        for (int i = 0; i < 15; i++) if (addr[i] != 0) return false;
        return addr[15] == 1;
    }

    @Override
    public boolean isMulticastAddress() {
        return (addr[0] & 0xff) == 0xff;
    }

    @Override
    public boolean isLinkLocalAddress() {
        return (addr[0] & 0xff) == 0xfe && (addr[1] & 0xc0) == 0x80;
    }

    @Override
    public boolean isSiteLocalAddress() {
        return (addr[0] & 0xff) == 0xfe && (addr[1] & 0xc0) == 0xc0;
    }

    public boolean isIPv4CompatibleAddress() {
        for (int i = 0; i < 12; i++) if (addr[i] != 0) return false;
        return true;
    }

    @Override
    String reverse() {
        return getHostAddress();
    }

    @Override
    public int hashCode() {
        // the sum of the four 32-bit words, each assembled from sign-extended bytes (HotSpot's value)
        int h = 0;
        for (int i = 0; i < 16; i += 4) h += (addr[i] << 24) + (addr[i + 1] << 16) + (addr[i + 2] << 8) + addr[i + 3];
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Inet6Address)) return false;
        byte[] b = ((Inet6Address) o).addr;
        for (int i = 0; i < 16; i++) if (addr[i] != b[i]) return false;
        return true;
    }

    /** Parses an IPv6 literal (without brackets; optional numeric "%scope"); null if malformed. */
    static InetAddress parse(String s) {
        int scope = -1;
        int pct = s.indexOf('%');
        if (pct >= 0) {
            String sc = s.substring(pct + 1);
            if (sc.isEmpty() || sc.length() > 9) return null;
            for (int i = 0; i < sc.length(); i++) if (sc.charAt(i) < '0' || sc.charAt(i) > '9') return null;
            scope = Integer.parseInt(sc);
            s = s.substring(0, pct);
        }
        int[] groups = new int[8];
        int n = 0;
        int gap = -1;
        int i = 0;
        int len = s.length();
        if (len < 2) return null;
        if (s.startsWith("::")) {
            gap = 0;
            i = 2;
        } else if (s.charAt(0) == ':') {
            return null;
        }
        while (i < len) {
            // a dotted IPv4 tail
            int dot = s.indexOf('.', i);
            int colon = s.indexOf(':', i);
            if (dot >= 0 && (colon < 0 || dot < colon)) {
                if (n > 6) return null;
                byte[] v4 = InetAddress.parseV4Strict(s.substring(i));
                if (v4 == null) return null;
                groups[n++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                groups[n++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                i = len;
                break;
            }
            int end = colon < 0 ? len : colon;
            if (end == i || end - i > 4 || n == 8) return null;
            int v = 0;
            for (int k = i; k < end; k++) {
                int d = URI.hexVal(s.charAt(k));
                if (d < 0) return null;
                v = v << 4 | d;
            }
            groups[n++] = v;
            if (end == len) {
                i = len;
                break;
            }
            i = end + 1;
            if (i < len && s.charAt(i) == ':') {
                if (gap >= 0) return null;
                gap = n;
                i++;
            } else if (i == len) {
                return null;
            }
        }
        if (gap < 0 && n != 8) return null;
        if (gap >= 0 && n > 7) return null;
        byte[] b = new byte[16];
        int[] full = new int[8];
        if (gap < 0) {
            full = groups;
        } else {
            for (int k = 0; k < gap; k++) full[k] = groups[k];
            int tail = n - gap;
            for (int k = 0; k < tail; k++) full[8 - tail + k] = groups[gap + k];
        }
        for (int k = 0; k < 8; k++) {
            b[2 * k] = (byte) (full[k] >> 8);
            b[2 * k + 1] = (byte) full[k];
        }
        return of(null, b, scope);
    }

    /** An IPv4-mapped address (::ffff:a.b.c.d) becomes an Inet4Address, as on HotSpot. */
    static InetAddress of(String host, byte[] b, int scope) {
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        for (int k = 0; k < 10 && mapped; k++) if (b[k] != 0) mapped = false;
        if (mapped) return new Inet4Address(host, new byte[] {b[12], b[13], b[14], b[15]});
        return new Inet6Address(host, b, scope);
    }
}
