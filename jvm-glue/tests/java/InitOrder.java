public class InitOrder {
    static StringBuilder log = new StringBuilder();

    static class Base {
        static {
            log.append("Base.static ");
        }

        int a = init("Base.field ");

        Base() {
            log.append("Base() ");
            describe();
        }

        void describe() {
            log.append("Base.describe ");
        }

        static int init(String s) {
            log.append(s);
            return 1;
        }
    }

    static class Derived extends Base {
        static {
            log.append("Derived.static ");
        }

        static final int CONST = 7;
        static int counter = Base.init("Derived.counter ");
        int b = init("Derived.field ");

        Derived() {
            super();
            log.append("Derived() ");
        }

        @Override
        void describe() {
            log.append("Derived.describe(b=" + b + ") ");
        }
    }

    static class Lazy {
        static {
            log.append("Lazy.static ");
        }

        static void touch() {}
    }

    interface WithConst {
        int K = Base.init("WithConst.K ");
    }

    public static void main(String[] args) {
        log.append("main ");
        System.out.println(Derived.CONST);
        System.out.println(log);
        new Derived();
        System.out.println(log);
        new Derived();
        System.out.println(log);
        Lazy[] arr = new Lazy[3];
        System.out.println(log + "| array made");
        Lazy.touch();
        System.out.println(log);
        System.out.println(WithConst.K);
        System.out.println(log);
    }
}
