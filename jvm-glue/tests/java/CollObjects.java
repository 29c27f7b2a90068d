import java.util.*;

public class CollObjects {
    interface R {
        Object run() throws Exception;
    }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e);
        }
    }

    public static void main(String[] args) {
        t("equals", () -> Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals(null, "a") + " " + Objects.equals("a", new String("a")) + " " + Objects.equals(1, 1L));
        t("deepEquals", () -> Objects.deepEquals(new int[] {1}, new int[] {1}) + " " + Objects.deepEquals(new Object[] {new int[] {1}}, new Object[] {new int[] {1}}) + " " + Objects.deepEquals(null, null) + " " + Objects.deepEquals("a", "a") + " " + Objects.deepEquals(new int[] {1}, new long[] {1}) + " " + Objects.deepEquals(null, 1));
        t("hashCode", () -> Objects.hashCode(null) + " " + Objects.hashCode("abc") + " " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a", null, 2.5) + " " + Objects.hash((Object[]) null));
        t("toString", () -> Objects.toString(null) + " " + Objects.toString(5) + " " + Objects.toString(null, "dflt") + " " + Objects.toString("x", "dflt"));
        t("compare", () -> Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()) + " " + Objects.compare("b", "a", Comparator.reverseOrder()));
        t("isNull", () -> Objects.isNull(null) + " " + Objects.isNull(1) + " " + Objects.nonNull(null) + " " + Objects.nonNull(1));
        t("rnn", () -> Objects.requireNonNull("x") + Objects.requireNonNull("y", "msg") + Objects.requireNonNull("z", () -> "never"));
        t("rnn null", () -> Objects.requireNonNull(null));
        t("rnn msg", () -> Objects.requireNonNull(null, "the message"));
        t("rnn null msg", () -> Objects.requireNonNull(null, (String) null));
        t("rnn supplier", () -> Objects.requireNonNull(null, () -> "supplied " + 42));
        t("rnn null supplier", () -> Objects.requireNonNull(null, (java.util.function.Supplier<String>) null));
        t("rnnElse", () -> Objects.requireNonNullElse(null, "d") + Objects.requireNonNullElse("v", "d"));
        t("rnnElse null", () -> Objects.requireNonNullElse(null, null));
        t("rnnElseGet", () -> Objects.requireNonNullElseGet(null, () -> "g") + Objects.requireNonNullElseGet("v", () -> "g"));
        t("rnnElseGet null sup", () -> Objects.requireNonNullElseGet(null, null));
        t("rnnElseGet null res", () -> Objects.requireNonNullElseGet(null, () -> null));
        t("checkIndex", () -> Objects.checkIndex(0, 1) + " " + Objects.checkIndex(4, 5));
        t("checkIndex bad", () -> Objects.checkIndex(5, 5));
        t("checkIndex neg", () -> Objects.checkIndex(-1, 5));
        t("checkIndex neglen", () -> Objects.checkIndex(0, -1));
        t("checkFromToIndex", () -> Objects.checkFromToIndex(1, 3, 3) + " " + Objects.checkFromToIndex(0, 0, 0));
        t("checkFromToIndex bad", () -> Objects.checkFromToIndex(2, 1, 5));
        t("checkFromToIndex bad2", () -> Objects.checkFromToIndex(-1, 1, 5));
        t("checkFromToIndex bad3", () -> Objects.checkFromToIndex(1, 6, 5));
        t("checkFromIndexSize", () -> Objects.checkFromIndexSize(1, 2, 3));
        t("checkFromIndexSize bad", () -> Objects.checkFromIndexSize(2, 2, 3));
        t("checkFromIndexSize neg", () -> Objects.checkFromIndexSize(1, -1, 3));
        t("checkFromIndexSize ovf", () -> Objects.checkFromIndexSize(Integer.MAX_VALUE, 1, 3));
        t("checkIndex long", () -> Objects.checkIndex(3L, 4L));
        t("checkIndex long bad", () -> Objects.checkIndex(1L << 40, 5L));
        t("checkFromToIndex long bad", () -> Objects.checkFromToIndex(3L, 2L, 5L));
        t("checkFromIndexSize long bad", () -> Objects.checkFromIndexSize(3L, 9L, 5L));
    }
}
