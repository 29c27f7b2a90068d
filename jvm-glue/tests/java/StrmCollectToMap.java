import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmCollectToMap {
    public static void main(String[] args) {
        List<String> w = List.of("kiwi", "apple", "fig", "banana", "cherry", "date", "grape", "lemon", "lime", "mango", "nectarine", "olive", "peach");
        System.out.println(w.stream().collect(Collectors.toMap(Function.identity(), String::length)));
        System.out.println(w.stream().collect(Collectors.toMap(s -> s.charAt(0), s -> s, (a, b) -> a + "|" + b)));
        System.out.println(w.stream().collect(Collectors.toMap(String::length, s -> 1, Integer::sum)));
        Map<String, String> lhm = w.stream().collect(Collectors.toMap(s -> s.substring(0, 2), String::toUpperCase, (a, b) -> b, LinkedHashMap::new));
        System.out.println(lhm);
        System.out.println(w.stream().collect(Collectors.toMap(s -> s, s -> s.chars().filter(c -> "aeiou".indexOf(c) >= 0).count())));
        try {
            w.stream().collect(Collectors.toMap(String::length, s -> s));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Stream.of("a", "b").collect(Collectors.toMap(s -> (String) null, s -> s, (a, b) -> a + b)));
        Map<Integer, String> m = IntStream.range(0, 64).boxed().collect(Collectors.toMap(i -> i * 31 % 97, i -> "v" + i));
        System.out.println(m);
        Map<String, Integer> big = IntStream.range(0, 100).boxed().collect(Collectors.toMap(i -> "key" + i, i -> i));
        System.out.println(big.keySet().stream().limit(20).toList());
        System.out.println(big.values().stream().mapToInt(Integer::intValue).sum() + " " + big.entrySet().stream().filter(e -> e.getValue() % 10 == 0).map(Map.Entry::getKey).sorted().toList());
        Map<Boolean, Map<Integer, List<String>>> pm = w.stream().collect(Collectors.partitioningBy(s -> s.length() > 4, Collectors.groupingBy(String::length)));
        System.out.println(pm);
        System.out.println(w.stream().collect(Collectors.groupingBy(s -> s.length() % 3, Collectors.toMap(s -> s.charAt(0), String::length, Integer::sum))));
        Map<Character, Integer> unmod = w.stream().collect(Collectors.toUnmodifiableMap(s -> s.charAt(s.length() - 1), String::length, Integer::max));
        System.out.println(unmod.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Object::toString).toList() + " " + unmod.size());
    }
}
