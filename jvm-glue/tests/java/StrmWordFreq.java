import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmWordFreq {
    static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
            it was the season of Light, it was the season of Darkness, it was the spring of hope,
            it was the winter of despair, we had everything before us, we had nothing before us.
            """;

    public static void main(String[] args) {
        List<String> words = Arrays.stream(TEXT.split("[^A-Za-z]+")).filter(w -> !w.isEmpty()).map(String::toLowerCase).toList();
        System.out.println(words.size() + " words, " + words.stream().distinct().count() + " distinct");
        Map<String, Long> freq = words.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println(freq);
        freq.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .forEach(e -> System.out.printf("%-12s %3d %s%n", e.getKey(), e.getValue(), "*".repeat(e.getValue().intValue())));
        Map<Integer, List<String>> byLen = words.stream().distinct().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        byLen.forEach((k, v) -> System.out.println(k + " -> " + v));
        Map<Character, List<String>> byInitial = words.stream().distinct().sorted().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.toCollection(ArrayList::new)));
        System.out.println(byInitial);
        System.out.println(words.stream().collect(Collectors.joining(" ")).length());
        String longest = words.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElse("?");
        System.out.println("longest " + longest);
        IntSummaryStatistics st = words.stream().mapToInt(String::length).summaryStatistics();
        System.out.println(st);
        System.out.println(TEXT.lines().map(String::strip).map(l -> l.length() + ":" + l.chars().filter(c -> c == ',').count()).toList());
        System.out.println(TEXT.chars().filter(c -> Character.isUpperCase((char) c)).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        Map<Boolean, Long> vowelStart = words.stream().collect(Collectors.partitioningBy(w -> "aeiou".indexOf(w.charAt(0)) >= 0, Collectors.counting()));
        System.out.println(vowelStart);
    }
}
