// Calls whose arguments include longs and doubles (two local slots each),
// made by the interpreter's own frame path: static and instance, virtual
// overrides, mixed orders, locals written over the arguments, recursion,
// exceptions thrown inside with their stack traces, and a null receiver.
public class InterpWideArgs {
    long base = 1000;

    static long mix(int a, long b, double c, Object d, long e, int f) {
        return a + b + (long) c + (d == null ? 0 : d.hashCode() % 7) + e * 3 + f;
    }

    static double dd(double a, double b) {
        double t = a * 2;
        a = b;
        return t + a;
    }

    long inst(long x, int y, double z) {
        long local = x + y;
        double w = z / 2;
        return local + (long) w + base;
    }

    static long fib(long n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long boom(long x, double y) {
        if (x > 2) throw new IllegalStateException("boom " + x + " " + y);
        return boom(x + 1, y * 2);
    }

    static class Sub extends InterpWideArgs {
        @Override
        long inst(long x, int y, double z) {
            return -super.inst(x, y, z) + (long) z;
        }
    }

    public static void main(String[] args) {
        System.out.println(mix(1, 2L, 3.9, "x", 5L, 6));
        System.out.println(mix(-1, Long.MIN_VALUE, -0.5, null, Long.MAX_VALUE, Integer.MAX_VALUE));
        System.out.println(dd(1.5, -2.25) + " " + dd(Double.NaN, 1) + " " + dd(-0.0, -0.0));
        InterpWideArgs o = new InterpWideArgs(), s = new Sub();
        long sum = 0;
        for (int i = 0; i < 3000; i++) {
            sum += o.inst(i, i * 2, i * 0.5) + s.inst(-i, i, 1.5 * i) + mix(i, i, i, null, i, i);
        }
        System.out.println(sum + " " + fib(20));
        try {
            boom(0, 1.25);
        } catch (IllegalStateException e) {
            StringBuilder sb = new StringBuilder(e.getMessage());
            for (StackTraceElement el : e.getStackTrace()) sb.append(" @").append(el.getMethodName()).append(':').append(el.getLineNumber());
            System.out.println(sb);
        }
        InterpWideArgs nul = args.length > 5 ? o : null;
        try {
            nul.inst(1L, 2, 3.0);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
