import java.util.ArrayList;
import java.util.List;

public class InnerClasses {
    private int secret = 10;
    private static int sCount;

    class Inner {
        int value() {
            return secret * 2;
        }

        class Deeper {
            int value() {
                return secret + Inner.this.value();
            }
        }
    }

    static class Nested {
        int get() {
            return ++sCount;
        }
    }

    interface Greeter {
        String greet(String who);
    }

    Greeter anon(String prefix) {
        return new Greeter() {
            int calls;

            public String greet(String who) {
                calls++;
                return prefix + " " + who + " #" + calls + " secret=" + secret;
            }
        };
    }

    List<String> local(int n) {
        class Item {
            final int i;

            Item(int i) {
                this.i = i;
            }

            public String toString() {
                return "Item" + i + "/" + n;
            }
        }
        List<String> r = new ArrayList<>();
        for (int i = 0; i < n; i++) r.add(new Item(i).toString());
        return r;
    }

    public static void main(String[] args) {
        InnerClasses o = new InnerClasses();
        InnerClasses.Inner in = o.new Inner();
        System.out.println(in.value());
        InnerClasses.Inner.Deeper d = in.new Deeper();
        System.out.println(d.value());
        o.secret = 3;
        System.out.println(d.value());
        System.out.println(new Nested().get() + new Nested().get());
        Greeter g = o.anon("Hi");
        System.out.println(g.greet("Ann"));
        System.out.println(g.greet("Bob"));
        System.out.println(o.local(3));
        System.out.println(Inner.class.getName() + " " + Inner.class.getSimpleName() + " " + Nested.class.getSimpleName());
        System.out.println(g.getClass().getSimpleName().isEmpty() + " " + g.getClass().getName());
        Runnable r = new Runnable() {
            public void run() {
                System.out.println("anonymous runnable, outer secret " + o.secret);
            }
        };
        r.run();
    }
}
