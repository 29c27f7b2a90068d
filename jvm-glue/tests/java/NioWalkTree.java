import java.io.IOException;
import java.nio.file.*;
import java.nio.file.attribute.*;
import java.util.*;

// Files.walkFileTree over a private tree (visit order, SKIP_SUBTREE, SKIP_SIBLINGS, TERMINATE, maxDepth,
// failures), readAttributes, FileTime formatting, the default FileSystem.
public class NioWalkTree {
    static Path root;

    static String rel(Path p) {
        String s = root.relativize(p).toString();
        return s.isEmpty() ? "." : s;
    }

    /** Records events; children are visited in directory order, so each directory's events are sorted. */
    static class Recorder implements FileVisitor<Path> {
        final List<String> log = new ArrayList<>();
        final String skipSubtree, skipSiblingsAt, terminateAt;

        Recorder(String skipSubtree, String skipSiblingsAt, String terminateAt) {
            this.skipSubtree = skipSubtree;
            this.skipSiblingsAt = skipSiblingsAt;
            this.terminateAt = terminateAt;
        }

        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            log.add("pre " + rel(dir));
            return rel(dir).equals(skipSubtree) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
            log.add("file " + rel(f) + " " + a.size() + (a.isDirectory() ? "d" : ""));
            if (rel(f).equals(terminateAt)) return FileVisitResult.TERMINATE;
            if (rel(f).equals(skipSiblingsAt)) return FileVisitResult.SKIP_SIBLINGS;
            return FileVisitResult.CONTINUE;
        }

        public FileVisitResult visitFileFailed(Path f, IOException e) {
            log.add("failed " + rel(f) + " " + e.getClass().getSimpleName());
            return FileVisitResult.CONTINUE;
        }

        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            log.add("post " + rel(dir) + " " + e);
            return FileVisitResult.CONTINUE;
        }
    }

    static void make() throws IOException {
        Files.createDirectories(root.resolve("a/a1"));
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("a/f1.txt"), "1");
        Files.writeString(root.resolve("a/a1/deep.txt"), "deeper");
        Files.writeString(root.resolve("b/g.txt"), "gg");
        Files.writeString(root.resolve("top.txt"), "top!");
    }

    /** Unordered event sets are compared sorted (directory listing order is the file system's). */
    static String run(Recorder r, int depth) throws IOException {
        Files.walkFileTree(root, new HashSet<>(), depth, r);
        List<String> sorted = new ArrayList<>(r.log);
        Collections.sort(sorted);
        return r.log.size() + " " + sorted;
    }

    public static void main(String[] args) throws Exception {
        root = Files.createTempDirectory("mote-io-NioWalkTree-");
        make();
        System.out.println(run(new Recorder(null, null, null), Integer.MAX_VALUE));
        System.out.println(run(new Recorder("a", null, null), Integer.MAX_VALUE));
        System.out.println(run(new Recorder(null, null, null), 1));
        System.out.println(run(new Recorder(null, null, null), 0));
        Recorder t = new Recorder(null, null, "a/a1/deep.txt");
        Files.walkFileTree(root, t);
        System.out.println("terminate: " + t.log.contains("file a/a1/deep.txt 6") + " " + t.log.get(t.log.size() - 1));
        Recorder missing = new Recorder(null, null, null);
        Files.walkFileTree(root.resolve("missing"), missing);
        System.out.println(missing.log);
        BasicFileAttributes at = Files.readAttributes(root.resolve("top.txt"), BasicFileAttributes.class);
        System.out.println(at.isRegularFile() + " " + at.isDirectory() + " " + at.isOther() + " " + at.isSymbolicLink() + " " + at.size() + " "
                + (at.lastModifiedTime().toMillis() > 0) + " " + Files.readAttributes(root, BasicFileAttributes.class).isDirectory());
        try {
            Files.getLastModifiedTime(root.resolve("none"));
        } catch (NoSuchFileException e) {
            System.out.println("NSFE " + rel(Path.of(e.getMessage())));
        }
        long[] ms = {0, 1234567890123L, -1, 1000, 1500, 253402300800000L, -62135596800001L, 951782400000L, 4102444800000L, -86400000L * 365 * 400};
        StringBuilder sb = new StringBuilder();
        for (long m : ms) sb.append(FileTime.fromMillis(m)).append(' ');
        System.out.println(sb);
        System.out.println(FileTime.fromMillis(5).hashCode() + " " + FileTime.fromMillis(-1234).hashCode() + " " + FileTime.fromMillis(5).compareTo(FileTime.fromMillis(9))
                + " " + FileTime.fromMillis(7).equals(FileTime.fromMillis(7)));
        FileSystem fs = FileSystems.getDefault();
        System.out.println(fs.getSeparator() + " " + fs.getPath("x", "y") + " " + fs.getRootDirectories().iterator().next() + " " + fs.isOpen() + " " + fs.isReadOnly()
                + " " + (Path.of("q").getFileSystem() == fs));
        // Delete the tree with a visitor, the usual way.
        Files.walkFileTree(root, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return super.postVisitDirectory(dir, e);
            }
        });
        System.out.println("deleted " + Files.exists(root));
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<Path>() {});
        } catch (NoSuchFileException e) {
            System.out.println("simple visitor rethrows " + e.getClass().getSimpleName());
        }
        try {
            Files.walkFileTree(Path.of("/"), new HashSet<>(), -1, new SimpleFileVisitor<Path>() {});
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
