import java.util.function.*;

public class MethodRefs {
    static class Base {
        String hello() {
            return "base hello";
        }
    }

    static class Derived extends Base {
        final String tag;

        Derived() {
            this("none");
        }

        Derived(String tag) {
            this.tag = tag;
        }

        @Override
        String hello() {
            return "derived hello " + tag;
        }

        Supplier<String> superRef() {
            return super::hello;
        }

        Supplier<String> thisRef() {
            return this::hello;
        }
    }

    static int counter;

    static int next() {
        return ++counter;
    }

    public static void main(String[] args) {
        Derived d = new Derived("t");
        System.out.println(d.superRef().get() + " | " + d.thisRef().get());
        Supplier<Derived> ctor = Derived::new;
        Function<String, Derived> ctor1 = Derived::new;
        System.out.println(ctor.get().tag + " " + ctor1.apply("x").tag);
        Function<Base, String> unbound = Base::hello;
        System.out.println(unbound.apply(d) + " / " + unbound.apply(new Base()));
        IntSupplier st = MethodRefs::next;
        System.out.println(st.getAsInt() + st.getAsInt() + st.getAsInt());
        IntFunction<String[]> mkArr = String[]::new;
        System.out.println(mkArr.apply(3).length);
        BiFunction<Integer, Integer, Integer> cmp = Integer::compare;
        ToIntBiFunction<String, String> cmp2 = String::compareTo;
        System.out.println(cmp.apply(1, 2) + " " + cmp2.applyAsInt("b", "a"));
        Function<Integer, String> toStr = String::valueOf;
        Function<Object, String> objStr = Object::toString;
        System.out.println(toStr.apply(77) + objStr.apply(d).startsWith("MethodRefs$Derived@"));
        Supplier<Integer> boxedCounter = MethodRefs::next;
        long l = boxedCounter.get();
        System.out.println(l);
        ObjIntConsumer<StringBuilder> app = StringBuilder::append;
        StringBuilder sb = new StringBuilder();
        app.accept(sb, 5);
        app.accept(sb, 6);
        System.out.println(sb);
        Function<Double, Long> rounder = Math::round;
        System.out.println(rounder.apply(2.5));
        IntToLongFunction widen = x -> x * 10000000000L;
        System.out.println(widen.applyAsLong(3));
    }

    interface ToIntBiFunction<A, B> {
        int applyAsInt(A a, B b);
    }
}
