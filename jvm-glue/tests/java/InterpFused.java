// Instruction sequences the interpreter fuses (local compares with locals,
// constants, zero and null; array element loads from locals; store+load;
// iconst+iadd; return of a local) and the paths into the middle of them:
// results, exceptions and helpful NullPointerException messages.
public class InterpFused {
    static int[] VALS = {Integer.MIN_VALUE, -7, -1, 0, 1, 2, 7, Integer.MAX_VALUE};

    static String cmps(int a, int b) {
        StringBuilder sb = new StringBuilder();
        if (a < b) sb.append('<');
        if (a <= b) sb.append("<=");
        if (a > b) sb.append('>');
        if (a >= b) sb.append(">=");
        if (a == b) sb.append("==");
        if (a != b) sb.append("!=");
        if (a < 2) sb.append(" lt2");
        if (a >= -1) sb.append(" ge-1");
        if (a > 100) sb.append(" gt100");
        if (a <= 7) sb.append(" le7");
        if (a == 1) sb.append(" eq1");
        if (a != 0) sb.append(" ne0");
        if (a < 0) sb.append(" neg");
        if (a > 0) sb.append(" pos");
        if (a == 0) sb.append(" zero");
        if (a >= 0) sb.append(" nonneg");
        if (a <= 0) sb.append(" nonpos");
        return sb.toString();
    }

    static int pick(boolean f, int i, int j, int k) {
        // the second load is also reached by a jump from the other arm
        int n = 0;
        if ((f ? i : j) < k) n += 1;
        if ((f ? i : 3) == k) n += 10;
        if ((f ? null : "x") == null) n += 100;
        return n;
    }

    static long elems(int[] ia, byte[] ba, char[] ca, short[] sa, String[] ra, boolean[] za) {
        long h = 0;
        for (int i = 0; i < ia.length; i++) h = h * 31 + ia[i];
        for (int i = 0; i < ba.length; i++) h = h * 31 + ba[i];
        for (int i = 0; i < ca.length; i++) h = h * 31 + ca[i];
        for (int i = 0; i < sa.length; i++) h = h * 31 + sa[i];
        for (int i = 0; i < ra.length; i++) {
            String s = ra[i];
            h = h * 31 + (s == null ? 0 : s.length());
        }
        for (int i = 0; i < za.length; i++) h = h * 31 + (za[i] ? 1 : 0);
        return h;
    }

    static int at(int[] a, int i) {
        return a[i];
    }

    static char charAt(char[] a, int i) {
        return a[i];
    }

    static Object refAt(Object[] a, int i) {
        return a[i];
    }

    static int addConst(int x) {
        int y = x + 5;
        int z = y + -3;
        return z + 1000000;
    }

    static synchronized int syncReturn(int x) {
        int y = x * 3;
        return y;
    }

    static String nulls(Object o, String s) {
        if (o == null) return "o null";
        if (s != null) return "s " + s;
        return "both";
    }

    // empty methods: calls to them are dropped, except for their exceptions
    static class Base {
        Base() {}
    }

    static class Derived extends Base {
        int v;

        Derived() {}

        private void nothing() {}

        final void nothingFinal() {}

        void overridable() {}

        static void nothingStatic(long a, double b, Object c) {}
    }

    static class Derived2 extends Derived {
        @Override
        void overridable() {
            System.out.println("Derived2.overridable");
        }
    }

    // empty static methods of classes not initialized yet: the call initializes
    static class Lazy {
        static {
            System.out.println("Lazy initialized");
        }

        static void nothing() {}
    }

    static class Broken {
        static int boom = Integer.parseInt("not a number");

        static void nothing() {}
    }

    // `load; load; putfield` and `load; load; getfield` (fused once quickened)
    static void setV(Derived d, int x) {
        d.v = x;
    }

    static int plusV(int k, Derived d) {
        return k + d.v;
    }

    static void empties(Derived d) {
        d.nothing();
    }

