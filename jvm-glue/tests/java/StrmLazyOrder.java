import java.util.*;
import java.util.stream.*;

public class StrmLazyOrder {
    static List<String> log = new ArrayList<>();

    static <T> T note(String tag, T v) {
        log.add(tag + v);
        return v;
    }

    static void show(Object result) {
        System.out.println(result + " <- " + log);
        log.clear();
    }

    public static void main(String[] args) {
        List<Integer> src = List.of(6, 2, 9, 4, 7, 1, 8);
        show(src.stream().map(x -> note("m", x)).filter(x -> note("f", x) > 3).map(x -> note("g", x * 10)).findFirst());
        show(src.stream().filter(x -> note("f", x) % 2 == 0).skip(1).map(x -> note("m", x)).limit(2).toList());
        show(src.stream().map(x -> note("m", x)).sorted().map(x -> note("s", x)).limit(3).toList());
        show(src.stream().map(x -> note("m", x)).distinct().map(x -> note("d", x)).anyMatch(x -> x == 4));
        show(src.stream().flatMap(x -> Stream.of(x, x + 100).map(y -> note("i", y))).filter(y -> note("f", y) > 100).findFirst());
        show(src.stream().peek(x -> note("p", x)).takeWhile(x -> x != 4).map(x -> note("t", x)).count());
        show(src.stream().peek(x -> note("p", x)).dropWhile(x -> x != 4).limit(2).toList());
        show(src.stream().peek(x -> note("p", x)).allMatch(x -> x > 1));
        show(src.stream().peek(x -> note("p", x)).noneMatch(x -> x == 9));
        show(src.stream().peek(x -> note("p", x)).map(x -> x).count());
        show(src.stream().peek(x -> note("p", x)).filter(x -> x > 5).count());
        show(src.stream().peek(x -> note("p", x)).min(Comparator.naturalOrder()));
        show(src.stream().peek(x -> note("p", x)).limit(3).collect(java.util.stream.Collectors.toList()));
        show(src.stream().peek(x -> note("p", x)).sorted(Comparator.reverseOrder()).findFirst());
        show(IntStream.range(0, 10).peek(x -> note("r", x)).filter(x -> x % 3 == 0).map(x -> note("q", x)).limit(2).sum());
        show(IntStream.range(0, 10).peek(x -> note("r", x)).boxed().sorted().findFirst());
        show(Stream.iterate(1, x -> note("it", x * 2)).limit(4).toList());
        show(Stream.iterate(1, x -> note("c", x) < 20, x -> x * 3).toList());
        show(Stream.generate(() -> note("g", 7)).limit(2).toList());
        Stream<Integer> pending = src.stream().map(x -> note("lazy", x));
        show("built");
        show(pending.findFirst());
        show(Stream.concat(src.stream().peek(x -> note("a", x)), Stream.of(5).peek(x -> note("b", x))).skip(6).findFirst());
    }
}
