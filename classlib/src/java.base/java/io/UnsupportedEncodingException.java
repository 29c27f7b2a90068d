package java.io;

/** The named character encoding is not supported. */
public class UnsupportedEncodingException extends IOException {
    public UnsupportedEncodingException() {}

    public UnsupportedEncodingException(String s) {
        super(s);
    }
}
