import java.io.*;
import java.nio.file.*;

// Renames and moves, temporary files and directories (names are checked by shape only), roots.
public class NioFilesMore {
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
        Path d = Files.createTempDirectory("mote-io-NioFilesMore-");
        dir = d.toString();
        System.out.println(dir.startsWith("/tmp/mote-io-NioFilesMore-") + " " + Files.isDirectory(d) + " " + (Files.newDirectoryStream(d).iterator().hasNext()));
        Path a = Files.writeString(d.resolve("a.txt"), "alpha");
        t("move", () -> Files.move(a, d.resolve("b.txt")) + " " + Files.exists(a) + " " + Files.readString(d.resolve("b.txt")));
        Files.writeString(d.resolve("c.txt"), "gamma");
        t("moveOnto", () -> Files.move(d.resolve("b.txt"), d.resolve("c.txt")));
        t("moveReplace", () -> Files.move(d.resolve("b.txt"), d.resolve("c.txt"), StandardCopyOption.REPLACE_EXISTING) + " " + Files.readString(d.resolve("c.txt")));
        t("moveMissing", () -> Files.move(d.resolve("nope"), d.resolve("x")));
        t("moveSelf", () -> Files.move(d.resolve("c.txt"), d.resolve("c.txt")));
        t("moveDir", () -> { Files.createDirectory(d.resolve("sub")); return Files.move(d.resolve("sub"), d.resolve("sub2")) + " " + Files.isDirectory(d.resolve("sub2")); });
        File c = new File(dir, "c.txt");
        t("renameTo", () -> c.renameTo(new File(dir, "r.txt")) + " " + c.exists() + " " + new File(dir, "r.txt").length());
        t("renameMissing", () -> new File(dir, "missing").renameTo(new File(dir, "m2")));
        t("renameIntoMissingDir", () -> new File(dir, "r.txt").renameTo(new File(dir, "no/dir/r.txt")));
        t("tempFile", () -> {
            Path f = Files.createTempFile(d, "pre-", ".suf");
            String n = f.getFileName().toString();
            return n.startsWith("pre-") + " " + n.endsWith(".suf") + " " + Files.size(f) + " " + f.getParent();
        });
        t("tempFileDefaults", () -> {
            Path f = Files.createTempFile(d, null, null);
            return f.getFileName().toString().endsWith(".tmp") + " " + Files.isRegularFile(f);
        });
        t("ioTempFile", () -> {
            File f = File.createTempFile("abc", null, new File(dir));
            File g = File.createTempFile("abc", ".x", new File(dir));
            return f.getName().startsWith("abc") + " " + f.getName().endsWith(".tmp") + " " + g.getName().endsWith(".x") + " " + !f.equals(g) + " " + f.getParent();
        });
        t("shortPrefix", () -> File.createTempFile("ab", null));
        t("tempInMissingDir", () -> File.createTempFile("abc", null, new File(dir, "missing")));
        t("tempDirIn", () -> {
            Path p = Files.createTempDirectory(d, "inner");
            return p.getFileName().toString().startsWith("inner") + " " + Files.isDirectory(p) + " " + p.getParent();
        });
        t("overwrite", () -> {
            Path o = d.resolve("over.txt");
            Files.writeString(o, "0123456789");
            Files.writeString(o, "ab", StandardOpenOption.WRITE);
            String a1 = Files.readString(o);
            Files.writeString(o, "cd", StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            String a2 = Files.readString(o);
            Files.writeString(o, "ef", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return a1 + " " + a2 + " " + Files.readString(o);
        });
        t("appendTruncate", () -> Files.writeString(d.resolve("x.txt"), "x", StandardOpenOption.APPEND, StandardOpenOption.TRUNCATE_EXISTING));
        t("writeRead", () -> Files.writeString(d.resolve("x.txt"), "x", StandardOpenOption.READ));
        t("writeDir", () -> Files.writeString(d, "x"));
        t("writeMissingNoCreate", () -> Files.writeString(d.resolve("nope.txt"), "x", StandardOpenOption.WRITE));
        t("roots", () -> File.listRoots().length + " " + File.listRoots()[0]);
        t("symlink", () -> Files.isSymbolicLink(d) + " " + Files.isExecutable(d));
        int n = 0;
        for (Path p : Files.newDirectoryStream(d)) {
            if (Files.isDirectory(p)) Files.delete(p);
            else Files.delete(p);
            n++;
        }
        Files.delete(d);
        System.out.println("deleted " + n + " " + Files.exists(d));
    }
}
