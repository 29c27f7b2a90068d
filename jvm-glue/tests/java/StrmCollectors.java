import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmCollectors {
    static void p(Object o) {
        System.out.println(o);
    }

    record Person(String name, String city, int age, double score) {}

    public static void main(String[] args) {
        List<Person> people = List.of(
                new Person("Ann", "Oslo", 34, 7.5), new Person("Bob", "Rome", 25, 6.25),
                new Person("Cid", "Oslo", 41, 9.0), new Person("Dee", "Lima", 25, 5.5),
                new Person("Eve", "Rome", 38, 8.75), new Person("Fay", "Oslo", 29, 4.0),
                new Person("Gus", "Kiev", 52, 7.0), new Person("Hal", "Lima", 33, 6.5));
        p(people.stream().map(Person::name).collect(Collectors.toList()));
        p(people.stream().map(Person::city).collect(Collectors.toSet()));
        p(people.stream().map(Person::city).collect(Collectors.toCollection(ArrayList::new)));
        p(people.stream().map(Person::name).collect(Collectors.joining()));
        p(people.stream().map(Person::name).collect(Collectors.joining(", ")));
        p(people.stream().map(Person::name).collect(Collectors.joining(", ", "{", "}")));
        p(Stream.<String>empty().collect(Collectors.joining(", ", "{", "}")));
        p(people.stream().collect(Collectors.groupingBy(Person::city)));
        p(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.counting())));
        p(people.stream().collect(Collectors.groupingBy(Person::age, TreeMap::new, Collectors.mapping(Person::name, Collectors.joining("+")))));
        p(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.averagingInt(Person::age))));
        p(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.summingDouble(Person::score))));
        p(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.maxBy(Comparator.comparingInt(Person::age)))).get("Oslo"));
        p(people.stream().collect(Collectors.groupingBy(p -> p.age() / 10 * 10, Collectors.mapping(Person::city, Collectors.toSet()))));
        p(people.stream().collect(Collectors.partitioningBy(p -> p.age() > 33)));
        p(people.stream().collect(Collectors.partitioningBy(p -> p.age() > 33, Collectors.counting())));
        p(Stream.<Integer>empty().collect(Collectors.partitioningBy(x -> x > 0)));
        p(people.stream().collect(Collectors.toMap(Person::name, Person::age)));
        p(people.stream().collect(Collectors.toMap(Person::city, Person::age, Integer::sum)));
        p(people.stream().collect(Collectors.toMap(Person::city, Person::name, (a, b) -> a + "&" + b, TreeMap::new)));
        try {
            people.stream().collect(Collectors.toMap(Person::city, Person::name));
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        try {
            Stream.of("a", "b").collect(Collectors.toMap(s -> s, s -> null));
        } catch (NullPointerException e) {
            p("NPE toMap null value");
        }
        try {
            Stream.of("a", "b").collect(Collectors.groupingBy(s -> null));
        } catch (NullPointerException e) {
            p("NPE " + e.getMessage());
        }
        p(people.stream().collect(Collectors.counting()));
        p(people.stream().collect(Collectors.summingInt(Person::age)) + " " + people.stream().collect(Collectors.summingLong(Person::age)) + " " + people.stream().collect(Collectors.summingDouble(Person::score)));
        p(people.stream().collect(Collectors.averagingInt(Person::age)) + " " + people.stream().collect(Collectors.averagingLong(Person::age)) + " " + people.stream().collect(Collectors.averagingDouble(Person::score)));
        p(Stream.<Person>empty().collect(Collectors.averagingInt(Person::age)) + " " + Stream.<Person>empty().collect(Collectors.averagingDouble(Person::score)));
        p(people.stream().collect(Collectors.summarizingInt(Person::age)));
        p(people.stream().collect(Collectors.summarizingLong(Person::age)));
        p(people.stream().collect(Collectors.summarizingDouble(Person::score)));
        p(people.stream().collect(Collectors.minBy(Comparator.comparingDouble(Person::score))).map(Person::name));
        p(people.stream().map(Person::age).collect(Collectors.reducing(0, Integer::sum)));
        p(people.stream().map(Person::age).collect(Collectors.reducing(Integer::min)));
        p(people.stream().collect(Collectors.reducing(0, Person::age, Integer::max)));
        p(people.stream().map(Person::name).collect(Collectors.collectingAndThen(Collectors.toList(), List::size)));
        p(people.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(Person::age), (n, s) -> s + "/" + n)));
        p(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.filtering(p -> p.age() > 30, Collectors.mapping(Person::name, Collectors.toList())))));
        p(Stream.of(List.of(1, 2), List.of(3, 4, 5)).collect(Collectors.flatMapping(List::stream, Collectors.summingInt(x -> x))));
        List<Integer> ul = Stream.of(3, 1, 2).collect(Collectors.toUnmodifiableList());
        p(ul);
        try {
            ul.add(4);
        } catch (UnsupportedOperationException e) {
            p("UOE");
        }
        try {
            Stream.of(1, null).collect(Collectors.toUnmodifiableList());
        } catch (NullPointerException e) {
            p("NPE unmodifiable");
        }
        Set<Integer> us = Stream.of(3, 1, 2, 3).collect(Collectors.toUnmodifiableSet());
        p(us.size() + " " + us.contains(3) + " " + us.contains(4));
        try {
            us.add(9);
        } catch (UnsupportedOperationException e) {
            p("UOE set");
        }
        Map<String, Integer> um = Stream.of("aa", "b").collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        p(um.get("aa") + " " + um.get("b") + " " + um.size());
        try {
            um.put("c", 1);
        } catch (UnsupportedOperationException e) {
            p("UOE map");
        }
        try {
            Stream.of("aa", "aa").collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        p(Stream.of("aa", "aa", "b").collect(Collectors.toUnmodifiableMap(s -> s, String::length, Integer::sum)).get("aa"));
        List<Integer> tl = Stream.of(1, null, 3).toList();
        p(tl + " " + tl.size() + " " + tl.get(1));
        try {
            tl.set(0, 5);
        } catch (UnsupportedOperationException e) {
            p("UOE toList");
        }
        Collector<String, StringBuilder, String> custom = Collector.of(StringBuilder::new, (sb, s) -> sb.append(s.toUpperCase()), (a, b) -> a, StringBuilder::toString);
        p(Stream.of("x", "y", "z").collect(custom));
        Collector<Integer, List<Integer>, List<Integer>> custom2 = Collector.of(ArrayList::new, List::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, Collector.Characteristics.IDENTITY_FINISH);
        p(Stream.of(7, 8).collect(custom2) + " " + custom2.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH));
        p(Collectors.toList().characteristics().contains(Collector.Characteristics.IDENTITY_FINISH) + " " + Collectors.joining().characteristics().isEmpty());
        p(Stream.of("x", "y").collect(StringBuilder::new, StringBuilder::append, (a, b) -> a.append(b.toString())).reverse());
        Map<Boolean, Map<String, List<Integer>>> nested = people.stream().collect(Collectors.partitioningBy(p -> p.score() > 6,
                Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::age, Collectors.toList()))));
        p(nested);
        Map<String, Long> wordCounts = Arrays.stream("the quick brown fox jumps over the lazy dog the end fox".split(" "))
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        p(wordCounts);
        p(wordCounts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() + "=" + e.getValue()).toList());
        p(wordCounts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.reverseOrder())).map(Map.Entry::getKey).toList());
        p(wordCounts.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.naturalOrder())).get().getKey());
        Map<Integer, String> byLen = IntStream.rangeClosed(1, 30).boxed().collect(Collectors.toMap(i -> i % 11, i -> "v" + i, (a, b) -> b));
        p(byLen);
        Map<String, Integer> hm = IntStream.range(0, 40).boxed().collect(Collectors.toMap(i -> "k" + i * 37 % 101, i -> i));
        p(hm);
    }
}
