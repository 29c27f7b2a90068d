// Random stream pipelines (seeded): results and the order of every side effect must match HotSpot.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmFuzzPipelines {
    static List<String> log = new ArrayList<>();

    public static void main(String[] a) {
        Random r = new Random(a.length > 0 ? Long.parseLong(a[0]) : 12345);
        for (int t = 0; t < 700; t++) {
            log.clear();
            int n = r.nextInt(12);
            List<Integer> src = new ArrayList<>();
            for (int i = 0; i < n; i++) src.add(r.nextInt(10));
            Stream<Integer> s;
            int kind = r.nextInt(4);
            if (kind == 0) s = src.stream();
            else if (kind == 1) s = Stream.iterate(r.nextInt(5), x -> x + r.nextInt(3) - 1 + 0 * log.size()).limit(n);
            else if (kind == 2) s = IntStream.range(0, n).boxed();
            else s = Stream.concat(Stream.of(1, 2), src.stream());
            StringBuilder desc = new StringBuilder();
            int ops = r.nextInt(6);
            for (int k = 0; k < ops; k++) {
                int op = r.nextInt(12);
                final int p = r.nextInt(6);
                final String tag = "o" + k;
                desc.append(op).append(':').append(p).append(' ');
                switch (op) {
                    case 0: s = s.filter(x -> { log.add(tag + "f" + x); return x % (p + 1) != 0; }); break;
                    case 1: s = s.map(x -> { log.add(tag + "m" + x); return x + p; }); break;
                    case 2: s = s.flatMap(x -> Stream.of(x, x * 2).limit(p % 3).onClose(() -> log.add(tag + "c" + x))); break;
                    case 3: s = s.distinct(); break;
                    case 4: s = s.sorted(); break;
                    case 5: s = s.peek(x -> log.add(tag + "p" + x)); break;
                    case 6: s = s.limit(p); break;
                    case 7: s = s.skip(p); break;
                    case 8: s = s.takeWhile(x -> { log.add(tag + "t" + x); return x != p; }); break;
                    case 9: s = s.dropWhile(x -> { log.add(tag + "d" + x); return x != p; }); break;
                    case 10: s = s.sorted(Comparator.reverseOrder()); break;
                    default: s = s.mapToInt(x -> x * 3).boxed(); break;
                }
            }
            Object res;
            int term = r.nextInt(12);
            try {
                switch (term) {
                    case 0: res = s.toList(); break;
                    case 1: res = s.count(); break;
                    case 2: res = s.findFirst(); break;
                    case 3: res = s.anyMatch(x -> { log.add("am" + x); return x > 5; }); break;
                    case 4: res = s.allMatch(x -> { log.add("al" + x); return x < 7; }); break;
                    case 5: res = s.reduce(0, Integer::sum); break;
                    case 6: res = s.collect(Collectors.groupingBy(x -> x % 3, Collectors.counting())); break;
                    case 7: res = s.mapToInt(x -> x).summaryStatistics(); break;
                    case 8: { Iterator<Integer> it = s.iterator(); StringBuilder sb = new StringBuilder(); for (int i = 0; i < 3 && it.hasNext(); i++) sb.append(it.next()).append(','); res = sb; break; }
                    case 9: res = s.max(Comparator.naturalOrder()); break;
                    case 10: res = s.collect(Collectors.partitioningBy(x -> x > 3, Collectors.toList())); break;
                    default: res = Arrays.toString(s.toArray()); break;
                }
            } catch (RuntimeException e) {
                res = e.toString();
            }
            System.out.println(t + " [" + desc + "] t" + term + " " + res + " " + log);
        }
    }
}
