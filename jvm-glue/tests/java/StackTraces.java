public class StackTraces {
    static void level3(int x) {
        if (x > 0) throw new IllegalStateException("deep " + x);
    }

    static void level2(int x) {
        level3(x + 1);
    }

    static void level1(int x) {
        try {
            level2(x);
        } catch (IllegalStateException e) {
            throw new RuntimeException("wrapped", e);
        }
    }

    public static void main(String[] args) {
        try {
            level1(1);
        } catch (RuntimeException e) {
            e.printStackTrace();
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(st.length + " " + st[0].getMethodName() + " " + st[0].getLineNumber() + " " + st[0].getClassName());
            System.out.println(e.getCause().getStackTrace()[0]);
        }
        Exception e = new Exception("made here");
        e.printStackTrace(System.out);
        Object o = null;
        try {
            o.hashCode();
        } catch (NullPointerException npe) {
            npe.printStackTrace();
        }
        int[] a = new int[2];
        try {
            a[5] = 1;
        } catch (ArrayIndexOutOfBoundsException x) {
            x.printStackTrace();
        }
        level1(7);
    }
}
