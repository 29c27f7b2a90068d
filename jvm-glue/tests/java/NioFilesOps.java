import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// java.nio.file.Files on a private temp directory: write/read in every form, queries, create/delete/copy,
// directory listing, and the exceptions (NoSuchFile, FileAlreadyExists, DirectoryNotEmpty, Malformed input).
public class NioFilesOps {
    static String dir;

    interface Body { Object run() throws Exception; }

    static void t(String name, Body b) {
        try {
            System.out.println(name + " = " + String.valueOf(b.run()).replace(dir, "$D"));
        } catch (Throwable e) {
            System.out.println(name + " ! " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replace(dir, "$D"));
        }
    }

    public static void main(String[] args) throws Exception {
        Path d = Path.of("/tmp/mote-io-NioFilesOps-" + System.nanoTime());
        dir = d.toString();
        t("createDirectories", () -> Files.createDirectories(d.resolve("sub/deeper")));
        t("createDirectoriesAgain", () -> Files.createDirectories(d.resolve("sub")));
        t("createDirectory", () -> Files.createDirectory(d.resolve("sub")));
        t("createDirectoryNoParent", () -> Files.createDirectory(d.resolve("x/y")));
        Path f = d.resolve("bytes.bin");
        t("write", () -> Files.write(f, new byte[] {1, 2, 3, (byte) 200}));
        t("readAllBytes", () -> Arrays.toString(Files.readAllBytes(f)));
        t("size", () -> Files.size(f));
        t("append", () -> Files.write(f, new byte[] {9}, StandardOpenOption.APPEND));
        t("size2", () -> Files.size(f));
        t("createNew", () -> Files.write(f, new byte[] {9}, StandardOpenOption.CREATE_NEW));
        t("appendMissing", () -> Files.write(d.resolve("nope.bin"), new byte[] {9}, StandardOpenOption.APPEND));
        t("truncate", () -> Files.write(f, new byte[] {7}) + " " + Files.size(f));
        Path txt = d.resolve("text.txt");
        t("writeString", () -> Files.writeString(txt, "alpha\nbeta \u00e9\r\ngamma \ud83d\ude00\n\ndelta"));
        t("readString", () -> Files.readString(txt).replace("\n", "|").replace("\r", "<cr>"));
        t("readAllLines", () -> Files.readAllLines(txt));
        t("readLatin1", () -> Files.readString(txt, StandardCharsets.ISO_8859_1).length());
        t("readAscii", () -> Files.readString(txt, StandardCharsets.US_ASCII));
        t("readLinesAscii", () -> Files.readAllLines(txt, StandardCharsets.US_ASCII));
        List<String> lines = new ArrayList<>();
        lines.add("first");
        lines.add("");
        lines.add("third \u20ac");
        t("writeLines", () -> Files.write(d.resolve("lines.txt"), lines));
        t("readBack", () -> Files.readString(d.resolve("lines.txt")).replace("\n", "|") + " " + Files.size(d.resolve("lines.txt")));
        t("writeLinesLatin1", () -> Files.write(d.resolve("l1.txt"), lines, StandardCharsets.ISO_8859_1));
        t("unmappable", () -> Files.writeString(d.resolve("bad.txt"), "\u20ac", StandardCharsets.ISO_8859_1));
        t("bufferedWriter", () -> {
            try (BufferedWriter w = Files.newBufferedWriter(d.resolve("bw.txt"))) {
                w.write("one");
                w.newLine();
                w.write("two");
            }
            try (BufferedReader r = Files.newBufferedReader(d.resolve("bw.txt"))) {
                return r.readLine() + "+" + r.readLine() + "+" + r.readLine();
            }
        });
        t("streams", () -> {
            try (OutputStream o = Files.newOutputStream(d.resolve("os.bin"))) {
                for (int i = 0; i < 300; i++) o.write(i);
            }
            try (InputStream i = Files.newInputStream(d.resolve("os.bin"))) {
                return i.read() + " " + i.skip(10) + " " + i.read() + " " + i.readAllBytes().length + " " + i.read();
            }
        });
        t("exists", () -> Files.exists(f) + " " + Files.exists(d.resolve("zz")) + " " + Files.notExists(d.resolve("zz")) + " " + Files.notExists(f) + " "
                + Files.isDirectory(d) + " " + Files.isDirectory(f) + " " + Files.isRegularFile(f) + " " + Files.isRegularFile(d) + " " + Files.isReadable(f));
        t("sizeMissing", () -> Files.size(d.resolve("missing")));
        t("readMissing", () -> Files.readAllBytes(d.resolve("missing")));
        t("readDir", () -> Files.readAllBytes(d));
        t("readStringDir", () -> Files.readString(d));
        t("readLinesMissing", () -> Files.readAllLines(Path.of("relative/missing.txt")));
        t("newInputMissing", () -> Files.newInputStream(d.resolve("missing")));
        t("sizeDir", () -> Files.size(d) > 0);
        t("createFile", () -> Files.createFile(d.resolve("empty")) + " " + Files.size(d.resolve("empty")));
        t("createFileAgain", () -> Files.createFile(d.resolve("empty")));
        t("copy", () -> Files.copy(txt, d.resolve("copy.txt")) + " " + Files.readString(d.resolve("copy.txt")).length());
        t("copyExisting", () -> Files.copy(txt, d.resolve("copy.txt")));
        t("copyReplace", () -> Files.copy(f, d.resolve("copy.txt"), StandardCopyOption.REPLACE_EXISTING) + " " + Files.size(d.resolve("copy.txt")));
        t("copyMissing", () -> Files.copy(d.resolve("missing"), d.resolve("x")));
        t("copyToStream", () -> { ByteArrayOutputStream b = new ByteArrayOutputStream(); return Files.copy(txt, b) + " " + b.size(); });
        t("copyFromStream", () -> Files.copy(new ByteArrayInputStream(new byte[77]), d.resolve("fromstream")) + " " + Files.size(d.resolve("fromstream")));
        t("list", () -> {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(d)) {
                for (Path p : ds) names.add(p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""));
            }
            String[] a = new String[names.size()];
            for (int i = 0; i < a.length; i++) a[i] = names.get(i);
            Arrays.sort(a);
            return String.join(" ", a);
        });
        t("listNotDir", () -> Files.newDirectoryStream(f));
        t("listMissing", () -> Files.newDirectoryStream(d.resolve("missing")));
        t("deleteNonEmpty", () -> { Files.delete(d.resolve("sub")); return "deleted"; });
        t("deleteMissing", () -> { Files.delete(d.resolve("missing")); return "deleted"; });
        t("deleteIfExists", () -> Files.deleteIfExists(d.resolve("missing")) + " " + Files.deleteIfExists(d.resolve("empty")));
        t("sameFile", () -> Files.isSameFile(f, Path.of(dir + "/./bytes.bin")) + " " + Files.isSameFile(f, txt));
        t("hidden", () -> Files.isHidden(d.resolve(".h")) + " " + Files.isHidden(f));
        // Clean up.
        for (String n : new String[] {"bytes.bin", "text.txt", "lines.txt", "l1.txt", "bad.txt", "bw.txt", "os.bin", "copy.txt", "fromstream", "sub/deeper", "sub"}) {
            Files.deleteIfExists(d.resolve(n));
        }
        t("cleanup", () -> { Files.delete(d); return Files.exists(d); });
    }
}
