package java.io;

/** End of stream reached before the expected number of bytes. */
public class EOFException extends IOException {
    public EOFException() {}

    public EOFException(String s) {
        super(s);
    }
}
