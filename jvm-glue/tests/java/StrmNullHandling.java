import java.util.*;
import java.util.stream.*;

public class StrmNullHandling {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + " ok");
        } catch (RuntimeException e) {
            // helpful NPE texts name JDK-internal variables, so only our own messages are printed
            String m = e instanceof NullPointerException && e.getMessage() != null && e.getMessage().startsWith("Cannot ") ? "(helpful)" : e.getMessage();
            System.out.println(label + " " + e.getClass().getSimpleName() + " " + m);
        }
    }

    public static void main(String[] args) {
        List<String> withNulls = Arrays.asList("a", null, "b", null, "c");
        System.out.println(withNulls.stream().filter(Objects::nonNull).toList() + " " + withNulls.stream().filter(Objects::isNull).count());
        System.out.println(withNulls.stream().map(s -> s == null ? "-" : s).collect(Collectors.joining()));
        System.out.println(withNulls.stream().map(String::valueOf).toList() + " " + withNulls.stream().toList());
        System.out.println(withNulls.stream().collect(Collectors.toList()) + " " + withNulls.stream().distinct().toList());
        System.out.println(withNulls.stream().sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList());
        System.out.println(withNulls.stream().sorted(Comparator.nullsFirst(Comparator.reverseOrder())).toList());
        System.out.println(withNulls.stream().map(Optional::ofNullable).map(o -> o.map(String::toUpperCase).orElse("?")).toList());
        System.out.println(withNulls.stream().collect(Collectors.partitioningBy(Objects::isNull)));
        System.out.println(withNulls.stream().collect(Collectors.toSet()).size() + " " + withNulls.stream().collect(Collectors.toSet()).contains(null));
        t("findFirst null", () -> Stream.of((String) null).findFirst());
        t("max null", () -> withNulls.stream().max(Comparator.naturalOrder()));
        t("sorted null", () -> withNulls.stream().sorted().toList());
        t("joining null", () -> System.out.println(withNulls.stream().collect(Collectors.joining(","))));
        t("groupingBy null key", () -> withNulls.stream().collect(Collectors.groupingBy(s -> s)));
        t("toMap null value", () -> withNulls.stream().collect(Collectors.toMap(s -> String.valueOf(s), s -> s)));
        t("toMap null key", () -> System.out.println(Stream.of("x").collect(Collectors.toMap(s -> (String) null, s -> s))));
        t("toUnmodifiableList null", () -> withNulls.stream().collect(Collectors.toUnmodifiableList()));
        t("toList ok", () -> System.out.println(withNulls.stream().toList().size()));
        t("mapToInt null", () -> withNulls.stream().mapToInt(String::length).sum());
        t("reduce null identity", () -> System.out.println(Stream.of("a").reduce(null, (x, y) -> x + y)));
        t("Stream.of null array", () -> Stream.of((Object[]) null));
        t("flatMap null", () -> System.out.println(Stream.of(1, 2).flatMap(x -> x == 1 ? null : Stream.of(x)).toList()));
        t("collect null", () -> Stream.of(1).collect(null));
        t("iterate null seed", () -> System.out.println(Stream.iterate((String) null, s -> s == null ? "x" : s + "x").limit(3).toList()));
        t("min comparator null", () -> Stream.of(1).min(null));
        t("onClose null", () -> Stream.of(1).onClose(null));
        t("concat null b", () -> Stream.concat(Stream.of(1), null));
    }
}
