import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

// Small pure methods (they only read locals, fields and array lengths,
// compute ints and branch) that the JVM runs without a frame: through
// static, virtual and interface calls, with overrides that are not pure,
// temporaries, loops longer than the frameless runner goes, and nulls met
// inside (which must raise the method's own NullPointerException).
public class InterpLeafCalls {
    interface Shape {
        int size();
        boolean bigger(Shape o);
    }

    static class Box implements Shape {
        int w, h;
        int[] extra;
        Box next;
        Box(int w, int h) { this.w = w; this.h = h; }
        public int size() { return w * 0 + w + h; } // imul is not leaf: always a real call
        public boolean bigger(Shape o) { return o != null && w > ((Box) o).w; }
        int width() { return w; }
        int area2() { int t = w + w; int u = t + h; return u - h; }
        boolean same(Box o) { return o == this || (o != null && o.w == w && o.h == h); }
        int extraLen() { return extra.length; }
        int nextW() { return next.w; }
        int nextNextW() { return next.next == null ? -1 : next.next.w; }
        int loop(int n) { int i = 0; int s = 0; while (i < n) { s = s + i; i = i + 1; } return s; }
        static int max3(int a, int b, int c) { int m = a; if (b > m) m = b; if (c > m) m = c; return m; }
        static boolean inRange(int i, int lo, int hi) { return i >= lo && i < hi; }
    }

    static class Wide extends Box {
        Wide(int w) { super(w, 1); }
        @Override int width() { return w * 2; } // not a leaf
        @Override public int size() { return w - h; } // a leaf override of a non-leaf
    }

    static String npe(java.util.function.IntSupplier s) {
        try {
            return String.valueOf(s.getAsInt());
        } catch (NullPointerException e) {
            return "NPE " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        Box a = new Box(3, 4), b = new Wide(5);
        a.next = b;
        b.next = a;
        Box c = new Box(-1, 0);
        c.next = a;
        Shape[] shapes = {a, b, c};
        long sum = 0;
        for (int i = 0; i < 3000; i++) {
            Shape s = shapes[i % 3];
            Box x = (Box) s;
            sum += s.size() + (s.bigger(shapes[(i + 1) % 3]) ? 1 : 0) + x.width() + x.area2()
                + (x.same(a) ? 7 : 0) + x.nextNextW() + Box.max3(i, -i, i % 17) + (Box.inRange(i, 100, 200) ? 1 : 0);
        }
        System.out.println(sum);
        System.out.println(a.loop(5) + " " + a.loop(100) + " " + a.loop(-3) + " " + b.bigger(null) + " " + a.same(null));
        Box lone = new Box(1, 1);
        System.out.println(npe(lone::extraLen));
        System.out.println(npe(lone::nextW));
        System.out.println(npe(lone::nextNextW));
        lone.extra = new int[9];
        lone.next = lone;
        System.out.println(npe(lone::extraLen) + " " + npe(lone::nextW) + " " + npe(lone::nextNextW));
        Box nul = args.length > 9 ? a : null;
        System.out.println(npe(() -> nul.width()));
        System.out.println(npe(() -> nul.size()));
        try {
            shapes[0].bigger(new Shape() {
                public int size() { return 0; }
                public boolean bigger(Shape o) { return false; }
            });
        } catch (ClassCastException e) {
            System.out.println("CCE");
        }
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 50; i++) list.add(i);
        int t = 0;
        for (Iterator<Integer> it = list.iterator(); it.hasNext(); ) t += it.next();
        System.out.println(t + " " + list.isEmpty() + " " + list.size());
    }
}
