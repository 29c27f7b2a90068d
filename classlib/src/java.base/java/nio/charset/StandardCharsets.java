package java.nio.charset;

public final class StandardCharsets {
    private StandardCharsets() {}

    public static final Charset US_ASCII = BuiltinCharset.ASCII;
    public static final Charset ISO_8859_1 = BuiltinCharset.LATIN1;
    public static final Charset UTF_8 = BuiltinCharset.UTF8;
    public static final Charset UTF_16BE = BuiltinCharset.UTF16BE;
    public static final Charset UTF_16LE = BuiltinCharset.UTF16LE;
    public static final Charset UTF_16 = BuiltinCharset.UTF16;
}
