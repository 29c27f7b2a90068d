// Calls the JVM may do in place (trivial getters, String.charAt/length):
// results and exceptions, including helpful NullPointerException messages.
public class LangInlineCalls {
    static final class Box {
        private final int v;
        private final long w;
        private final String s;
        private final int[] arr;

        Box(int v, long w, String s, int[] arr) {
            this.v = v;
            this.w = w;
            this.s = s;
            this.arr = arr;
        }

        int v() { return v; }
        long w() { return w; }
        String s() { return s; }
        int len() { return arr.length; }
        private int secret() { return v * 2; }
        int viaPrivate() { return secret(); }
    }

    static class Base {
        int x = 1;
        final int fx() { return x; }
        int vx() { return x; }
    }

    static class Derived extends Base {
        @Override
        int vx() { return 42; }
    }

    static void npe(Runnable r) {
        try {
            r.run();
            System.out.println("no exception");
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Box b = new Box(7, 1L << 40, "hello", new int[]{1, 2, 3});
        long sum = 0;
        for (int i = 0; i < 1000; i++) sum += b.v() + b.w() + b.len() + b.viaPrivate();
        System.out.println(sum + " " + b.s());
        String s = "abc\u00e9\u4e2d";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append((int) s.charAt(i)).append(',');
        System.out.println(sb);
        Base base = new Derived();
        System.out.println(base.fx() + " " + base.vx() + " " + new Base().vx());
        Box nb = null;
        npe(() -> System.out.println(nb.v()));
        npe(() -> System.out.println(nb.w()));
        npe(() -> System.out.println(nb.len()));
        Box nullArr = new Box(1, 2, null, null);
        npe(() -> System.out.println(nullArr.len()));
        npe(() -> System.out.println(nullArr.s().length()));
        String ns = args.length > 5 ? "x" : null;
        npe(() -> System.out.println(ns.charAt(0)));
        npe(() -> System.out.println(ns.length()));
        npe(() -> System.out.println(s.charAt(5)));
        npe(() -> System.out.println(s.charAt(-1)));
        npe(() -> System.out.println("latin".charAt(9)));
        Base nbase = null;
        npe(() -> System.out.println(nbase.fx()));
    }
}
