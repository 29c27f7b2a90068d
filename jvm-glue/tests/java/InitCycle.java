public class InitCycle {
    static class A {
        static int a = B.b + 1;

        static {
            System.out.println("A init, B.b=" + B.b);
        }
    }

    static class B {
        static int b = A.a + 10;

        static {
            System.out.println("B init, A.a=" + A.a);
        }
    }

    interface Iface {
        int X = log("Iface.X");

        static int log(String s) {
            System.out.println("init " + s);
            return 5;
        }

        default int get() {
            return X;
        }
    }

    static class Impl implements Iface {
        static {
            System.out.println("Impl init");
        }
    }

    static class Holder {
        static final String CONST = "compile-time";
        static final int NUM = 3;
        static final Integer BOXED = 9;

        static {
            System.out.println("Holder init");
        }
    }

    public static void main(String[] args) {
        System.out.println("A.a=" + A.a + " B.b=" + B.b);
        Impl i = new Impl();
        System.out.println("made Impl");
        System.out.println(i.get());
        System.out.println(Holder.CONST + Holder.NUM);
        System.out.println("boxed " + Holder.BOXED);
    }
}
