// Random IntStream pipelines (seeded): results and the order of every side effect must match HotSpot.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmFuzzInt {
    static List<String> log = new ArrayList<>();

    public static void main(String[] a) {
        Random r = new Random(a.length > 0 ? Long.parseLong(a[0]) : 99);
        for (int t = 0; t < 700; t++) {
            log.clear();
            int n = r.nextInt(12);
            int[] arr = new int[n];
            for (int i = 0; i < n; i++) arr[i] = r.nextInt(20) - 5;
            IntStream s;
            int kind = r.nextInt(5);
            if (kind == 0) s = IntStream.of(arr);
            else if (kind == 1) s = IntStream.range(-2, n);
            else if (kind == 2) s = IntStream.iterate(1, x -> x * 2 % 37).limit(n);
            else if (kind == 3) s = IntStream.concat(IntStream.of(arr).peek(x -> log.add("ca" + x)), IntStream.rangeClosed(1, 3));
            else s = Arrays.stream(arr, 0, n / 2);
            StringBuilder desc = new StringBuilder("k" + kind + " ");
            int ops = r.nextInt(6);
            for (int k = 0; k < ops; k++) {
                int op = r.nextInt(13);
                final int p = r.nextInt(6);
                final String tag = "o" + k;
                desc.append(op).append(':').append(p).append(' ');
                switch (op) {
                    case 0: s = s.filter(x -> { log.add(tag + "f" + x); return x % (p + 2) != 1; }); break;
                    case 1: s = s.map(x -> { log.add(tag + "m" + x); return x * p - 3; }); break;
                    case 2: s = s.flatMap(x -> IntStream.range(0, Math.abs(x) % 4).map(y -> y + x).onClose(() -> log.add(tag + "c" + x))); break;
                    case 3: s = s.distinct(); break;
                    case 4: s = s.sorted(); break;
                    case 5: s = s.peek(x -> log.add(tag + "p" + x)); break;
                    case 6: s = s.limit(p); break;
                    case 7: s = s.skip(p); break;
                    case 8: s = s.takeWhile(x -> { log.add(tag + "t" + x); return x != p; }); break;
                    case 9: s = s.dropWhile(x -> { log.add(tag + "d" + x); return x != p; }); break;
                    case 10: s = s.asLongStream().map(x -> x << 33).mapToInt(x -> (int) (x >> 33)); break;
                    case 11: s = s.asDoubleStream().map(x -> x / 2).mapToInt(x -> (int) Math.floor(x)); break;
                    default: s = s.mapMulti((x, sink) -> { for (int i = 0; i < p % 3; i++) sink.accept(x + i); }); break;
                }
            }
            Object res;
            int term = r.nextInt(13);
            try {
                switch (term) {
                    case 0: res = Arrays.toString(s.toArray()); break;
                    case 1: res = s.count(); break;
                    case 2: res = s.findFirst(); break;
                    case 3: res = s.anyMatch(x -> { log.add("am" + x); return x > 5; }); break;
                    case 4: res = s.sum(); break;
                    case 5: res = s.average(); break;
                    case 6: res = s.summaryStatistics(); break;
                    case 7: res = s.max() + " "; break;
                    case 8: { PrimitiveIterator.OfInt it = s.iterator(); StringBuilder sb = new StringBuilder(); for (int i = 0; i < 3 && it.hasNext(); i++) { sb.append(it.nextInt()).append(','); log.add("next"); } res = sb; break; }
                    case 9: res = s.boxed().collect(Collectors.toList()); break;
                    case 10: res = s.asDoubleStream().summaryStatistics(); break;
                    case 11: res = s.mapToObj(Integer::toString).collect(Collectors.joining(",")); break;
                    default: res = s.reduce(1, (x, y) -> x * 3 + y); break;
                }
            } catch (RuntimeException e) {
                res = e.toString();
            }
            System.out.println(t + " [" + desc + "] t" + term + " " + res + " " + log);
        }
    }
}
