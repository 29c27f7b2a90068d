import java.util.*;
import java.util.stream.*;

public class StrmIterateFib {
    record Pair(long a, long b) {
        Pair next() {
            return new Pair(b, a + b);
        }
    }

    public static void main(String[] args) {
        System.out.println(Stream.iterate(new Pair(0, 1), Pair::next).limit(20).map(Pair::a).toList());
        System.out.println(Stream.iterate(new long[] {0, 1}, f -> new long[] {f[1], f[0] + f[1]}).mapToLong(f -> f[0]).takeWhile(x -> x < 10_000).boxed().toList());
        System.out.println(Stream.iterate(new Pair(0, 1), p -> p.a() < 1_000_000_000_000L, Pair::next).count());
        System.out.println(Stream.iterate(27L, n -> n != 1, n -> n % 2 == 0 ? n / 2 : 3 * n + 1).count());
        System.out.println(Stream.iterate("a", s -> s.length() < 6, s -> s + (char) (s.charAt(s.length() - 1) + 1)).toList());
        System.out.println(IntStream.iterate(1, i -> i <= 1 << 20, i -> i << 2).boxed().toList());
        System.out.println(LongStream.iterate(1, i -> i * 7).limit(23).max().getAsLong());
        System.out.println(DoubleStream.iterate(1.0, d -> d > 1e-6, d -> d / 3).count() + " " + DoubleStream.iterate(1.0, d -> d / 3).limit(5).sum());
        int[] state = {1, 1};
        System.out.println(IntStream.generate(() -> {
            int r = state[0];
            state[0] = state[1];
            state[1] += r;
            return r;
        }).limit(15).boxed().toList());
        Random rnd = new Random(3);
        System.out.println(Stream.generate(() -> rnd.nextInt(6) + 1).limit(20).toList());
        System.out.println(Stream.generate(() -> "ab").limit(3).collect(Collectors.joining()));
        System.out.println(Stream.iterate(1, x -> x + 1).filter(x -> x % 7 == 0).map(x -> x * x).dropWhile(x -> x < 500).limit(4).toList());
        System.out.println(Stream.iterate(1, x -> x * 2).anyMatch(x -> x > 1000));
        System.out.println(Stream.iterate(1, x -> x + 1).flatMap(x -> Stream.of(x, -x)).limit(7).toList());
        Iterator<Integer> it = Stream.iterate(5, x -> x - 1).iterator();
        for (int i = 0; i < 3; i++) System.out.print(it.next() + ";");
        System.out.println();
        System.out.println(Stream.iterate(1, x -> x < 0, x -> x + 1).toList() + " " + IntStream.iterate(0, x -> false, x -> x).count());
    }
}
