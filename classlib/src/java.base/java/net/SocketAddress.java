package java.net;

/** An address a socket binds or connects to, without a protocol attached. */
public abstract class SocketAddress implements java.io.Serializable {
    public SocketAddress() {}
}
