package java.nio.file;

import java.util.ArrayList;

/** The Path implementation: a normalized string (no duplicate or trailing '/'). */
final class UnixPath implements Path {
    private final String path;
    private String[] names;

    private UnixPath(String path) {
        this.path = path;
    }

    static UnixPath parse(String input) {
        StringBuilder sb = new StringBuilder(input.length());
        char prev = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\0') throw new InvalidPathException(input, "Nul character not allowed");
            if (c == '/' && prev == '/') continue;
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') sb.setLength(sb.length() - 1);
        return new UnixPath(sb.toString());
    }

    private boolean isEmpty() {
        return path.isEmpty();
    }

    private String[] names() {
        if (names == null) {
            if (path.isEmpty()) {
                names = new String[] {""};
            } else {
                ArrayList<String> v = new ArrayList<>();
                int start = isAbsolute() ? 1 : 0;
                for (int i = start; i <= path.length(); i++) {
                    if (i == path.length() || path.charAt(i) == '/') {
                        if (i > start) v.add(path.substring(start, i));
                        start = i + 1;
                    }
                }
                String[] r = new String[v.size()];
                for (int i = 0; i < r.length; i++) r[i] = v.get(i);
                names = r;
            }
        }
        return names;
    }

    private static UnixPath join(String[] parts, int from, int to, boolean absolute) {
        StringBuilder sb = new StringBuilder();
        if (absolute) sb.append('/');
        for (int i = from; i < to; i++) {
            if (i > from) sb.append('/');
            sb.append(parts[i]);
        }
        return new UnixPath(sb.toString());
    }

    private static UnixPath check(Path p) {
        if (p == null) throw new NullPointerException();
        if (!(p instanceof UnixPath)) throw new ProviderMismatchException();
        return (UnixPath) p;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public Path getRoot() {
        return isAbsolute() ? new UnixPath("/") : null;
    }

    public Path getFileName() {
        if (isEmpty()) return this;
        if (path.equals("/")) return null;
        return new UnixPath(path.substring(path.lastIndexOf('/') + 1));
    }

    public Path getParent() {
        int n = getNameCount();
        if (n == 0) return null;
        int i = path.lastIndexOf('/');
        if (i < 0) return null;
        if (i == 0) return new UnixPath("/");
        return new UnixPath(path.substring(0, i));
    }

    public int getNameCount() {
        return names().length;
    }

    public Path getName(int index) {
        String[] n = names();
        if (index < 0 || index >= n.length) throw new IllegalArgumentException();
        return new UnixPath(n[index]);
    }

    public Path subpath(int beginIndex, int endIndex) {
        String[] n = names();
        if (beginIndex < 0 || beginIndex >= n.length || endIndex > n.length || beginIndex >= endIndex) {
            throw new IllegalArgumentException();
        }
        return join(n, beginIndex, endIndex, false);
    }

    public boolean startsWith(Path other) {
        UnixPath o = check(other);
        if (o.isEmpty()) return isEmpty();
        if (o.isAbsolute() != isAbsolute()) return false;
        if (o.path.equals("/")) return true;
        String[] a = names(), b = o.names();
        if (b.length > a.length) return false;
        for (int i = 0; i < b.length; i++) if (!a[i].equals(b[i])) return false;
        return true;
    }

    public boolean endsWith(Path other) {
        UnixPath o = check(other);
        if (o.isEmpty()) return isEmpty();
        if (o.isAbsolute()) return o.path.equals(path);
        String[] a = names(), b = o.names();
        if (b.length > a.length || (isEmpty())) return false;
        for (int i = 0; i < b.length; i++) {
            if (!a[a.length - b.length + i].equals(b[i])) return false;
        }
        return true;
    }

    public Path normalize() {
        if (isEmpty()) return this;
        String[] n = names();
        ArrayList<String> out = new ArrayList<>();
        for (String s : n) {
            if (s.equals(".")) continue;
            if (s.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                    continue;
                }
                if (isAbsolute()) continue;
            }
            out.add(s);
        }
        String[] r = new String[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = out.get(i);
        return join(r, 0, r.length, isAbsolute());
    }

    public Path resolve(Path other) {
        UnixPath o = check(other);
        if (o.isAbsolute()) return o;
        if (o.isEmpty()) return this;
        if (isEmpty()) return o;
        return new UnixPath(path.equals("/") ? "/" + o.path : path + "/" + o.path);
    }

    public Path relativize(Path other) {
        UnixPath o = check(other);
        if (o.equals(this)) return new UnixPath("");
        if (isAbsolute() != o.isAbsolute()) throw new IllegalArgumentException("'other' is different type of Path");
        if (isEmpty()) return o;
        String[] a = path.equals("/") ? new String[0] : names();
        String[] b = o.path.equals("/") || o.isEmpty() ? new String[0] : o.names();
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) i++;
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < a.length; k++) {
            if (sb.length() > 0) sb.append('/');
            sb.append("..");
        }
        for (int k = i; k < b.length; k++) {
            if (sb.length() > 0) sb.append('/');
            sb.append(b[k]);
        }
        return new UnixPath(sb.toString());
    }

    public Path toAbsolutePath() {
        if (isAbsolute()) return this;
        return parse(mote.io.Fs.cwd()).resolve(this);
    }

    public int compareTo(Path other) {
        return path.compareTo(((UnixPath) other).path);
    }

    public boolean equals(Object ob) {
        return ob instanceof UnixPath && ((UnixPath) ob).path.equals(path);
    }

    public int hashCode() {
        int h = 0;
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) h = 31 * h + (b & 0xff);
        return h;
    }

    public String toString() {
        return path;
    }
}
