package java.net;

/** A socket option: a name and the type of its value. */
public interface SocketOption<T> {
    String name();

    Class<T> type();
}
