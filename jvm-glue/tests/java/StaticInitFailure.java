public class StaticInitFailure {
    static class Bad {
        static int value = compute();

        static int compute() {
            System.out.println("Bad.<clinit> running");
            throw new IllegalStateException("init failed");
        }

        static void hello() {
            System.out.println("hello");
        }
    }

    static class ErrInit {
        static {
            if (true) throw new AssertionError("assert in clinit");
        }

        static int x = 1;
    }

    public static void main(String[] args) {
        try {
            Bad.hello();
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE cause: " + e.getCause());
            System.out.println("EIIE message: " + e.getMessage());
        }
        try {
            Bad.hello();
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE: " + e.getMessage());
        }
        try {
            System.out.println(ErrInit.x);
        } catch (AssertionError e) {
            System.out.println("AssertionError passes through: " + e.getMessage());
        }
        System.out.println(Bad.value);
    }
}
