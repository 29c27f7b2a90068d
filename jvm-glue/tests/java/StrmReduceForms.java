import java.util.*;
import java.util.stream.*;

public class StrmReduceForms {
    public static void main(String[] args) {
        List<String> w = List.of("delta", "alpha", "charlie", "bravo", "echo");
        System.out.println(w.stream().reduce("", (a, b) -> a + b.charAt(0)));
        System.out.println(w.stream().reduce((a, b) -> a.length() >= b.length() ? a : b));
        System.out.println(w.stream().reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        System.out.println(w.stream().reduce(new StringBuilder(), (sb, s) -> sb.append(s.length()), (a, b) -> a.append(b.toString())).reverse());
        System.out.println(Stream.<String>empty().reduce("id", String::concat) + " " + Stream.<String>empty().reduce(String::concat).isPresent());
        System.out.println(IntStream.rangeClosed(1, 10).reduce(0, (a, b) -> a * 2 + b) + " " + IntStream.rangeClosed(1, 10).reduce((a, b) -> a - b));
        System.out.println(LongStream.rangeClosed(1, 10).reduce(1, (a, b) -> a * b) + " " + LongStream.empty().reduce(Long::sum));
        System.out.println(DoubleStream.of(1, 2, 3, 4).reduce(0, (a, b) -> a + 1 / b) + " " + DoubleStream.of(2, 3).reduce((a, b) -> a / b));
        System.out.println(w.stream().map(String::length).reduce(Integer::max).get() + " " + w.stream().map(String::length).reduce(Integer.MAX_VALUE, Integer::min));
        System.out.println(Stream.of(1, 2, 3, 4).reduce(0, (a, b) -> a - b) + " " + Stream.of(1, 2, 3, 4).reduce(10, (a, b) -> a - b, (a, b) -> a + b));
        Map<String, Integer> m = w.stream().collect(HashMap::new, (map, s) -> map.put(s, s.length()), HashMap::putAll);
        System.out.println(m);
        ArrayList<String> al = w.stream().filter(s -> s.contains("a")).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(al);
        StringBuilder initials = w.stream().collect(StringBuilder::new, (sb, s) -> sb.append(s.toUpperCase().charAt(0)), (a, b) -> a.append(b.toString()));
        System.out.println(initials);
        int[] hist = w.stream().collect(() -> new int[10], (h, s) -> h[s.length()]++, (a, b) -> {});
        System.out.println(Arrays.toString(hist));
        StringBuilder squares = IntStream.range(0, 5).collect(StringBuilder::new, (sb, i) -> sb.append(i * i).append(' '), (a, b) -> a.append(b.toString()));
        System.out.println(squares);
        System.out.println(w.stream().count() + " " + w.stream().filter(s -> s.length() == 5).count() + " " + w.stream().min(String::compareTo).get() + " " + w.stream().max(Comparator.comparing(s -> s.charAt(1))).get());
    }
}
