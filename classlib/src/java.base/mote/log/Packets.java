package mote.log;

/**
 * The packet log, as in the SML unikernel: while it is on, the image prints
 * every Ethernet frame it sends or receives with its decoded Ethernet, IPv4
 * and UDP/TCP header fields, between "==== FROM: mac ====" and
 * "==== END: mac ====" lines. The image command line's {@code net.log=1}
 * switches it on from boot; these methods switch it at run time.
 *
 * <p>Only images have a packet path: on the hosted runner there is no packet
 * log, and {@link #on()} returns false.
 */
public final class Packets {
    private static final int QUERY = -1, OFF = 0, ON = 1;

    private Packets() {}

    /** Switches the packet log on; false if this platform has none. */
    public static boolean on() {
        return control0(ON) == ON;
    }

    /** Switches the packet log off. */
    public static void off() {
        control0(OFF);
    }

    /** Whether the packet log is on. */
    public static boolean isOn() {
        return control0(QUERY) == ON;
    }

    /** Sets (ON/OFF) or just reads (QUERY) the state; returns ON, OFF, or -2 when unsupported. */
    private static native int control0(int mode);
}
