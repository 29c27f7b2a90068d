import java.net.*;

// UDP echo for tests/net_hosted.rs: prints its port, answers "echo:" + data, ends on "quit".
public class NetUdpEcho {
    public static void main(String[] args) throws Exception {
        DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        System.out.println("PORT " + s.getLocalPort());
        byte[] buf = new byte[2048];
        int n = 0;
        while (true) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            s.receive(p);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < p.getLength(); i++) sb.append((char) (buf[i] & 0xff));
            String msg = sb.toString();
            if (msg.equals("quit")) break;
            n++;
            byte[] out = new byte[p.getLength() + 5];
            System.arraycopy("echo:".getBytes(), 0, out, 0, 5);
            System.arraycopy(buf, 0, out, 5, p.getLength());
            s.send(new DatagramPacket(out, out.length, p.getAddress(), p.getPort()));
        }
        s.close();
        System.out.println("answered " + n);
    }
}
