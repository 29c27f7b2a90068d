package java.net;

/** The standard socket options. */
public final class StandardSocketOptions {
    private StandardSocketOptions() {}

    private static final class Opt<T> implements SocketOption<T> {
        private final String name;
        private final Class<T> type;

        Opt(String name, Class<T> type) {
            this.name = name;
            this.type = type;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<T> type() {
            return type;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final SocketOption<Boolean> SO_BROADCAST = new Opt<>("SO_BROADCAST", Boolean.class);
    public static final SocketOption<Boolean> SO_KEEPALIVE = new Opt<>("SO_KEEPALIVE", Boolean.class);
    public static final SocketOption<Integer> SO_SNDBUF = new Opt<>("SO_SNDBUF", Integer.class);
    public static final SocketOption<Integer> SO_RCVBUF = new Opt<>("SO_RCVBUF", Integer.class);
    public static final SocketOption<Boolean> SO_REUSEADDR = new Opt<>("SO_REUSEADDR", Boolean.class);
    public static final SocketOption<Boolean> SO_REUSEPORT = new Opt<>("SO_REUSEPORT", Boolean.class);
    public static final SocketOption<Integer> SO_LINGER = new Opt<>("SO_LINGER", Integer.class);
    public static final SocketOption<Integer> IP_TOS = new Opt<>("IP_TOS", Integer.class);
    public static final SocketOption<Integer> IP_MULTICAST_TTL = new Opt<>("IP_MULTICAST_TTL", Integer.class);
    public static final SocketOption<Boolean> IP_MULTICAST_LOOP = new Opt<>("IP_MULTICAST_LOOP", Boolean.class);
    public static final SocketOption<Boolean> TCP_NODELAY = new Opt<>("TCP_NODELAY", Boolean.class);
}
