public class InstanceInit {
    static int seq;
    int a = ++seq;
    int b;

    {
        b = a * 10;
        System.out.println("initializer block a=" + a + " b=" + b);
    }

    final String name;

    InstanceInit() {
        this("default");
        System.out.println("no-arg ctor");
    }

    InstanceInit(String n) {
        name = n;
        System.out.println("ctor " + n + " a=" + a);
    }

    static class Child extends InstanceInit {
        int c = b + 1;

        {
            System.out.println("child block c=" + c);
        }

        Child() {
            super("child");
            System.out.println("child ctor");
        }
    }

    public static void main(String[] args) {
        new InstanceInit();
        new Child();
        InstanceInit x = new InstanceInit("x");
        System.out.println(x.name + " " + x.a + " " + seq);
    }
}
