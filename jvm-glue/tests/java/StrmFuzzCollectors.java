// Random compositions of Collectors over random data (seeded): results must match HotSpot.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmFuzzCollectors {
    static Random r;

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Collector<Integer, ?, ?> coll(int depth) {
        int k = r.nextInt(depth > 1 ? 10 : 24);
        int p = r.nextInt(5) + 1;
        switch (k) {
            case 0: return Collectors.groupingBy(x -> x % p, coll(depth + 1));
            case 1: return Collectors.groupingBy(x -> x % p, TreeMap::new, coll(depth + 1));
            case 2: return Collectors.partitioningBy(x -> x > p * 3, coll(depth + 1));
            case 3: return Collectors.mapping((Integer x) -> x * p - 7, (Collector) coll(depth + 1));
            case 4: return Collectors.filtering((Integer x) -> x % p != 0, (Collector) coll(depth + 1));
            case 5: return Collectors.flatMapping((Integer x) -> Stream.of(x, x + p).limit(Math.abs(x) % 3), (Collector) coll(depth + 1));
            case 6: return Collectors.collectingAndThen((Collector) coll(depth + 1), o -> "<" + o + ">");
            case 7: return Collectors.teeing((Collector) coll(depth + 1), (Collector) coll(depth + 1), (a, b) -> a + "&" + b);
            case 8: return Collectors.toMap(x -> x % (p + 2), x -> x, Integer::sum, TreeMap::new);
            case 9: return Collectors.reducing(0, x -> x * p, Integer::sum);
            case 10: return Collectors.counting();
            case 11: return Collectors.summingInt(x -> x);
            case 12: return Collectors.averagingInt(x -> x);
            case 13: return Collectors.averagingDouble(x -> x / 3.0);
            case 14: return Collectors.summingDouble(x -> x * 0.1);
            case 15: return Collectors.minBy(Comparator.comparingInt(x -> x % 7));
            case 16: return Collectors.maxBy(Comparator.naturalOrder());
            case 17: return Collectors.mapping(x -> "s" + x, Collectors.joining(",", "[", "]"));
            case 18: return Collectors.toList();
            case 19: return Collectors.collectingAndThen(Collectors.toSet(), (Set<Integer> s) -> s.stream().sorted().toList());
            case 20: return Collectors.summarizingInt(x -> x);
            case 21: return Collectors.summarizingDouble(x -> x * 1.5);
            case 22: return Collectors.reducing(Integer::max);
            default: return Collectors.mapping(x -> x % 4, Collectors.toCollection(ArrayList::new));
        }
    }

    public static void main(String[] a) {
        r = new Random(a.length > 0 ? Long.parseLong(a[0]) : 4);
        for (int t = 0; t < 800; t++) {
            int n = r.nextInt(15);
            List<Integer> src = new ArrayList<>();
            for (int i = 0; i < n; i++) src.add(r.nextInt(30) - 5);
            Collector<Integer, ?, ?> c = coll(0);
            Object res;
            try {
                res = src.stream().collect(c);
            } catch (RuntimeException e) {
                res = e.toString();
            }
            System.out.println(t + " " + res);
        }
    }
}
