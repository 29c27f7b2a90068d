import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class FmtMisc {
    static void p(Object o) {
        System.out.println(o);
    }

    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            p(label + " ok");
        } catch (RuntimeException e) {
            p(label + " " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    record P(String name, Integer age, double w) {}

    public static void main(String[] args) {
        // Comparator combinators
        List<P> ps = new ArrayList<>(List.of(new P("bo", 30, 1.5), new P("al", null, 2.5), new P("cy", 25, 0.5), new P("al", 30, 3.5), new P("di", 25, 1.5)));
        ps.sort(Comparator.comparing(P::name));
        p(ps);
        ps.sort(Comparator.comparing(P::name).reversed());
        p(ps);
        ps.sort(Comparator.comparing(P::age, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(P::name));
        p(ps);
        ps.sort(Comparator.comparing(P::age, Comparator.nullsLast(Comparator.reverseOrder())).thenComparingDouble(P::w));
        p(ps);
        ps.sort(Comparator.comparingDouble(P::w).thenComparing(P::name, Comparator.reverseOrder()));
        p(ps);
        ps.sort(Comparator.comparingInt((P x) -> x.name().charAt(0)).thenComparingLong(x -> (long) (x.w() * 10)).reversed());
        p(ps);
        List<String> s = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
        s.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        p(s);
        s.sort(Comparator.nullsLast(Comparator.<String>naturalOrder()).reversed());
        p(s);
        s.sort(Comparator.nullsFirst(Comparator.<String>reverseOrder()).thenComparing(Comparator.naturalOrder()));
        p(s);
        s.sort(Comparator.nullsLast(null));
        p(s);
        p(Comparator.<Integer>naturalOrder().compare(3, 5) + " " + Comparator.<Integer>reverseOrder().compare(3, 5) + " " + Comparator.<Integer>naturalOrder().reversed().compare(3, 5));
        p(BinaryOperator.minBy(Comparator.<Integer>naturalOrder()).apply(4, 2) + " " + BinaryOperator.maxBy(Comparator.<Integer>naturalOrder()).apply(4, 2));
        p(BinaryOperator.<String>minBy(Comparator.comparing(String::length)).apply("xx", "yy") + " " + BinaryOperator.<String>maxBy(Comparator.comparing(String::length)).apply("xx", "yy"));
        tryRun("comparing null", () -> Comparator.comparing(null));
        tryRun("thenComparing null", () -> Comparator.<String>naturalOrder().thenComparing((Comparator<String>) null));
        // functional interfaces
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        p(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<String>identity().apply("id") + " " + UnaryOperator.<String>identity().apply("u"));
        Predicate<String> empty = String::isEmpty;
        p(empty.negate().test("") + " " + empty.or(x -> x.length() > 3).test("abcd") + " " + empty.and(x -> false).test("") + " " + Predicate.not(empty).test("q"));
        p(Predicate.isEqual("a").test("a") + " " + Predicate.isEqual(null).test(null) + " " + Predicate.isEqual(null).test("x"));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        p(add.andThen(x -> x * 10).apply(2, 3));
        BiPredicate<String, Integer> lenIs = (str, n) -> str.length() == n;
        p(lenIs.test("abc", 3) + " " + lenIs.negate().test("abc", 3) + " " + lenIs.and((a, b) -> b > 5).test("abc", 3) + " " + lenIs.or((a, b) -> b > 5).test("x", 7));
        StringBuilder log = new StringBuilder();
        Consumer<String> c1 = x -> log.append("1").append(x);
        c1.andThen(x -> log.append("2").append(x)).accept("!");
        BiConsumer<String, Integer> bc = (a, b) -> log.append(a).append(b);
        bc.andThen((a, b) -> log.append(b).append(a)).accept("k", 9);
        IntConsumer ic = v -> log.append(v);
        ic.andThen(v -> log.append(-v)).accept(4);
        LongConsumer lc = v -> log.append(v);
        lc.andThen(v -> log.append('L')).accept(7L);
        DoubleConsumer dc = v -> log.append(v);
        dc.andThen(v -> log.append('D')).accept(0.5);
        p(log);
        IntUnaryOperator sq = v -> v * v;
        p(sq.andThen(v -> v + 1).applyAsInt(3) + " " + sq.compose(v -> v + 1).applyAsInt(3) + " " + IntUnaryOperator.identity().applyAsInt(8));
        LongUnaryOperator ln = v -> v * 3;
        p(ln.andThen(v -> v - 1).applyAsLong(5) + " " + ln.compose(v -> v - 1).applyAsLong(5) + " " + LongUnaryOperator.identity().applyAsLong(-2));
        DoubleUnaryOperator half = v -> v / 2;
        p(half.andThen(v -> v + 1).applyAsDouble(3) + " " + half.compose(v -> v + 1).applyAsDouble(3) + " " + DoubleUnaryOperator.identity().applyAsDouble(1.25));
        IntPredicate even = v -> v % 2 == 0;
        LongPredicate big = v -> v > 100;
        DoublePredicate neg = v -> v < 0;
        p(even.negate().test(3) + " " + even.and(v -> v > 2).test(2) + " " + even.or(v -> v > 2).test(3) + " " + big.negate().test(5) + " " + big.or(v -> v == 1).test(1) + " " + big.and(v -> true).test(200) + " " + neg.negate().test(-1) + " " + neg.or(v -> v == 0).test(0) + " " + neg.and(v -> v < -5).test(-1));
        Supplier<String> sup = () -> "sup";
        BooleanSupplier bs = () -> true;
        IntSupplier is = () -> 5;
        LongSupplier ls = () -> 6L;
        DoubleSupplier ds = () -> 7.5;
        p(sup.get() + bs.getAsBoolean() + is.getAsInt() + ls.getAsLong() + ds.getAsDouble());
        IntFunction<String> ifn = Integer::toString;
        LongFunction<String> lfn = Long::toHexString;
        DoubleFunction<String> dfn = Double::toString;
        IntToLongFunction i2l = v -> v * 1000000000L;
        IntToDoubleFunction i2d = v -> v / 3.0;
        LongToIntFunction l2i = v -> (int) (v >> 32);
        LongToDoubleFunction l2d = v -> v * 0.5;
        DoubleToIntFunction d2i = v -> (int) Math.floor(v);
        DoubleToLongFunction d2l = Math::round;
        ToIntBiFunction<String, String> tib = (a, b) -> a.length() + b.length();
        ToLongBiFunction<String, String> tlb = (a, b) -> a.length() * 10L;
        ToDoubleBiFunction<String, String> tdb = (a, b) -> 1.5;
        ObjIntConsumer<StringBuilder> oic = (sb, v) -> sb.append(v);
        ObjLongConsumer<StringBuilder> olc = (sb, v) -> sb.append(v);
        ObjDoubleConsumer<StringBuilder> odc = (sb, v) -> sb.append(v);
        StringBuilder osb = new StringBuilder();
        oic.accept(osb, 1);
        olc.accept(osb, 2L);
        odc.accept(osb, 3.0);
        p(ifn.apply(1) + lfn.apply(255) + dfn.apply(0.1) + i2l.applyAsLong(3) + i2d.applyAsDouble(1) + l2i.applyAsInt(1L << 33) + l2d.applyAsDouble(3) + d2i.applyAsInt(-1.5) + d2l.applyAsLong(2.5) + tib.applyAsInt("a", "bc") + tlb.applyAsLong("ab", "") + tdb.applyAsDouble("", "") + osb);
        IntBinaryOperator ib = Math::max;
        LongBinaryOperator lb = Math::min;
        DoubleBinaryOperator db = Math::pow;
        p(ib.applyAsInt(3, 9) + " " + lb.applyAsLong(3, 9) + " " + db.applyAsDouble(2, 10));
        tryRun("andThen null", () -> inc.andThen(null));
        tryRun("negate not null", () -> Predicate.not(null));
        // Optional
        Optional<String> o = Optional.of("val");
        p(o + " " + Optional.empty() + " " + o.map(String::length) + " " + o.filter(x -> x.startsWith("x")) + " " + o.flatMap(x -> Optional.of(x + x)));
        p(Optional.empty().or(() -> Optional.of("alt")) + " " + o.or(() -> Optional.of("alt")) + " " + o.stream().count() + " " + Optional.empty().stream().count());
        p(Optional.ofNullable(null).isEmpty() + " " + o.isPresent() + " " + o.orElse("e") + " " + Optional.<String>empty().orElseGet(() -> "g") + " " + o.equals(Optional.of("val")) + " " + o.hashCode());
        tryRun("empty get", () -> Optional.empty().get());
        tryRun("empty orElseThrow", () -> Optional.empty().orElseThrow());
        tryRun("of null", () -> Optional.of(null));
        o.ifPresentOrElse(v -> p("has " + v), () -> p("none"));
        // StringJoiner
        StringJoiner sj = new StringJoiner(", ", "[", "]");
        p(sj + " " + sj.length());
        sj.setEmptyValue("EMPTY");
        p(sj + " " + sj.length());
        sj.add("a").add("b");
        p(sj + " " + sj.length());
        StringJoiner sj2 = new StringJoiner("-", "{", "}");
        sj2.add("x").add("y");
        sj.merge(sj2);
        p(sj + " " + sj.length());
        StringJoiner sj3 = new StringJoiner("/");
        sj3.merge(sj2);
        sj3.merge(new StringJoiner("+"));
        p(sj3);
        sj3.add(null);
        p(sj3);
        tryRun("joiner null", () -> new StringJoiner(null));
        tryRun("joiner empty null", () -> new StringJoiner(",").setEmptyValue(null));
        // StringTokenizer
        StringTokenizer st = new StringTokenizer("  the quick\tbrown\nfox  ");
        p(st.countTokens());
        while (st.hasMoreTokens()) p("<" + st.nextToken() + ">");
        StringTokenizer st2 = new StringTokenizer("a=1;b=2;;c", ";=");
        p(st2.nextToken() + st2.nextToken(";") + "|" + st2.nextToken() + "|" + st2.countTokens() + st2.hasMoreElements() + st2.nextElement());
        StringTokenizer st3 = new StringTokenizer("x+y-z", "+-", true);
        StringBuilder tb = new StringBuilder();
        while (st3.hasMoreElements()) tb.append(st3.nextElement()).append(' ');
        p(tb + "" + new StringTokenizer("").countTokens() + new StringTokenizer(",,,", ",").hasMoreTokens());
        tryRun("tokenizer end", () -> new StringTokenizer("").nextToken());
        // Random
        Random r = new Random(42);
        p(r.nextInt() + " " + r.nextInt(100) + " " + r.nextInt(64) + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextBoolean() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[7];
        r.nextBytes(bytes);
        p(Arrays.toString(bytes));
        p(r.nextInt(5, 10) + " " + r.nextInt(-8, 8) + " " + r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE) + " " + r.nextLong(1000) + " " + r.nextLong(1024) + " " + r.nextLong(-5, 5));
        p(r.nextDouble(10) + " " + r.nextDouble(-1, 1) + " " + r.nextFloat(2));
        p(new Random(7).ints(5).boxed().toList());
        p(new Random(7).ints(6, 0, 10).boxed().toList());
        p(new Random(7).ints(0, 16).limit(6).boxed().toList());
        p(new Random(7).longs(3).boxed().toList());
        p(new Random(7).longs(4, 100, 200).boxed().toList());
        p(new Random(7).doubles(3).boxed().toList());
        p(new Random(7).doubles(3, 5, 6).boxed().toList());
        p(new Random(99).ints(1000, 0, 1000).summaryStatistics());
        Random r2 = new Random(1);
        r2.setSeed(5);
        p(r2.nextInt(1 << 20) + " " + r2.nextInt(1000000007));
        tryRun("bound 0", () -> new Random(1).nextInt(0));
        tryRun("bound neg", () -> new Random(1).nextInt(-5));
        tryRun("origin bound", () -> new Random(1).nextInt(5, 5));
        tryRun("long bound", () -> new Random(1).nextLong(0));
        tryRun("double bound", () -> new Random(1).nextDouble(0.0));
        tryRun("ints size", () -> new Random(1).ints(-1));
        tryRun("ints range", () -> new Random(1).ints(3, 3));
    }
}
