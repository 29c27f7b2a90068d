public class ExceptionsBasic {
    static class MyException extends Exception {
        final int code;

        MyException(String msg, int code) {
            super(msg);
            this.code = code;
        }
    }

    static void thrower(int n) throws MyException {
        if (n > 2) throw new MyException("too big: " + n, n);
        System.out.println("ok " + n);
    }

    static int finallyReturn() {
        try {
            return 1;
        } finally {
            System.out.println("finally runs");
        }
    }

    @SuppressWarnings("finally")
    static int finallyOverride() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 42;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            try {
                thrower(i);
            } catch (MyException e) {
                System.out.println("caught " + e.getMessage() + " code=" + e.code);
            } finally {
                System.out.println("finally " + i);
            }
        }
        System.out.println(finallyReturn());
        System.out.println(finallyOverride());
        try {
            try {
                throw new IllegalStateException("inner");
            } catch (IllegalArgumentException e) {
                System.out.println("wrong handler");
            } finally {
                System.out.println("inner finally");
            }
        } catch (RuntimeException e) {
            System.out.println("outer caught " + e);
        }
        try {
            Object o = "str";
            Integer i = (Integer) o;
        } catch (ClassCastException | IllegalStateException e) {
            System.out.println("multi-catch " + e.getClass().getName());
        }
        RuntimeException chained = new RuntimeException("outer", new IllegalArgumentException("root cause"));
        System.out.println(chained.getCause().getMessage());
        System.out.println(new Exception().getMessage() + " " + new Exception((String) null).toString());
        Throwable t = new Error("err");
        System.out.println(t instanceof Exception);
        System.out.println(t instanceof Error);
    }
}
