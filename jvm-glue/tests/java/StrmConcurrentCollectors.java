import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;

public class StrmConcurrentCollectors {
    public static void main(String[] args) {
        List<String> w = List.of("kiwi", "apple", "fig", "banana", "cherry", "date", "grape", "lemon", "lime", "mango", "nectarine", "olive", "peach", "pear", "plum");
        ConcurrentMap<Integer, List<String>> byLen = w.stream().collect(Collectors.groupingByConcurrent(String::length));
        System.out.println(byLen + " " + (byLen instanceof ConcurrentHashMap));
        System.out.println(w.parallelStream().collect(Collectors.groupingByConcurrent(s -> s.charAt(0), Collectors.counting())).get('p'));
        ConcurrentSkipListMap<Character, String> sk = w.stream().collect(Collectors.groupingByConcurrent(s -> s.charAt(0), ConcurrentSkipListMap::new, Collectors.joining("/")));
        System.out.println(sk);
        ConcurrentMap<String, Integer> m = w.stream().collect(Collectors.toConcurrentMap(s -> s, String::length));
        System.out.println(new TreeMap<>(m));
        System.out.println(w.stream().collect(Collectors.toConcurrentMap(String::length, s -> 1, Integer::sum)));
        ConcurrentSkipListMap<Character, String> merged = w.stream().collect(Collectors.toConcurrentMap(s -> s.charAt(0), s -> s, (a, b) -> a + "+" + b, ConcurrentSkipListMap::new));
        System.out.println(merged);
        try {
            w.stream().collect(Collectors.toConcurrentMap(String::length, s -> s));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Collectors.groupingByConcurrent(String::length).characteristics().containsAll(EnumSet.of(Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED)));
        System.out.println(Collectors.toConcurrentMap(x -> x, x -> x).characteristics().size());
        try {
            Stream.of("a").collect(Collectors.groupingByConcurrent(s -> null));
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
    }
}
