import java.util.function.Function;
import java.util.function.Supplier;

public class LambdaTrace {
    static int divide(int a, int b) {
        return a / b;
    }

    interface Action {
        void run() throws Exception;
    }

    static void attempt(Action a) {
        try {
            a.run();
        } catch (Exception e) {
            e.printStackTrace(System.out);
        }
    }

    public static void main(String[] args) {
        Function<Integer, Integer> f = x -> divide(10, x);
        try {
            f.apply(0);
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
        Supplier<String> nested = () -> {
            Runnable r = () -> {
                throw new IllegalStateException("deep in lambdas");
            };
            r.run();
            return "unreachable";
        };
        try {
            nested.get();
        } catch (IllegalStateException e) {
            e.printStackTrace(System.out);
        }
        attempt(() -> {
            throw new Exception("checked from lambda");
        });
        Function<String, Integer> ref = Integer::parseInt;
        String s = null;
        attempt(() -> System.out.println(s.length()));
        String concat = "value: " + f.apply(5);
        System.out.println(concat);
        f.apply(0);
    }
}
