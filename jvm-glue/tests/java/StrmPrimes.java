import java.util.*;
import java.util.stream.*;

public class StrmPrimes {
    static boolean isPrime(int n) {
        return n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }

    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 100).filter(StrmPrimes::isPrime).boxed().toList());
        System.out.println(IntStream.rangeClosed(1, 10_000).filter(StrmPrimes::isPrime).count());
        System.out.println(IntStream.iterate(2, i -> i + 1).filter(StrmPrimes::isPrime).skip(999).findFirst().getAsInt());
        System.out.println(LongStream.rangeClosed(1, 25).reduce(1, (a, b) -> a * b));
        System.out.println(IntStream.rangeClosed(1, 100).filter(i -> i % 15 == 0).mapToObj(Integer::toString).collect(Collectors.joining("+")));
        System.out.println(IntStream.rangeClosed(1, 30).mapToObj(i -> i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : String.valueOf(i)).collect(Collectors.joining(" ")));
        List<int[]> triples = IntStream.rangeClosed(1, 30).boxed().flatMap(a -> IntStream.rangeClosed(a, 30).boxed()
                .flatMap(b -> IntStream.rangeClosed(b, 30).filter(c -> a * a + b * b == c * c).mapToObj(c -> new int[] {a, b, c}))).toList();
        triples.forEach(t -> System.out.print(Arrays.toString(t)));
        System.out.println();
        Map<Integer, Long> gaps = IntStream.range(2, 5000).filter(StrmPrimes::isPrime).boxed().collect(Collectors.toList()).stream()
                .collect(Collectors.groupingBy(p -> p % 6, TreeMap::new, Collectors.counting()));
        System.out.println(gaps);
        System.out.println(IntStream.rangeClosed(1, 20).mapToObj(n -> IntStream.rangeClosed(1, n).filter(d -> n % d == 0).count()).toList());
        System.out.println(IntStream.rangeClosed(1, 50).map(n -> Integer.bitCount(n)).summaryStatistics());
        int[] sieve = IntStream.range(0, 50).map(i -> i < 2 ? 0 : 1).toArray();
        IntStream.range(2, 8).forEach(i -> IntStream.iterate(i * i, j -> j < 50, j -> j + i).forEach(j -> sieve[j] = 0));
        System.out.println(IntStream.range(0, 50).filter(i -> sieve[i] == 1).boxed().toList());
    }
}
