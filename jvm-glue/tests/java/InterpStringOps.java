import java.util.HashMap;
import java.util.Map;

// String methods and HashMap.hash done in place by the JVM: indexOf(int) and
// indexOf(int, int) (negative, BMP and supplementary code points, any
// fromIndex), startsWith (offsets out of range, empty and null prefixes),
// isEmpty, null receivers; HashMap keys that are null, Strings with and
// without a cached hash (including strings whose hash is 0), other classes,
// and keys whose hashCode throws.
public class InterpStringOps {
    static final class Key {
        final int k;
        Key(int k) { this.k = k; }
        @Override public int hashCode() {
            if (k < 0) throw new IllegalStateException("bad key " + k);
            return k * 0x10001;
        }
        @Override public boolean equals(Object o) { return o instanceof Key && ((Key) o).k == k; }
    }

    static void npe(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(what + ": NPE");
        }
    }

    public static void main(String[] args) {
        String s = "abc\u00e9\u4e2d a\ud83d\ude00b\uffff";
        int[] chars = {'a', 'b', 'z', ' ', 0xe9, 0x4e2d, 0xffff, 0x1f600, 0xd83d, 0xde00, -1, 0, 0x10000, 0x110000, Integer.MIN_VALUE};
        int[] froms = {Integer.MIN_VALUE, -1, 0, 1, 5, 7, 11, 12, 100, Integer.MAX_VALUE};
        StringBuilder out = new StringBuilder();
        for (int c : chars) {
            out.append(s.indexOf(c)).append(' ');
            for (int f : froms) out.append(s.indexOf(c, f)).append(',');
            out.append('\n');
        }
        System.out.print(out);
        String[] prefixes = {"", "a", "abc", "abc\u00e9\u4e2d a\ud83d\ude00b\uffff", "abc\u00e9\u4e2d a\ud83d\ude00b\uffffx", "b", " a", "\ud83d"};
        int[] offs = {Integer.MIN_VALUE, -1, 0, 1, 5, 6, 8, 11, 12, 13, Integer.MAX_VALUE};
        out.setLength(0);
        for (String p : prefixes) {
            out.append(s.startsWith(p) ? 'T' : 'f').append(' ');
            for (int o : offs) out.append(s.startsWith(p, o) ? 'T' : 'f');
            out.append('\n');
        }
        System.out.print(out);
        System.out.println("".isEmpty() + " " + s.isEmpty() + " " + "".startsWith("") + " " + "".indexOf('a') + " " + "".indexOf(0, -5));
        String ns = args.length > 99 ? s : null;
        npe("null.indexOf", () -> ns.indexOf('a'));
        npe("null.indexOf2", () -> ns.indexOf('a', 2));
        npe("null.startsWith", () -> ns.startsWith("a"));
        npe("null.startsWith2", () -> ns.startsWith("a", 1));
        npe("null.isEmpty", () -> ns.isEmpty());
        npe("startsWith(null)", () -> s.startsWith(ns));
        npe("startsWith(null, 1)", () -> s.startsWith(ns, 1));
        try {
            System.out.println(ns.isEmpty());
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }

        // HashMap.hash
        Map<Object, Integer> m = new HashMap<>();
        String[] keys = {"", "f5a5a608", "Host", "Content-Length", "host", "\u4e2d", "polygenelubricants"};
        for (int round = 0; round < 3; round++) {
            for (String k : keys) {
                String fresh = new String(k.toCharArray()); // hash not cached yet
                m.merge(fresh, 1, Integer::sum);
                m.merge(k, 10, Integer::sum);
            }
            m.merge(null, 100, Integer::sum);
            m.merge(new Key(round), 1000, Integer::sum);
            m.merge(round, 7, Integer::sum);
        }
        for (String k : keys) System.out.print(k.hashCode() + "=" + m.get(k) + " ");
        System.out.println(m.get(null) + " " + m.get(new Key(1)) + " " + m.get(2) + " " + m.size());
        try {
            m.put(new Key(-3), 1);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        long sum = 0;
        for (int i = 0; i < 5000; i++) {
            sum += m.get(keys[i % keys.length]) + s.indexOf(i % 128) + (s.startsWith("abc", i % 3) ? 1 : 0);
        }
        System.out.println(sum);
    }
}
