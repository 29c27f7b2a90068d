import java.nio.file.*;
import java.util.Iterator;

// java.nio.file.Path operations that need no file system: parsing, names, resolve, relativize, normalize.
public class NioPathOps {
    interface Body { Object run() throws Exception; }

    static void t(String name, Body b) {
        try {
            System.out.println(name + " = " + b.run());
        } catch (Throwable e) {
            System.out.println(name + " ! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] ps = {"a/b/c", "/a/b/c", "/", "", "a", "a//b/", "./x/../y", "/..", "../../z", "x/y.tar.gz", "//double//slash//"};
        for (String s : ps) {
            Path p = Path.of(s);
            StringBuilder names = new StringBuilder();
            for (Path n : p) names.append('[').append(n).append(']');
            System.out.println("'" + s + "' -> '" + p + "' file=" + p.getFileName() + " parent=" + p.getParent() + " root=" + p.getRoot() + " abs="
                    + p.isAbsolute() + " n=" + p.getNameCount() + " " + names + " norm='" + p.normalize() + "'");
        }
        Path base = Paths.get("/home", "user", "docs");
        System.out.println(base + " " + Path.of("a", "b", "", "c") + " " + Path.of("", "x") + " " + Path.of("/", "y"));
        System.out.println(base.resolve("file.txt") + " " + base.resolve("/etc") + " " + base.resolve("") + " " + Path.of("").resolve("q") + " " + Path.of("/").resolve("r"));
        System.out.println(base.resolveSibling("other") + " " + Path.of("solo").resolveSibling("sib") + " " + base.resolveSibling(Path.of("/abs")));
        String[][] rel = {{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"/a", "/a"}, {"a/b", "a/c"}, {"a", "b/c"}, {"/", "/x/y"}, {"/x/y", "/"}, {"", "a/b"}};
        for (String[] r : rel) {
            t("relativize " + r[0] + " " + r[1], () -> "'" + Path.of(r[0]).relativize(Path.of(r[1])) + "'");
        }
        t("relativizeMixed", () -> Path.of("/a").relativize(Path.of("b")));
        Path p = Path.of("/usr/share/doc/readme.md");
        System.out.println(p.getName(0) + " " + p.getName(3) + " " + p.subpath(1, 3) + " " + p.startsWith("/usr") + " " + p.startsWith("/us") + " " + p.startsWith("usr")
                + " " + p.startsWith(Path.of("/")) + " " + p.endsWith("readme.md") + " " + p.endsWith("doc/readme.md") + " " + p.endsWith("/usr/share/doc/readme.md")
                + " " + p.endsWith("me.md") + " " + Path.of("a/b").startsWith("a") + " " + Path.of("a/b").endsWith("/a/b"));
        t("nameOut", () -> p.getName(4));
        t("nameNeg", () -> p.getName(-1));
        t("subpathBad", () -> p.subpath(2, 2));
        t("subpathBad2", () -> p.subpath(0, 5));
        t("nul", () -> Path.of("bad\0path"));
        t("nul2", () -> Paths.get("ok", "b\0ad"));
        System.out.println(Path.of("a/b").equals(Path.of("a//b/")) + " " + Path.of("a").equals(Path.of("b")) + " " + Path.of("a").equals("a") + " "
                + (Path.of("x/y").hashCode() == Path.of("x/y").hashCode()) + " " + Path.of("abc").hashCode() + " " + Path.of("a").compareTo(Path.of("b")) + " "
                + Path.of("b/c").compareTo(Path.of("b")));
        Path abs = Path.of("some/rel").toAbsolutePath();
        System.out.println(abs.isAbsolute() + " " + abs.endsWith("some/rel") + " " + Path.of("/already").toAbsolutePath() + " " + Path.of("x/y").toFile() + " "
                + new java.io.File("m/n").toPath().getFileName());
        Iterator<Path> it = Path.of("/").iterator();
        System.out.println(it.hasNext() + " " + Path.of("").getFileName() + "|" + Path.of("").getNameCount() + " " + Path.of("").getParent() + " " + Path.of("").isAbsolute());
        t("emptyStarts", () -> Path.of("").startsWith("") + " " + Path.of("a").startsWith("") + " " + Path.of("").endsWith("") + " " + Path.of("a").endsWith(""));
        t("normalize", () -> Path.of("a/b/../../..").normalize() + " " + Path.of("/a/./b/.././c/").normalize() + " " + Path.of("../a/..").normalize() + " '"
                + Path.of("a/..").normalize() + "' " + Path.of("./.").normalize().getNameCount());
        t("exception", () -> new InvalidPathException("in", "why", 3).getMessage() + " | " + new InvalidPathException("in", "why").getMessage() + " | "
                + new InvalidPathException("in", "why").getIndex());
        t("fse", () -> new FileSystemException("f").getMessage() + " | " + new FileSystemException("f", "o", "r").getMessage() + " | "
                + new FileSystemException(null, null, "r").getMessage() + " | " + new FileSystemException("f", null, null).getMessage() + " | "
                + new NoSuchFileException("f", "o", null).getMessage() + " | " + new FileSystemException("f", "o", "r").getReason());
    }
}
