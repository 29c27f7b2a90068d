// Random stream pipelines (seeded): results and the order of every side effect must match HotSpot.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmFuzzFlat {
    static List<String> log = new ArrayList<>();

    static Stream<Integer> inner(Random r, int x, String tag) {
        int k = r.nextInt(5);
        Stream<Integer> s = Stream.of(x, x + 1, x * 2, 7).limit(r.nextInt(5));
        if (k == 1) s = s.peek(y -> log.add(tag + "ip" + y));
        if (k == 2) s = s.sorted().peek(y -> log.add(tag + "is" + y));
        if (k == 3) s = s.flatMap(y -> Stream.of(y, -y).onClose(() -> log.add(tag + "ic" + y)));
        if (k == 4) s = s.filter(y -> { log.add(tag + "if" + y); return y % 2 == 0; });
        return s.onClose(() -> log.add(tag + "c" + x));
    }

    static final long SEED = 777;

    public static void main(String[] a) {
        Random r = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            log.clear();
            Random rr = new Random(t * 31L + SEED);
            int n = r.nextInt(10);
            List<Integer> src = new ArrayList<>();
            for (int i = 0; i < n; i++) src.add(r.nextInt(10));
            Stream<Integer> s;
            int kind = r.nextInt(6);
            if (kind == 0) s = src.stream();
            else if (kind == 1) s = Stream.iterate(r.nextInt(5), x -> { log.add("it" + x); return x + 2; }).limit(n);
            else if (kind == 2) s = IntStream.range(0, n).peek(x -> log.add("r" + x)).boxed();
            else if (kind == 3) s = Stream.concat(src.stream().map(x -> { log.add("ca" + x); return x; }), Stream.of(5, 6).peek(x -> log.add("cb" + x)));
            else if (kind == 4) s = Stream.generate(() -> { log.add("g"); return log.size() % 7; }).limit(n);
            else s = IntStream.rangeClosed(1, n).mapToObj(x -> x * 3 % 11);
            StringBuilder desc = new StringBuilder("k" + kind + " ");
            int ops = r.nextInt(6);
            for (int k = 0; k < ops; k++) {
                int op = r.nextInt(14);
                final int p = r.nextInt(6);
                final String tag = "o" + k;
                desc.append(op).append(':').append(p).append(' ');
                switch (op) {
                    case 0: s = s.filter(x -> { log.add(tag + "f" + x); return x % (p + 2) != 1; }); break;
                    case 1: s = s.map(x -> { log.add(tag + "m" + x); return x + p; }); break;
                    case 2: { long seed = rr.nextLong(); s = s.flatMap(x -> inner(new Random(seed + x), x, tag)); break; }
                    case 3: s = s.distinct(); break;
                    case 4: s = s.sorted(); break;
                    case 5: s = s.peek(x -> log.add(tag + "p" + x)); break;
                    case 6: s = s.limit(p); break;
                    case 7: s = s.skip(p); break;
                    case 8: s = s.takeWhile(x -> { log.add(tag + "t" + x); return x != p; }); break;
                    case 9: s = s.dropWhile(x -> { log.add(tag + "d" + x); return x != p; }); break;
                    case 10: s = s.<Integer>mapMulti((x, sink) -> { log.add(tag + "mm" + x); for (int i = 0; i < p % 3; i++) sink.accept(x + i); }); break;
                    case 11: s = s.mapToInt(x -> x * 2).peek(x -> log.add(tag + "ip" + x)).filter(x -> x != p).boxed(); break;
                    case 12: s = s.mapToLong(x -> x).flatMap(x -> LongStream.of(x, x + 10).onClose(() -> log.add(tag + "lc" + x))).mapToObj(x -> (int) x); break;
                    default: s = Stream.concat(s, Stream.of(p).peek(x -> log.add(tag + "cc" + x))); break;
                }
            }
            s = s.onClose(() -> log.add("closed"));
            Object res;
            int term = r.nextInt(14);
            try (Stream<Integer> ss = s) {
                switch (term) {
                    case 0: res = ss.toList(); break;
                    case 1: res = ss.count(); break;
                    case 2: res = ss.findFirst(); break;
                    case 3: res = ss.anyMatch(x -> { log.add("am" + x); return x > 5; }); break;
                    case 4: res = ss.allMatch(x -> { log.add("al" + x); return x < 7; }); break;
                    case 5: res = ss.noneMatch(x -> { log.add("nm" + x); return x == 3; }); break;
                    case 6: res = ss.collect(Collectors.groupingBy(x -> x % 3, TreeMap::new, Collectors.counting())); break;
                    case 7: res = ss.mapToInt(x -> x).summaryStatistics(); break;
                    case 8: { Iterator<Integer> it = ss.iterator(); StringBuilder sb = new StringBuilder(); for (int i = 0; i < 3 && it.hasNext(); i++) { sb.append(it.next()).append(','); log.add("next"); } res = sb; break; }
                    case 9: res = ss.max(Comparator.naturalOrder()); break;
                    case 10: { Spliterator<Integer> sp = ss.spliterator(); StringBuilder sb = new StringBuilder(); sp.tryAdvance(x -> sb.append(x)); log.add("adv"); sp.tryAdvance(x -> sb.append(x)); res = sb; break; }
                    case 11: res = ss.map(String::valueOf).collect(Collectors.joining("|")); break;
                    case 12: { StringBuilder sb = new StringBuilder(); ss.forEach(x -> { sb.append(x); log.add("fe" + x); }); res = sb; break; }
                    default: res = Arrays.toString(ss.toArray(Integer[]::new)); break;
                }
            } catch (RuntimeException e) {
                res = e.toString();
            }
            System.out.println(t + " [" + desc + "] t" + term + " " + res + " " + log);
        }
    }
}
