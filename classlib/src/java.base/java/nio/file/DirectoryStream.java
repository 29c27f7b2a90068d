package java.nio.file;

import java.io.Closeable;

public interface DirectoryStream<T> extends Closeable, Iterable<T> {
    @FunctionalInterface
    interface Filter<T> {
        boolean accept(T entry) throws java.io.IOException;
    }
}
