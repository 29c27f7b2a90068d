package java.lang;

import java.io.IOException;
import java.nio.CharBuffer;

/** A source of chars that fills a CharBuffer (Reader, CharBuffer). */
public interface Readable {
    int read(CharBuffer cb) throws IOException;
}
