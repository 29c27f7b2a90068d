package java.io;

import java.nio.file.Path;
import java.util.ArrayList;
import mote.io.Fs;

/** A file system path name (Unix style); queries go through the platform. */
public class File implements Serializable, Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    /** Removes duplicate and trailing slashes. */
    private static String normalize(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char prev = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/') continue;
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String resolve(String parent, String child) {
        if (child.isEmpty()) return parent;
        if (child.charAt(0) == '/') return parent.equals("/") ? child : parent + child;
        return parent.equals("/") ? parent + child : parent + "/" + child;
    }

    public File(String pathname) {
        if (pathname == null) throw new NullPointerException();
        this.path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null) throw new NullPointerException();
        if (parent == null) {
            this.path = normalize(child);
        } else if (parent.isEmpty()) {
            this.path = resolve("/", normalize(child));
        } else {
            this.path = resolve(normalize(parent), normalize(child));
        }
    }

    public File(File parent, String child) {
        if (child == null) throw new NullPointerException();
        if (parent == null) {
            this.path = normalize(child);
        } else if (parent.path.isEmpty()) {
            this.path = resolve("/", normalize(child));
        } else {
            this.path = resolve(parent.path, normalize(child));
        }
    }

    final boolean isInvalid() {
        return path.indexOf('\0') >= 0;
    }

    public String getName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String getParent() {
        int prefix = path.startsWith("/") ? 1 : 0;
        int index = path.lastIndexOf('/');
        if (index < prefix) {
            return prefix > 0 && path.length() > prefix ? path.substring(0, prefix) : null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        return isAbsolute() ? path : resolve(Fs.cwd(), path);
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath());
    }

    /**
     * The absolute path with "." and ".." resolved: fully within the longest prefix that exists, textually
     * after it (where a ".." at the root stays, as on HotSpot). Symbolic links are not resolved.
     */
    public String getCanonicalPath() throws IOException {
        ArrayList<String> names = new ArrayList<>();
        for (String s : getAbsolutePath().split("/")) if (!s.isEmpty()) names.add(s);
        int existing = names.size();
        while (existing > 0) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < existing; i++) prefix.append('/').append(names.get(i));
            if (Fs.kind(prefix.toString()) > 0) break;
            existing--;
        }
        ArrayList<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String s = names.get(i);
            if (s.equals(".")) continue;
            if (s.equals("..")) {
                if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                    parts.remove(parts.size() - 1);
                    continue;
                }
                if (i < existing) continue;
            }
            parts.add(s);
        }
        return "/" + String.join("/", parts);
    }

    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath());
    }

    public Path toPath() {
        return Path.of(path);
    }

    private int kind() {
        return isInvalid() ? -2 : Fs.kind(path.isEmpty() ? "" : path);
    }

    public boolean canRead() {
        return kind() > 0;
    }

    public boolean canWrite() {
        return kind() > 0;
    }

    public boolean canExecute() {
        return kind() == Fs.KIND_DIR;
    }

    public boolean exists() {
        return kind() > 0;
    }

    public boolean isDirectory() {
        return kind() == Fs.KIND_DIR;
    }

    public boolean isFile() {
        return kind() == Fs.KIND_FILE;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public long lastModified() {
        long[] st = isInvalid() ? null : Fs.stat(path);
        return st == null ? 0L : st[2];
    }

    public long length() {
        long[] st = isInvalid() ? null : Fs.stat(path);
        return st == null ? 0L : st[1];
    }

    public boolean createNewFile() throws IOException {
        if (isInvalid()) throw new IOException("Invalid file path");
        if (kind() > 0) return false;
        int h = Fs.open0(path, Fs.WRITE);
        if (h < 0) throw new IOException(Fs.strerror(-h));
        Fs.close0(h);
        return true;
    }

    public boolean delete() {
        return !isInvalid() && Fs.delete0(path) == 0;
    }

    public void deleteOnExit() {}

    public String[] list() {
        if (isInvalid()) return null;
        return Fs.list(path, new int[1]);
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if (names == null || filter == null) return names;
        ArrayList<String> v = new ArrayList<>();
        for (String n : names) if (filter.accept(this, n)) v.add(n);
        String[] r = new String[v.size()];
        for (int i = 0; i < r.length; i++) r[i] = v.get(i);
        return r;
    }

    public File[] listFiles() {
        String[] names = list();
        if (names == null) return null;
        File[] fs = new File[names.length];
        for (int i = 0; i < names.length; i++) fs[i] = new File(this, names[i]);
        return fs;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] names = list();
        if (names == null) return null;
        ArrayList<File> v = new ArrayList<>();
        for (String n : names) if (filter == null || filter.accept(this, n)) v.add(new File(this, n));
        return toFiles(v);
    }

    public File[] listFiles(FileFilter filter) {
        String[] names = list();
        if (names == null) return null;
        ArrayList<File> v = new ArrayList<>();
        for (String n : names) {
            File f = new File(this, n);
            if (filter == null || filter.accept(f)) v.add(f);
        }
        return toFiles(v);
    }

    private static File[] toFiles(ArrayList<File> v) {
        File[] r = new File[v.size()];
        for (int i = 0; i < r.length; i++) r[i] = v.get(i);
        return r;
    }

    public boolean mkdir() {
        return !isInvalid() && Fs.mkdir0(path) == 0;
    }

    public boolean mkdirs() {
        if (exists()) return false;
        if (mkdir()) return true;
        File canon;
        try {
            canon = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canon.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canon.mkdir();
    }

    public boolean renameTo(File dest) {
        if (dest == null) throw new NullPointerException();
        if (isInvalid() || dest.isInvalid()) return false;
        return Fs.rename0(path, dest.path) == 0;
    }

    public static File[] listRoots() {
        return new File[] {new File("/")};
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        if (suffix == null) suffix = ".tmp";
        File dir = directory != null ? directory : new File(tempDir());
        while (true) {
            File f = new File(dir, Fs.tempName(prefix, suffix));
            if (f.exists()) continue;
            int h = Fs.open0(f.getPath(), Fs.WRITE);
            if (h < 0) throw new IOException(Fs.strerror(-h));
            Fs.close0(h);
            return f;
        }
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    static String tempDir() {
        String t = System.getProperty("java.io.tmpdir");
        return t != null ? t : "/tmp";
    }

    public int compareTo(File other) {
        return path.compareTo(other.path);
    }

    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }

    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    public String toString() {
        return path;
    }
}
