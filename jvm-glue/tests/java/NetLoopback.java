import java.io.*;
import java.net.*;

// A loopback TCP and UDP exchange between Java threads inside one program,
// plus socket state, timeouts and the exceptions of closed/unconnected sockets.
public class NetLoopback {
    interface T { Object run() throws Exception; }

    static void t(String n, T r) {
        try {
            System.out.println(n + ": " + r.run());
        } catch (Exception e) {
            System.out.println(n + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String str(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append((char) (b[off + i] & 0xff));
        return sb.toString();
    }

    static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') sb.append((char) c);
        return c == -1 && sb.length() == 0 ? null : sb.toString();
    }

    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        ServerSocket ss = new ServerSocket(0, 10, lo);
        int port = ss.getLocalPort();
        System.out.println("bound: " + ss.isBound() + " port>0: " + (port > 0) + " addr: " + ss.getInetAddress());
        System.out.println("server toString ok: " + ss.toString().equals("ServerSocket[addr=" + lo + ",localport=" + port + "]"));
        StringBuilder serverLog = new StringBuilder();
        Thread server = new Thread(() -> {
            try {
                for (int k = 0; k < 3; k++) {
                    try (Socket s = ss.accept()) {
                        InputStream in = s.getInputStream();
                        OutputStream out = s.getOutputStream();
                        String line;
                        int lines = 0;
                        while ((line = readLine(in)) != null) {
                            lines++;
                            out.write(bytes(line.toUpperCase() + "\n"));
                        }
                        synchronized (serverLog) {
                            serverLog.append("conn ").append(k).append(": ").append(lines).append(" lines; ");
                        }
                    }
                }
            } catch (IOException e) {
                System.out.println("server: " + e);
            }
        });
        server.start();
        for (int k = 0; k < 3; k++) {
            Socket c = new Socket();
            System.out.println("before connect: " + c.isConnected() + " " + c + " port=" + c.getPort() + " lport=" + c.getLocalPort());
            c.connect(new InetSocketAddress(lo, port), 2000);
            c.setTcpNoDelay(true);
            System.out.println("connected: " + c.isConnected() + " " + c.isBound() + " nodelay=" + c.getTcpNoDelay()
                + " remote=" + c.getInetAddress() + " samePort=" + (c.getPort() == port) + " lport>0=" + (c.getLocalPort() > 0));
            OutputStream out = c.getOutputStream();
            InputStream in = c.getInputStream();
            for (int i = 0; i <= k; i++) {
                out.write(bytes("hello " + k + "." + i + "\n"));
                System.out.println("echo: " + readLine(in));
            }
            // a larger payload, written before it is read back
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 2000; i++) big.append((char) ('a' + i % 26));
            out.write(bytes(big + "\n"));
            String back = readLine(in);
            System.out.println("big: " + back.length() + " " + back.substring(0, 30));
            c.shutdownOutput();
            System.out.println("after shutdownOutput: read=" + in.read() + " outShut=" + c.isOutputShutdown());
            t("write after shutdownOutput", () -> { out.write(1); return 1; });
            c.close();
            System.out.println("closed: " + c.isClosed() + " connected=" + c.isConnected());
            t("read after close", () -> in.read());
            t("getInputStream after close", () -> c.getInputStream());
        }
        server.join();
        System.out.println(serverLog);

        // read timeout
        Socket c = new Socket(lo, port);
        Socket s = ss.accept();
        c.setSoTimeout(100);
        System.out.println("soTimeout: " + c.getSoTimeout());
        t("read timeout", () -> c.getInputStream().read());
        s.getOutputStream().write(bytes("late"));
        byte[] buf = new byte[10];
        int n = c.getInputStream().read(buf, 0, 10);
        System.out.println("after timeout: " + str(buf, 0, n));
        s.close();
        System.out.println("eof: " + c.getInputStream().read());
        c.close();
        ss.setSoTimeout(100);
        t("accept timeout", () -> ss.accept());
        t("bind same port", () -> new ServerSocket(port, 5, lo));
        ss.close();
        t("accept closed", () -> ss.accept());
        t("connect refused", () -> new Socket(lo, port));
        t("unconnected in", () -> new Socket().getInputStream());
        t("connect null", () -> { new Socket().connect(null); return 1; });
        t("connect unresolved", () -> { new Socket().connect(InetSocketAddress.createUnresolved("nowhere", 1)); return 1; });
        t("server unbound", () -> new ServerSocket().toString());
        t("server port range", () -> new ServerSocket(65536));

        // closing a socket under a thread blocked in it
        ServerSocket ss2 = new ServerSocket(0, 5, lo);
        Thread acceptor = new Thread(() -> t("blocked accept, then closed", () -> ss2.accept()));
        acceptor.start();
        Thread.sleep(100);
        ss2.close();
        acceptor.join();
        ServerSocket ss3 = new ServerSocket(0, 5, lo);
        Socket rc = new Socket(lo, ss3.getLocalPort());
        Socket rs = ss3.accept();
        Thread reader = new Thread(() -> t("blocked read, then closed", () -> rc.getInputStream().read()));
        reader.start();
        Thread.sleep(100);
        rc.close();
        reader.join();
        t("peer sees end of stream", () -> rs.getInputStream().read());
        rs.close();
        ss3.close();
        DatagramSocket blocked = new DatagramSocket(0, lo);
        Thread receiver = new Thread(() -> t("blocked receive, then closed", () -> { blocked.receive(new DatagramPacket(new byte[4], 4)); return 1; }));
        receiver.start();
        Thread.sleep(100);
        blocked.close();
        receiver.join();

        // UDP: echo thread
        DatagramSocket us = new DatagramSocket(0, lo);
        int uport = us.getLocalPort();
        Thread echo = new Thread(() -> {
            try {
                byte[] b = new byte[8];
                DatagramPacket p = new DatagramPacket(b, b.length);
                for (int i = 0; i < 3; i++) {
                    us.receive(p);
                    String got = str(p.getData(), p.getOffset(), p.getLength());
                    DatagramPacket r = new DatagramPacket(bytes("<" + got + ">"), got.length() + 2, p.getSocketAddress());
                    us.send(r);
                }
            } catch (IOException e) {
                System.out.println("echo: " + e);
            }
        });
        echo.start();
        DatagramSocket uc = new DatagramSocket();
        uc.setSoTimeout(2000);
        String[] msgs = {"one", "two-and-more", "x"};
        for (String m : msgs) {
            uc.send(new DatagramPacket(bytes(m), m.length(), lo, uport));
            DatagramPacket p = new DatagramPacket(new byte[64], 64);
            uc.receive(p);
            System.out.println("udp reply: " + str(p.getData(), 0, p.getLength()) + " from server: " + (p.getPort() == uport)
                + " " + p.getAddress());
        }
        echo.join();
        // truncation, and the buffer length kept for the next receive
        DatagramPacket small = new DatagramPacket(new byte[4], 4);
        uc.send(new DatagramPacket(bytes("truncated!"), 10, lo, us.getLocalPort()));
        us.setSoTimeout(2000);
        us.receive(small);
        System.out.println("truncated: " + str(small.getData(), 0, small.getLength()) + " len=" + small.getLength());
        uc.send(new DatagramPacket(bytes("ab"), 2, lo, uport));
        us.receive(small);
        System.out.println("short: " + small.getLength());
        uc.send(new DatagramPacket(bytes("abcdef"), 6, lo, uport));
        us.receive(small);
        System.out.println("reuse: " + str(small.getData(), 0, small.getLength()));
        // connected datagram socket
        uc.connect(lo, uport);
        System.out.println("udp connected: " + uc.isConnected() + " " + uc.getInetAddress() + " " + (uc.getPort() == uport));
        uc.send(new DatagramPacket(bytes("conn"), 4));
        us.receive(small);
        System.out.println("via connect: " + str(small.getData(), 0, small.getLength()));
        t("send other address", () -> { uc.send(new DatagramPacket(new byte[1], 1, lo, uport + 1 > 65535 ? 1 : uport + 1)); return 1; });
        uc.disconnect();
        System.out.println("disconnected: " + uc.isConnected() + " " + uc.getInetAddress() + " " + uc.getPort());
        t("send no address", () -> { uc.send(new DatagramPacket(new byte[1], 1)); return 1; });
        us.setSoTimeout(50);
        System.out.println("udp timeout: " + us.getSoTimeout());
        t("receive timeout", () -> { us.receive(small); return 1; });
        t("bind same udp port", () -> new DatagramSocket(uport, lo));
        us.close();
        uc.close();
        t("receive closed", () -> { us.receive(small); return 1; });
        t("send closed", () -> { us.send(new DatagramPacket(new byte[1], 1, lo, 9)); return 1; });
        t("timeout closed", () -> { us.setSoTimeout(1); return 1; });
        System.out.println("closed port: " + us.getLocalPort() + " " + us.isClosed() + " " + us.getLocalSocketAddress());
        t("packet bad length", () -> new DatagramPacket(new byte[4], 5));
        t("packet bad offset", () -> new DatagramPacket(new byte[4], 2, 3));
        t("packet port", () -> new DatagramPacket(new byte[4], 4).getPort());
        t("packet setPort", () -> { new DatagramPacket(new byte[4], 4).setPort(70000); return 1; });
    }
}
