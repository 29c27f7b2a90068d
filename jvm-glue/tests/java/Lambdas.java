import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.*;

public class Lambdas {
    interface TriFunc<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    interface Marker {}

    int base = 100;

    static int twice(int x) {
        return 2 * x;
    }

    int addBase(int x) {
        return x + base;
    }

    static String join(String a, String b) {
        return a + "+" + b;
    }

    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = Lambdas::twice;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5));
        Supplier<List<String>> mk = ArrayList::new;
        List<String> l = mk.get();
        l.add("x");
        System.out.println(l);
        BiFunction<String, String, String> j = Lambdas::join;
        System.out.println(j.apply("a", "b"));
        Lambdas self = new Lambdas();
        IntUnaryOperator bound = self::addBase;
        self.base = 5;
        System.out.println(bound.applyAsInt(1));
        Function<String, Integer> len = String::length;
        System.out.println(len.apply("hello"));
        BiFunction<String, Integer, Character> at = String::charAt;
        System.out.println(at.apply("hello", 1));
        int captured = 7;
        long capL = 10000000000L;
        double capD = 0.5;
        String capS = "s";
        TriFunc<Integer, Long, Double, String> tri = (a, b, c) -> a + captured + ":" + (b + capL) + ":" + (c + capD) + capS;
        System.out.println(tri.apply(1, 2L, 3.0));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.negate().test("") + " " + empty.or(s -> s.startsWith("a")).test("abc"));
        IntBinaryOperator max = Math::max;
        System.out.println(max.applyAsInt(3, 9));
        ToIntFunction<String> hash = String::hashCode;
        System.out.println(hash.applyAsInt("abc"));
        Function<Integer, int[]> arr = int[]::new;
        System.out.println(arr.apply(4).length);
        Runnable r = () -> System.out.println("run " + captured);
        r.run();
        String[] words = {"banana", "Apple", "cherry", "date"};
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(s -> s.toLowerCase()));
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, Comparator.<String>naturalOrder().reversed());
        System.out.println(Arrays.toString(words));
        List<Integer> nums = new ArrayList<>(Arrays.asList(5, 3, 8, 1));
        nums.sort((a, b) -> b - a);
        nums.forEach(n -> System.out.print(n + ";"));
        System.out.println();
        nums.removeIf(n -> n % 2 == 1);
        System.out.println(nums);
        Supplier<Supplier<String>> nested = () -> () -> "nested " + captured;
        System.out.println(nested.get().get());
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.apply("shout"));
        BinaryOperator<Integer> add = Integer::sum;
        System.out.println(add.apply(2, 3));
        Consumer<String> printer = System.out::println;
        printer.accept("method ref on instance");
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println(parse.apply("123") + 1);
        DoubleUnaryOperator sq = d -> d * d;
        System.out.println(sq.applyAsDouble(1.5));
        LongSupplier ls = () -> capL * 2;
        System.out.println(ls.getAsLong());
        BooleanSupplier bs = () -> captured > 5;
        System.out.println(bs.getAsBoolean());
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        System.out.println(byLen.compare("aa", "b"));
        Object o = (Runnable & Marker) () -> System.out.println("intersection");
        ((Runnable) o).run();
        System.out.println(o instanceof Marker);
    }
}