    static void emptiesFinal(Derived d) {
        d.nothingFinal();
    }

    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (int a : VALS) {
            for (int b : VALS) System.out.println(a + " ? " + b + ": " + cmps(a, b));
        }
        for (int i = -1; i <= 2; i++) {
            for (int k = 0; k <= 3; k++) {
                System.out.println("pick " + i + "," + k + ": " + pick(true, i, 2, k) + " " + pick(false, i, 2, k));
            }
        }
        int[] ia = {1, -2, 3, Integer.MAX_VALUE};
        byte[] ba = {-128, -1, 0, 127};
        char[] ca = {'a', 0xffff, 0};
        short[] sa = {-32768, 32767, -1};
        String[] ra = {"ab", null, "cde"};
        boolean[] za = {true, false, true};
        System.out.println("elems " + elems(ia, ba, ca, sa, ra, za));
        System.out.println("addConst " + addConst(5) + " " + addConst(Integer.MAX_VALUE) + " " + addConst(Integer.MIN_VALUE));
        System.out.println("sync " + syncReturn(7) + " " + syncReturn(-1));
        System.out.println(nulls(null, "x") + " / " + nulls("o", "x") + " / " + nulls("o", null));
        tryIt("int index -1", () -> at(ia, -1));
        tryIt("int index 4", () -> at(ia, 4));
        tryIt("int null", () -> at(null, 0));
        tryIt("char index 3", () -> charAt(ca, 3));
        tryIt("char null", () -> charAt(null, 1));
        tryIt("ref null", () -> refAt(null, 0));
        tryIt("ref index", () -> refAt(new Object[2], 2));
        tryIt("elems null", () -> elems(ia, null, ca, sa, ra, za));
        tryIt("local array null", () -> {
            int[] x = null;
            int i = 1;
            System.out.println(x[i]);
        });
        for (int i = 0; i < 3; i++) {
            Derived d = i == 2 ? new Derived2() : new Derived();
            Derived.nothingStatic(i, i, d);
            empties(d);
            emptiesFinal(d);
            d.overridable();
            System.out.println("empty calls " + i + " " + d.v + " " + d.getClass().getSimpleName());
        }
        System.out.println("before Lazy");
        for (int i = 0; i < 2; i++) {
            Lazy.nothing();
            System.out.println("after Lazy.nothing " + i);
        }
        for (int i = 0; i < 2; i++) {
            try {
                Broken.nothing();
                System.out.println("Broken.nothing returned");
            } catch (Throwable e) {
                System.out.println("Broken.nothing: " + e.getClass().getName() + ": " + e.getMessage()
                    + (e.getCause() == null ? "" : " caused by " + e.getCause()));
            }
        }
        Derived dv = new Derived();
        int acc = 0;
        for (int i = 0; i < 5; i++) {
            setV(dv, i * 7);
            acc += plusV(i, dv);
        }
        System.out.println("fields " + acc + " " + dv.v);
        tryIt("putfield on null", () -> setV(null, 3));
        tryIt("getfield on null", () -> System.out.println(plusV(1, null)));
        tryIt("empty private on null", () -> empties(null));
        tryIt("empty final on null", () -> emptiesFinal(null));
        tryIt("empty virtual on null", () -> ((Derived) null).overridable());
        tryIt("length of null", () -> {
            int[] x = args.length > 100 ? ia : null;
            System.out.println(x.length);
        });
        tryIt("length", () -> {
            String[] x = args;
            System.out.println(x.length + ia.length);
        });
        tryIt("local array index", () -> {
            byte[] x = new byte[3];
            int i = 3;
            System.out.println(x[i]);
        });
        tryIt("loop past end", () -> {
            int[] x = {1, 2, 3};
            int s = 0;
            for (int i = 0; i <= x.length; i++) s += x[i];
            System.out.println(s);
        });
        // a long-running loop (many backward branches through fused compares)
        long sum = 0;
        for (int i = 0; i < 300000; i++) {
            if (i % 3 == 0) sum += i;
            else if (i > 150000) sum -= 1;
        }
        System.out.println("sum " + sum);
        // store; load of the same and of another local
        int p = 3;
        int q = p;
        p = q + 1;
        q = p;
        System.out.println("pq " + p + " " + q);
    }
}
