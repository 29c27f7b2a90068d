package java.net;

public class SocketException extends java.io.IOException {
    public SocketException(String msg) {
        super(msg);
    }

    public SocketException() {
        super();
    }
}
