import java.net.*;
import java.util.*;

// Socket options: StandardSocketOptions through setOption/getOption, and the classic setters.
public class NetSocketOptions {
  interface T { Object run() throws Exception; }
  static void t(String n, T r){ try { System.out.println(n+": "+r.run()); } catch(Exception e){ System.out.println(n+": "+e.getClass().getName()+": "+e.getMessage()); } }
  public static void main(String[] a) throws Exception {
    System.out.println(StandardSocketOptions.SO_RCVBUF + " " + StandardSocketOptions.SO_RCVBUF.name() + " " + StandardSocketOptions.SO_RCVBUF.type() + " " + StandardSocketOptions.SO_LINGER.type().getName()+ " " + StandardSocketOptions.TCP_NODELAY.type());
    Socket s = new Socket();
    t("nodelay", () -> s.getOption(StandardSocketOptions.TCP_NODELAY));
    t("set nodelay", () -> s.setOption(StandardSocketOptions.TCP_NODELAY, true).getOption(StandardSocketOptions.TCP_NODELAY));
    t("linger", () -> s.getOption(StandardSocketOptions.SO_LINGER));
    t("set linger", () -> s.setOption(StandardSocketOptions.SO_LINGER, 5).getOption(StandardSocketOptions.SO_LINGER));
    t("set linger neg", () -> s.setOption(StandardSocketOptions.SO_LINGER, -3).getOption(StandardSocketOptions.SO_LINGER));
    t("reuse", () -> s.getOption(StandardSocketOptions.SO_REUSEADDR));
    t("keepalive", () -> s.getOption(StandardSocketOptions.SO_KEEPALIVE));
    t("set rcvbuf", () -> s.setOption(StandardSocketOptions.SO_RCVBUF, 65536).getOption(StandardSocketOptions.SO_RCVBUF));
    t("set rcvbuf neg", () -> s.setOption(StandardSocketOptions.SO_RCVBUF, -1));
    t("null opt", () -> s.setOption(null, 1));
    t("null val", () -> s.setOption(StandardSocketOptions.TCP_NODELAY, null));
    t("unsupported", () -> s.getOption(StandardSocketOptions.SO_BROADCAST));
    t("unsupported set", () -> s.setOption(StandardSocketOptions.SO_BROADCAST, true));
    t("ss unsupported", () -> new ServerSocket().getOption(StandardSocketOptions.TCP_NODELAY));
    t("ss reuse", () -> new ServerSocket().getOption(StandardSocketOptions.SO_REUSEADDR));
    t("ds broadcast", () -> new DatagramSocket().getOption(StandardSocketOptions.SO_BROADCAST));
    t("ds reuse", () -> new DatagramSocket().getOption(StandardSocketOptions.SO_REUSEADDR));
    s.close();
    t("closed get", () -> s.getOption(StandardSocketOptions.TCP_NODELAY));
    t("closed set", () -> s.setOption(StandardSocketOptions.TCP_NODELAY, true));
    t("getSoLinger", () -> new Socket().getSoLinger());
    Socket c = new Socket();
    c.setReceiveBufferSize(32768);
    c.setSendBufferSize(49152);
    c.setKeepAlive(true);
    c.setReuseAddress(true);
    c.setSoLinger(true, 7);
    t("classic setters", () -> c.getReceiveBufferSize() + " " + c.getSendBufferSize() + " " + c.getKeepAlive() + " " + c.getReuseAddress() + " " + c.getSoLinger());
    c.setSoLinger(false, 0);
    t("linger off", () -> c.getSoLinger());
    t("linger bad", () -> { c.setSoLinger(true, -1); return 1; });
    t("rcvbuf 0", () -> { c.setReceiveBufferSize(0); return 1; });
    t("sndbuf 0", () -> { c.setSendBufferSize(0); return 1; });
    c.close();
    DatagramSocket d = new DatagramSocket();
    t("ds broadcast default", () -> d.getBroadcast());
    d.setBroadcast(false);
    t("ds broadcast off", () -> d.getBroadcast() + " " + d.getOption(StandardSocketOptions.SO_BROADCAST));
    t("ds set rcvbuf", () -> d.setOption(StandardSocketOptions.SO_RCVBUF, 20000).getOption(StandardSocketOptions.SO_RCVBUF));
    t("ds nodelay", () -> d.getOption(StandardSocketOptions.TCP_NODELAY));
    d.close();
    ServerSocket ss = new ServerSocket();
    t("ss set rcvbuf", () -> ss.setOption(StandardSocketOptions.SO_RCVBUF, 40000).getOption(StandardSocketOptions.SO_RCVBUF));
    t("ss reuse off", () -> ss.setOption(StandardSocketOptions.SO_REUSEADDR, false).getOption(StandardSocketOptions.SO_REUSEADDR));
    ss.close();
    t("rcvbuf default ds", () -> new DatagramSocket().getReceiveBufferSize() > 0);
  }
}
