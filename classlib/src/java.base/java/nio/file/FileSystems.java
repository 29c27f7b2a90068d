package java.nio.file;

import java.util.ArrayList;
import java.util.List;

public final class FileSystems {
    private FileSystems() {}

    private static final FileSystem DEFAULT = new FileSystem() {
        public boolean isOpen() {
            return true;
        }

        public boolean isReadOnly() {
            return false;
        }

        public String getSeparator() {
            return "/";
        }

        public Iterable<Path> getRootDirectories() {
            List<Path> roots = new ArrayList<>();
            roots.add(Path.of("/"));
            return roots;
        }

        public Path getPath(String first, String... more) {
            return Path.of(first, more);
        }

        public void close() {
            throw new UnsupportedOperationException();
        }
    };

    public static FileSystem getDefault() {
        return DEFAULT;
    }
}
