package java.nio.file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import mote.io.Fs;

/**
 * Static file operations through the platform. lines() is lazy; list() and walk() read the
 * directories when called. Not yet: find, attributes beyond size, symbolic links, move.
 */
public final class Files {
    private Files() {}

    /** The exception java.nio.file reports for an errno on `file`. */
    static IOException error(int errno, String file) {
        switch (errno) {
            case Fs.ENOENT: return new NoSuchFileException(file);
            case Fs.EACCES: return new AccessDeniedException(file);
            case Fs.EEXIST: return new FileAlreadyExistsException(file);
            case Fs.ENOTEMPTY: return new DirectoryNotEmptyException(file);
            default: return new FileSystemException(file, null, Fs.strerror(errno));
        }
    }

    /** The path's text; a null path fails as HotSpot's provider lookup (provider(Path path)) does. */
    private static String name(Path p) {
        if (p == null) throw new NullPointerException("Cannot invoke \"java.nio.file.Path.getFileSystem()\" because \"path\" is null");
        return p.toString();
    }

    private static final class In extends InputStream {
        private final int handle;
        private final String dirError;
        private boolean closed;

        In(int handle, String dirError) {
            this.handle = handle;
            this.dirError = dirError;
        }

        private void ensureOpen() throws IOException {
            if (closed) throw new java.nio.channels.ClosedChannelException();
        }

        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) == 1 ? b[0] & 0xff : -1;
        }

        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            ensureOpen();
            if (dirError != null) throw new IOException(dirError);
            if (len == 0) return 0;
            int n = Fs.read0(handle, b, off, len);
            if (n < 0) throw new IOException(Fs.strerror(-n));
            return n == 0 ? -1 : n;
        }

        public void close() {
            if (closed) return;
            closed = true;
            if (handle >= 0) Fs.close0(handle);
        }
    }

    private static final class Out extends OutputStream {
        private final int handle;
        private boolean closed;

        Out(int handle) {
            this.handle = handle;
        }

        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed) throw new java.nio.channels.ClosedChannelException();
            while (len > 0) {
                int n = Fs.write0(handle, b, off, len);
                if (n < 0) throw new IOException(Fs.strerror(-n));
                off += n;
                len -= n;
            }
        }

        public void close() {
            if (closed) return;
            closed = true;
            Fs.close0(handle);
        }
    }

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        String p = name(path);
        int h = Fs.open0(p, Fs.READ);
        if (h == -Fs.EISDIR) return new In(-1, "Is a directory");
        if (h < 0) throw error(-h, p);
        return new In(h, null);
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        String p = name(path);
        boolean create = options.length == 0, createNew = false, append = false, truncate = options.length == 0;
        for (OpenOption o : options) {
            if (o == StandardOpenOption.CREATE) create = true;
            else if (o == StandardOpenOption.CREATE_NEW) createNew = true;
            else if (o == StandardOpenOption.APPEND) append = true;
            else if (o == StandardOpenOption.TRUNCATE_EXISTING) truncate = true;
            else if (o == StandardOpenOption.READ) throw new IllegalArgumentException("READ not allowed");
        }
        if (append && truncate) throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
        int kind = Fs.kind(p);
        if (createNew && kind > 0) throw new FileAlreadyExistsException(p);
        if (!create && !createNew && kind == -Fs.ENOENT) throw new NoSuchFileException(p);
        // Without TRUNCATE_EXISTING (or APPEND) an existing file is overwritten from its start.
        int h = Fs.open0(p, append ? Fs.APPEND : truncate || createNew ? Fs.WRITE : Fs.READ_WRITE);
        if (h == -Fs.EISDIR) throw new FileSystemException(p, null, "Is a directory");
        if (h < 0) throw error(-h, p);
        return new Out(h);
    }

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = newInputStream(path)) {
            return in.readAllBytes();
        }
    }

    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    public static String readString(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(cs);
        byte[] b = readAllBytes(path);
        CharBuffer cb = cs.newDecoder().decode(ByteBuffer.wrap(b));
        return cb.toString();
    }

    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        java.nio.charset.CharsetDecoder decoder = cs.newDecoder();
        return new BufferedReader(new InputStreamReader(newInputStream(path), decoder));
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        try (BufferedReader r = newBufferedReader(path, cs)) {
            List<String> result = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) result.add(line);
            return result;
        }
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options) throws IOException {
        java.nio.charset.CharsetEncoder encoder = cs.newEncoder();
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(path, options), encoder));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        Objects.requireNonNull(bytes);
        try (OutputStream out = newOutputStream(path, options)) {
            out.write(bytes, 0, bytes.length);
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(lines);
        try (BufferedWriter w = newBufferedWriter(path, cs, options)) {
            for (CharSequence line : lines) {
                w.append(line);
                w.newLine();
            }
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options) throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(csq);
        Objects.requireNonNull(cs);
        ByteBuffer bb = cs.newEncoder().encode(CharBuffer.wrap(csq));
        byte[] b = new byte[bb.remaining()];
        bb.get(b);
        return write(path, b, options);
    }

    public static boolean exists(Path path, LinkOption... options) {
        return Fs.kind(name(path)) > 0;
    }

    public static boolean notExists(Path path, LinkOption... options) {
        return Fs.kind(name(path)) == -Fs.ENOENT;
    }

    public static boolean isDirectory(Path path, LinkOption... options) {
        return Fs.kind(name(path)) == Fs.KIND_DIR;
    }

    public static boolean isRegularFile(Path path, LinkOption... options) {
        return Fs.kind(name(path)) == Fs.KIND_FILE;
    }

    public static boolean isReadable(Path path) {
        return exists(path);
    }

    public static boolean isWritable(Path path) {
        return exists(path);
    }

    public static boolean isHidden(Path path) {
        Path f = path.getFileName();
        return f != null && f.toString().startsWith(".");
    }

    public static boolean isSameFile(Path a, Path b) throws IOException {
        if (a.equals(b)) return true;
        Path x = a.toAbsolutePath().normalize(), y = b.toAbsolutePath().normalize();
        if (!exists(a)) throw new NoSuchFileException(a.toString());
        if (!exists(b)) throw new NoSuchFileException(b.toString());
        return x.equals(y);
    }

    public static long size(Path path) throws IOException {
        String p = name(path);
        long[] st = Fs.stat(p);
        if (st == null) throw error(-Fs.kind(p), p);
        return st[1];
    }

    public static Path createFile(Path path, java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
        String p = name(path);
        if (Fs.kind(p) > 0) throw new FileAlreadyExistsException(p);
        int h = Fs.open0(p, Fs.WRITE);
        if (h < 0) throw error(-h, p);
        Fs.close0(h);
        return path;
    }

    public static Path createDirectory(Path dir, java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
        String p = name(dir);
        int r = Fs.mkdir0(p);
        if (r < 0) throw error(-r, p);
        return dir;
    }

    public static Path createDirectories(Path dir, java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
        String p = name(dir);
        int k = Fs.kind(p);
        if (k == Fs.KIND_DIR) return dir;
        if (k > 0) throw new FileAlreadyExistsException(p);
        Path abs = dir.toAbsolutePath();
        Path parent = abs.getParent();
        if (parent != null) createDirectories(parent);
        int r = Fs.mkdir0(abs.toString());
        if (r < 0 && !(r == -Fs.EEXIST && Fs.kind(abs.toString()) == Fs.KIND_DIR)) throw error(-r, p);
        return dir;
    }

    public static void delete(Path path) throws IOException {
        String p = name(path);
        int r = Fs.delete0(p);
        if (r < 0) throw error(-r, p);
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        String p = name(path);
        int r = Fs.delete0(p);
        if (r == -Fs.ENOENT) return false;
        if (r < 0) throw error(-r, p);
        return true;
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) if (o == StandardCopyOption.REPLACE_EXISTING) replace = true;
        String s = name(source), t = name(target);
        int sk = Fs.kind(s);
        if (sk < 0) throw error(-sk, s);
        if (Fs.kind(t) > 0) {
            if (!replace) throw new FileAlreadyExistsException(t);
            delete(target);
        }
        if (sk == Fs.KIND_DIR) return createDirectory(target);
        write(target, readAllBytes(source));
        return target;
    }

    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) if (o == StandardCopyOption.REPLACE_EXISTING) replace = true;
        String t = name(target);
        if (Fs.kind(t) > 0) {
            if (!replace) throw new FileAlreadyExistsException(t);
            delete(target);
        }
        try (OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            return in.transferTo(out);
        }
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        try (InputStream in = newInputStream(source)) {
            return in.transferTo(out);
        }
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) if (o == StandardCopyOption.REPLACE_EXISTING) replace = true;
        String s = name(source), t = name(target);
        int sk = Fs.kind(s);
        if (sk < 0) throw error(-sk, s);
        if (Fs.kind(t) > 0 && !s.equals(t)) {
            if (!replace) throw new FileAlreadyExistsException(t);
            int d = Fs.delete0(t);
            if (d < 0) throw error(-d, t);
        }
        int r = Fs.rename0(s, t);
        if (r < 0) throw error(-r, s);
        return target;
    }

    public static boolean isSymbolicLink(Path path) {
        return false;
    }

    public static boolean isExecutable(Path path) {
        return exists(path);
    }

    private static String tempDir() {
        String t = System.getProperty("java.io.tmpdir");
        return t != null ? t : "/tmp";
    }

    public static Path createTempFile(Path dir, String prefix, String suffix, java.nio.file.attribute.FileAttribute<?>... attrs)
            throws IOException {
        String d = dir == null ? tempDir() : dir.toString();
        while (true) {
            Path p = Path.of(d, Fs.tempName(prefix == null ? "" : prefix, suffix == null ? ".tmp" : suffix));
            if (Fs.kind(p.toString()) > 0) continue;
            return createFile(p);
        }
    }

    public static Path createTempFile(String prefix, String suffix, java.nio.file.attribute.FileAttribute<?>... attrs)
            throws IOException {
        return createTempFile(null, prefix, suffix);
    }

    public static Path createTempDirectory(Path dir, String prefix, java.nio.file.attribute.FileAttribute<?>... attrs)
            throws IOException {
        String d = dir == null ? tempDir() : dir.toString();
        while (true) {
            Path p = Path.of(d, Fs.tempName(prefix == null ? "" : prefix, ""));
            if (Fs.kind(p.toString()) > 0) continue;
            return createDirectory(p);
        }
    }

    public static Path createTempDirectory(String prefix, java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
        return createTempDirectory(null, prefix);
    }

    private static final class Attributes implements java.nio.file.attribute.BasicFileAttributes {
        final long[] st;

        Attributes(long[] st) {
            this.st = st;
        }

        public java.nio.file.attribute.FileTime lastModifiedTime() {
            return java.nio.file.attribute.FileTime.fromMillis(st[2]);
        }

        public java.nio.file.attribute.FileTime lastAccessTime() {
            return lastModifiedTime();
        }

        public java.nio.file.attribute.FileTime creationTime() {
            return lastModifiedTime();
        }

        public boolean isRegularFile() {
            return st[0] == Fs.KIND_FILE;
        }

        public boolean isDirectory() {
            return st[0] == Fs.KIND_DIR;
        }

        public boolean isSymbolicLink() {
            return false;
        }

        public boolean isOther() {
            return st[0] == Fs.KIND_OTHER;
        }

        public long size() {
            return st[1];
        }

        public Object fileKey() {
            return null;
        }
    }

    private static long[] stat(Path path) throws IOException {
        String p = name(path);
        long[] st = Fs.stat(p);
        if (st == null) throw error(-Fs.kind(p), p);
        return st;
    }

    /** Only BasicFileAttributes (times are the modification time, in milliseconds). */
    @SuppressWarnings("unchecked")
    public static <A extends java.nio.file.attribute.BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        if (type != java.nio.file.attribute.BasicFileAttributes.class) throw new UnsupportedOperationException();
        return (A) new Attributes(stat(path));
    }

    public static java.nio.file.attribute.FileTime getLastModifiedTime(Path path, LinkOption... options) throws IOException {
        return java.nio.file.attribute.FileTime.fromMillis(stat(path)[2]);
    }

    public static Path walkFileTree(Path start, FileVisitor<? super Path> visitor) throws IOException {
        return walkFileTree(start, new java.util.HashSet<FileVisitOption>(), Integer.MAX_VALUE, visitor);
    }

    public static Path walkFileTree(Path start, java.util.Set<FileVisitOption> options, int maxDepth, FileVisitor<? super Path> visitor)
            throws IOException {
        if (maxDepth < 0) throw new IllegalArgumentException("'maxDepth' is negative");
        Objects.requireNonNull(visitor);
        walk(start, 0, maxDepth, visitor);
        return start;
    }

    /** Visits `file` at `depth`; the result tells the caller whether to go on. */
    private static FileVisitResult walk(Path file, int depth, int maxDepth, FileVisitor<? super Path> visitor) throws IOException {
        Attributes attrs;
        try {
            attrs = new Attributes(stat(file));
        } catch (IOException e) {
            return visitor.visitFileFailed(file, e);
        }
        if (depth >= maxDepth || !attrs.isDirectory()) return visitor.visitFile(file, attrs);
        String[] names;
        int[] err = new int[1];
        names = Fs.list(file.toString(), err);
        if (names == null) return visitor.visitFileFailed(file, error(err[0], file.toString()));
        FileVisitResult r = visitor.preVisitDirectory(file, attrs);
        if (r != FileVisitResult.CONTINUE) {
            return r == FileVisitResult.SKIP_SUBTREE ? FileVisitResult.CONTINUE : r;
        }
        for (String n : names) {
            r = walk(file.resolve(n), depth + 1, maxDepth, visitor);
            if (r == FileVisitResult.TERMINATE) return r;
            if (r == FileVisitResult.SKIP_SIBLINGS) break;
        }
        r = visitor.postVisitDirectory(file, null);
        return r == FileVisitResult.SKIP_SIBLINGS || r == FileVisitResult.SKIP_SUBTREE ? FileVisitResult.CONTINUE : r;
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir) throws IOException {
        return newDirectoryStream(dir, e -> true);
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        String p = name(dir);
        int[] err = new int[1];
        String[] names = Fs.list(p, err);
        if (names == null) {
            if (err[0] == Fs.ENOTDIR) throw new NotDirectoryException(p);
            throw error(err[0], p);
        }
        List<Path> entries = new ArrayList<>();
        for (String n : names) {
            Path e = dir.resolve(n);
            if (filter.accept(e)) entries.add(e);
        }
        return new DirectoryStream<Path>() {
            private boolean used;

            public Iterator<Path> iterator() {
                if (used) throw new IllegalStateException("Iterator already obtained");
                used = true;
                return entries.iterator();
            }

            public void close() {}
        };
    }

    // ---- stream-returning methods (java.util.stream) ----

    public static java.util.stream.Stream<String> lines(Path path, Charset cs) throws IOException {
        BufferedReader r = newBufferedReader(path, cs);
        return r.lines().onClose(() -> {
            try {
                r.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static java.util.stream.Stream<String> lines(Path path) throws IOException {
        return lines(path, StandardCharsets.UTF_8);
    }

    /** The entries of `dir` (not recursive), in the order the platform lists them. */
    public static java.util.stream.Stream<Path> list(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = newDirectoryStream(dir)) {
            for (Path p : ds) entries.add(p);
        }
        return entries.stream();
    }

    /** `start`, then depth first every file below it, at most `maxDepth` levels down. */
    public static java.util.stream.Stream<Path> walk(Path start, int maxDepth, FileVisitOption... options)
            throws IOException {
        if (maxDepth < 0) throw new IllegalArgumentException("'maxDepth' is negative");
        if (!exists(start)) throw new NoSuchFileException(start.toString());
        List<Path> out = new ArrayList<>();
        walkInto(start, 0, maxDepth, out);
        return out.stream();
    }

    public static java.util.stream.Stream<Path> walk(Path start, FileVisitOption... options) throws IOException {
        return walk(start, Integer.MAX_VALUE, options);
    }

    private static void walkInto(Path p, int depth, int maxDepth, List<Path> out) throws IOException {
        out.add(p);
        if (depth >= maxDepth || !isDirectory(p)) return;
        try (DirectoryStream<Path> ds = newDirectoryStream(p)) {
            for (Path c : ds) walkInto(c, depth + 1, maxDepth, out);
        }
    }
}
