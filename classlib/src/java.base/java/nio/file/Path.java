package java.nio.file;

import java.io.File;
import java.util.Iterator;

/** A Unix path of names separated by '/'. */
public interface Path extends Comparable<Path>, Iterable<Path> {
    static Path of(String first, String... more) {
        java.util.Objects.requireNonNull(first);
        String p = first;
        if (more.length > 0) {
            StringBuilder sb = new StringBuilder(first);
            for (String s : more) {
                if (!s.isEmpty()) {
                    if (sb.length() > 0) sb.append('/');
                    sb.append(s);
                }
            }
            p = sb.toString();
        }
        return UnixPath.parse(p);
    }

    default FileSystem getFileSystem() {
        return FileSystems.getDefault();
    }

    boolean isAbsolute();

    Path getRoot();

    Path getFileName();

    Path getParent();

    int getNameCount();

    Path getName(int index);

    Path subpath(int beginIndex, int endIndex);

    boolean startsWith(Path other);

    default boolean startsWith(String other) {
        return startsWith(Path.of(other));
    }

    boolean endsWith(Path other);

    default boolean endsWith(String other) {
        return endsWith(Path.of(other));
    }

    Path normalize();

    Path resolve(Path other);

    default Path resolve(String other) {
        return resolve(Path.of(other));
    }

    default Path resolveSibling(Path other) {
        if (other == null) throw new NullPointerException();
        Path parent = getParent();
        return parent == null ? other : parent.resolve(other);
    }

    default Path resolveSibling(String other) {
        return resolveSibling(Path.of(other));
    }

    Path relativize(Path other);

    Path toAbsolutePath();

    default File toFile() {
        return new File(toString());
    }

    default Iterator<Path> iterator() {
        return new Iterator<Path>() {
            private int i = 0;

            public boolean hasNext() {
                return i < getNameCount();
            }

            public Path next() {
                if (i < getNameCount()) return getName(i++);
                throw new java.util.NoSuchElementException();
            }
        };
    }

    int compareTo(Path other);

    boolean equals(Object other);

    int hashCode();

    String toString();
}
