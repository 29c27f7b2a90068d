import mote.log.Packets;
import mote.net.Udp;

/**
 * A UDP echo service in the SML unikernel's style: a handler per datagram
 * (in place: the reply is the request, in the buffer it arrived in).
 * Arguments: the port (default 8080), then optionally "packets" to switch
 * the packet log on from Java.
 */
public class Echo {
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        if (args.length > 1 && args[1].equals("packets")) {
            System.out.println("java-echo: packet log " + (Packets.on() ? "on" : "not available here"));
        }
        Udp.bindInPlace(port, (buf, len) -> len); // the reply is the request, where it lies
        System.out.println("java-echo: echoing UDP port " + port);
        Udp.listen();
    }
}
