import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** BufferedReader.lines, Files.lines/list/walk over a tree this program writes. */
public class IoStreamsOfLines {
    static void rmrf(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                for (Path c : ds) rmrf(c);
            }
        }
        Files.deleteIfExists(p);
    }

    public static void main(String[] args) throws Exception {
        BufferedReader br = new BufferedReader(new StringReader("one\r\ntwo\rthree\n\nfive"));
        System.out.println(br.lines().map(s -> "[" + s + "]").collect(Collectors.joining(",")));
        System.out.println("after: " + br.readLine());
        BufferedReader lazy = new BufferedReader(new StringReader("a\nb\nc\nd\n"));
        System.out.println(lazy.lines().limit(2).collect(Collectors.toList()) + " rest " + lazy.readLine());

        Path root = Paths.get("/tmp/mote-diff-IoStreamsOfLines");
        rmrf(root);
        Files.createDirectories(root.resolve("a/b/c"));
        Files.createDirectories(root.resolve("d"));
        Files.write(root.resolve("notes.txt"), "x 1\r\ny 22\n\nz 333\n".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("a/one.txt"), "1".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("a/b/two.txt"), "22".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("a/b/c/three.txt"), "333".getBytes(StandardCharsets.UTF_8));

        try (Stream<String> lines = Files.lines(root.resolve("notes.txt"))) {
            System.out.println(lines.filter(l -> !l.isEmpty()).mapToInt(l -> l.split(" ")[1].length()).sum());
        }
        System.out.println(Files.lines(root.resolve("notes.txt"), StandardCharsets.ISO_8859_1).count());
        try (Stream<Path> s = Files.list(root)) {
            System.out.println(s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(root)) {
            System.out.println(s.map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(root, 1)) {
            System.out.println(s.map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList()));
        }
        System.out.println(Files.walk(root).filter(Files::isRegularFile).count() + " files");
        try {
            Files.list(root.resolve("notes.txt"));
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(root.toString(), "ROOT"));
        }
        try {
            Files.lines(root.resolve("missing.txt"));
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(root.toString(), "ROOT"));
        }
        try {
            Files.walk(root, -1);
        } catch (IllegalArgumentException e) {
            System.out.println("walk -1: " + e.getMessage());
        }
        rmrf(root);
        System.out.println("exists after cleanup: " + Files.exists(root));
    }
}
