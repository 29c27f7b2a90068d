package java.net;

public class SocketTimeoutException extends java.io.IOException {
    public SocketTimeoutException(String msg) {
        super(msg);
    }

    public SocketTimeoutException() {
        super();
    }
}
