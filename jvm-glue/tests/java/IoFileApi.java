import java.io.*;

// java.io.File: path handling (no file system) and queries/changes on a private temp directory.
public class IoFileApi {
    static String dir;

    static String rel(Object o) {
        return String.valueOf(o).replace(dir, "$D");
    }

    static String sorted(String[] names) {
        if (names == null) return "null";
        String[] c = names.clone();
        java.util.Arrays.sort(c);
        return String.join(",", c);
    }

    public static void main(String[] args) throws Exception {
        String[] paths = {"a/b/c.txt", "a//b///c/", "/", "//", "/x", "/x/", "x", "", ".", "..", "a/./b/../c", "/usr/local/bin/", "dir/"};
        for (String p : paths) {
            File f = new File(p);
            System.out.println("'" + p + "' -> '" + f + "' name='" + f.getName() + "' parent=" + f.getParent() + " abs=" + f.isAbsolute()
                    + " parentFile=" + f.getParentFile() + " hash=" + (f.hashCode() == new File(p).hashCode()));
        }
        String[][] pairs = {{"a", "b"}, {"a/", "/b"}, {"", "x"}, {"/", "x"}, {"/", "/x"}, {null, "y"}, {"p", ""}, {"", ""}, {"/a", "b/"}};
        for (String[] pc : pairs) {
            System.out.println(pc[0] + " + " + pc[1] + " = '" + new File(pc[0], pc[1]) + "' / '" + new File(pc[0] == null ? null : new File(pc[0]), pc[1]) + "'");
        }
        System.out.println(File.separator + File.separatorChar + File.pathSeparator + File.pathSeparatorChar);
        File cwd = new File("");
        String abs = new File("rel/path").getAbsolutePath();
        System.out.println(abs.endsWith("/rel/path") + " " + abs.startsWith("/") + " " + new File("/abs").getAbsolutePath() + " " + cwd.getAbsoluteFile().isAbsolute()
                + " " + new File("a/../b/./c").getCanonicalPath().endsWith("/b/c") + " " + new File("/x/../../y").getCanonicalPath());
        System.out.println(new File("a").equals(new File("a/")) + " " + new File("a").equals(new File("b")) + " " + new File("a").compareTo(new File("b")) + " "
                + new File("b").compareTo(new File("a")) + " " + new File("x").equals("x") + " " + new File("q").toPath());
        try {
            new File((String) null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }

        File d = new File("/tmp/mote-io-IoFileApi-" + System.nanoTime());
        dir = d.getPath();
        File nested = new File(d, "one/two/three");
        System.out.println(d.exists() + " " + nested.mkdir() + " " + nested.mkdirs() + " " + nested.isDirectory() + " " + nested.mkdirs() + " " + d.isDirectory() + " " + d.isFile());
        File f = new File(d, "one/file.txt");
        System.out.println(f.exists() + " " + f.length() + " " + f.createNewFile() + " " + f.createNewFile() + " " + f.exists() + " " + f.isFile() + " " + f.length() + " " + f.canRead());
        try (FileOutputStream o = new FileOutputStream(f)) {
            o.write(new byte[123]);
        }
        System.out.println(f.length() + " " + (f.lastModified() > 0) + " " + new File(d, "nothing").lastModified() + " " + f.isHidden() + " " + new File(d, ".hidden").isHidden());
        for (String n : new String[] {"b.txt", "a.txt", "c.dat"}) new File(d, "one/" + n).createNewFile();
        File one = new File(d, "one");
        System.out.println(sorted(one.list()) + " | " + sorted(one.list((dd, n) -> n.endsWith(".txt"))));
        File[] files = one.listFiles();
        String[] fn = new String[files.length];
        for (int i = 0; i < files.length; i++) fn[i] = rel(files[i]) + (files[i].isDirectory() ? "/" : "");
        System.out.println(sorted(fn));
        File[] dirs = one.listFiles(File::isDirectory);
        System.out.println(dirs.length + " " + rel(dirs[0]) + " " + one.listFiles((FilenameFilter) (x, n) -> n.startsWith("a")).length);
        System.out.println(f.list() + " " + new File(d, "missing").list() + " " + new File(d, "missing").listFiles());
        System.out.println(one.delete() + " " + new File(d, "missing").delete() + " " + f.delete() + " " + f.exists());
        try {
            new File(d, "no/such/dir/f").createNewFile();
        } catch (IOException e) {
            System.out.println("createNewFile: " + e.getMessage());
        }
        System.out.println(new File(d, "one/two/three").delete() + " " + new File(d, "one/two").delete() + " " + new File(d, "one/two").exists());
        for (String n : new String[] {"b.txt", "a.txt", "c.dat"}) new File(d, "one/" + n).delete();
        System.out.println(one.delete() + " " + d.delete() + " " + d.exists());
        System.out.println(new File("a\0b").exists() + " " + new File("a\0b").length() + " " + new File("a\0b").list());
    }
}
