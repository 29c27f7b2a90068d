import mote.net.Udp;

/** A UDP echo service in the SML unikernel's style: a handler per datagram. */
public class Echo {
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Udp.bind(port, data -> data);
        System.out.println("java-echo: echoing UDP port " + port);
        Udp.listen();
    }
}
