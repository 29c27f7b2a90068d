public class ExceptionsAcross {
    static int depth = 0;

    static void a(int n) throws Exception {
        try {
            b(n);
        } finally {
            System.out.println("a finally " + n);
        }
    }

    static void b(int n) throws Exception {
        if (n % 2 == 0) throw new Exception("even " + n);
        c(n);
    }

    static void c(int n) {
        if (n % 3 == 0) throw new UnsupportedOperationException("three " + n);
        int[] arr = new int[n];
        arr[n] = 1;
    }

    static String classify(Throwable t) {
        if (t instanceof UnsupportedOperationException) return "UOE";
        if (t instanceof RuntimeException) return "RTE";
        if (t instanceof Exception) return "checked";
        return "other";
    }

    static int nestedFinally() {
        int x = 0;
        try {
            try {
                x += 1;
                throw new RuntimeException();
            } finally {
                x += 10;
            }
        } catch (RuntimeException e) {
            x += 100;
        } finally {
            x += 1000;
        }
        return x;
    }

    static void rethrow() throws Exception {
        try {
            a(2);
        } catch (Exception e) {
            System.out.println("rethrowing " + e.getMessage());
            throw e;
        }
    }

    public static void main(String[] args) {
        for (int i = 1; i <= 6; i++) {
            try {
                a(i);
                System.out.println("no exception " + i);
            } catch (Exception e) {
                System.out.println(i + " -> " + classify(e) + ": " + e.getMessage());
            }
        }
        System.out.println(nestedFinally());
        try {
            rethrow();
        } catch (Exception e) {
            System.out.println("got rethrown " + e.getMessage());
        }
        try {
            try {
                throw new IllegalArgumentException("first");
            } finally {
                System.out.println("finally replaces");
                if (args.length == 0) throw new IllegalStateException("second");
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
        Throwable t = new RuntimeException("x");
        try {
            t.initCause(new Error("c"));
            t.initCause(new Error("d"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage().startsWith("Can't overwrite cause"));
        }
        Throwable self = new Exception("m", null);
        System.out.println(self.getCause());
    }
}
