import java.util.function.Function;

public class LambdaBridges {
    interface Sink<T> {
        String put(T t);
    }

    interface StringSink extends Sink<String> {
        @Override
        String put(String s);
    }

    interface Maker<T extends CharSequence> {
        T make(int n);
    }

    interface StringMaker extends Maker<String> {
        @Override
        String make(int n);
    }

    interface Marker {}

    static <T> String feed(Sink<T> sink, T value) {
        return sink.put(value);
    }

    public static void main(String[] args) {
        StringSink s = x -> "got " + x.length();
        System.out.println(s.put("abc") + " / " + feed(s, "hello"));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Sink raw = s;
        try {
            raw.put(42);
        } catch (ClassCastException e) {
            System.out.println("bridge rejects Integer: " + e.getClass().getSimpleName());
        }
        StringMaker m = n -> "x".repeat(n);
        Maker<String> viaBase = m;
        CharSequence cs = viaBase.make(3);
        System.out.println(m.make(2) + " " + cs + " " + cs.length());
        StringSink both = (StringSink & Marker) x -> x.toUpperCase();
        System.out.println(both.put("marked") + " " + (both instanceof Marker) + " " + feed(both, "bridge"));
        Function<Integer, String> f = Integer::toBinaryString;
        Function<Object, Object> erased = (Function) f;
        System.out.println(erased.apply(5));
    }
}
