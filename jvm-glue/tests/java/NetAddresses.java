import java.net.*;
import java.util.Arrays;

// InetAddress / Inet4Address / InetSocketAddress: parsing, formatting, equality, errors.
public class NetAddresses {
    interface T { Object run() throws Exception; }

    static void t(String n, T r) {
        try {
            System.out.println(n + ": " + r.run());
        } catch (Exception e) {
            System.out.println(n + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] a) throws Exception {
        String[] names = {"127.0.0.1", "localhost", "", "10.1.2.3", "1.2.3", "1.2", "16777217", "0", "4294967295",
            "4294967296", "256.1.1.1", "1.2.3.4.5", "1..2.3", "1.2.3.", ".1.2.3", "255.255.255.255", "1.256.3",
            "1.2.65535", "1.2.65536", "1.16777215", "1.16777216", "192.168.000.001", "no.such.host.invalid"};
        for (String n : names) {
            t("getByName(" + n + ")", () -> InetAddress.getByName(n));
        }
        t("getByName(null)", () -> InetAddress.getByName(null));
        t("getAllByName", () -> Arrays.toString(InetAddress.getAllByName("10.0.0.7")));
        t("byAddress", () -> InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) 200}));
        t("byAddress short", () -> InetAddress.getByAddress(new byte[] {10, 0, 1}));
        t("byAddress null", () -> InetAddress.getByAddress(null));
        t("byAddress named", () -> InetAddress.getByAddress("foo", new byte[] {10, 0, 0, 1}));
        t("loopback", () -> InetAddress.getLoopbackAddress());
        t("loopback name", () -> InetAddress.getLoopbackAddress().getHostName());
        t("loopback addr", () -> InetAddress.getLoopbackAddress().getHostAddress());
        t("loopback bytes", () -> Arrays.toString(InetAddress.getLoopbackAddress().getAddress()));
        t("class", () -> InetAddress.getByName("1.2.3.4").getClass().getName());
        t("instanceof", () -> InetAddress.getByName("1.2.3.4") instanceof Inet4Address);
        String[] kinds = {"127.5.0.1", "0.0.0.0", "224.0.0.1", "239.255.255.255", "10.9.9.9", "172.16.0.1", "172.32.0.1",
            "192.168.7.7", "169.254.1.1", "8.8.8.8"};
        for (String k : kinds) {
            InetAddress ia = InetAddress.getByName(k);
            System.out.println(k + " loop=" + ia.isLoopbackAddress() + " any=" + ia.isAnyLocalAddress() + " mc="
                + ia.isMulticastAddress() + " site=" + ia.isSiteLocalAddress() + " link=" + ia.isLinkLocalAddress()
                + " hash=" + ia.hashCode());
        }
        InetAddress x1 = InetAddress.getByName("10.0.0.1");
        InetAddress x2 = InetAddress.getByAddress("named", new byte[] {10, 0, 0, 1});
        System.out.println("equals ignores name: " + x1.equals(x2) + " " + (x1.hashCode() == x2.hashCode()));
        System.out.println("not equal: " + x1.equals(InetAddress.getByName("10.0.0.2")) + " " + x1.equals("10.0.0.1"));
        byte[] b = x1.getAddress();
        b[0] = 99;
        System.out.println("defensive copy: " + x1);

        String[] v6 = {"::1", "[::1]", "::", "1::", "fe80::1", "FE80::ABCD:1", "2001:db8::ff00:42:8329",
            "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
            "1::2::3", "12345::", ":1", "1:", "ff02::1", "fec0::1", "[::1", "::1]", "::g", "1:2:3:4:5:6:1.2.3.4", "fe80::1%1",
            "::ffff:1.2.3", "::ffff:0102:0304", "[]", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"};
        for (String q : v6) {
            t("v6 " + q, () -> {
                InetAddress ia = InetAddress.getByName(q);
                return ia + " " + ia.getClass().getSimpleName() + " ha=" + ia.getHostAddress() + " loop=" + ia.isLoopbackAddress()
                    + " any=" + ia.isAnyLocalAddress() + " ll=" + ia.isLinkLocalAddress() + " sl=" + ia.isSiteLocalAddress() + " mc="
                    + ia.isMulticastAddress() + " len=" + ia.getAddress().length + " hash=" + ia.hashCode();
            });
        }
        t("v6 byAddress zero", () -> InetAddress.getByAddress(new byte[16]));
        t("v6 byAddress mapped", () -> InetAddress.getByAddress("h", new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 1, 2, 3, 4}));
        t("v6 byAddress 15", () -> InetAddress.getByAddress(new byte[15]));
        t("v6 isa", () -> new InetSocketAddress("::1", 80));
        t("v6 isa hoststring", () -> new InetSocketAddress(InetAddress.getByName("::1"), 80).getHostString());
        t("v6 equals", () -> InetAddress.getByName("::1").equals(InetAddress.getByName("0:0::1")));
        t("v6 vs v4", () -> InetAddress.getByName("::1").equals(InetAddress.getByName("127.0.0.1")));

        t("isa", () -> new InetSocketAddress("127.0.0.1", 80));
        t("isa localhost", () -> new InetSocketAddress("localhost", 8080));
        t("isa any", () -> new InetSocketAddress(7));
        t("isa null addr", () -> new InetSocketAddress((InetAddress) null, 7));
        t("isa unresolved", () -> InetSocketAddress.createUnresolved("foo.bar", 80));
        t("isa unresolved host", () -> InetSocketAddress.createUnresolved("foo.bar", 80).getHostString());
        t("isa unresolved isUnresolved", () -> InetSocketAddress.createUnresolved("foo.bar", 80).isUnresolved());
        t("isa unresolved addr", () -> InetSocketAddress.createUnresolved("foo.bar", 80).getAddress());
        t("isa port big", () -> new InetSocketAddress(70000));
        t("isa port neg", () -> new InetSocketAddress("x", -1));
        t("isa unresolved port", () -> InetSocketAddress.createUnresolved("x", 65536));
        t("isa null host", () -> new InetSocketAddress((String) null, 1));
        t("isa unresolved null", () -> InetSocketAddress.createUnresolved(null, 1));
        t("isa bad host", () -> new InetSocketAddress("no.such.host.invalid", 1));
        t("isa bad host unresolved", () -> new InetSocketAddress("no.such.host.invalid", 1).isUnresolved());
        t("isa hoststring numeric", () -> new InetSocketAddress("10.0.0.1", 1).getHostString());
        t("isa hoststring named", () -> new InetSocketAddress(InetAddress.getByAddress("nm", new byte[] {1, 2, 3, 4}), 1).getHostString());
        t("isa named", () -> new InetSocketAddress(InetAddress.getByAddress("nm", new byte[] {1, 2, 3, 4}), 1));
        t("isa getPort", () -> new InetSocketAddress("10.0.0.1", 4242).getPort());
        InetSocketAddress s1 = new InetSocketAddress("10.0.0.1", 5);
        InetSocketAddress s2 = new InetSocketAddress(InetAddress.getByAddress("other", new byte[] {10, 0, 0, 1}), 5);
        System.out.println("isa equals: " + s1.equals(s2) + " " + (s1.hashCode() == s2.hashCode()) + " " + s1.hashCode());
        System.out.println("isa port differs: " + s1.equals(new InetSocketAddress("10.0.0.1", 6)));
        InetSocketAddress u1 = InetSocketAddress.createUnresolved("Foo.Bar", 9);
        InetSocketAddress u2 = InetSocketAddress.createUnresolved("foo.bar", 9);
        System.out.println("unresolved equals: " + u1.equals(u2) + " " + (u1.hashCode() == u2.hashCode()) + " " + u1.hashCode());
        System.out.println("resolved vs unresolved: " + s1.equals(InetSocketAddress.createUnresolved("10.0.0.1", 5)));
    }
}
