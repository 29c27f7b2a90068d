import java.util.*;

public class CollEnumSet {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Op {
        ADD { int apply(int a, int b) { return a + b; } },
        SUB { int apply(int a, int b) { return a - b; } },
        MUL { int apply(int a, int b) { return a * b; } };

        abstract int apply(int a, int b);
    }

    enum Big { E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14, E15, E16, E17, E18, E19, E20, E21, E22, E23, E24, E25, E26, E27, E28, E29, E30, E31, E32, E33, E34, E35, E36, E37, E38, E39, E40, E41, E42, E43, E44, E45, E46, E47, E48, E49, E50, E51, E52, E53, E54, E55, E56, E57, E58, E59, E60, E61, E62, E63, E64, E65, E66, E67, E68, E69 }

    enum Empty {}

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
        t("noneOf", () -> EnumSet.noneOf(Day.class) + " " + EnumSet.noneOf(Day.class).size());
        t("allOf", () -> EnumSet.allOf(Day.class) + " " + EnumSet.allOf(Day.class).size());
        t("of", () -> EnumSet.of(Day.SUN) + " " + EnumSet.of(Day.SUN, Day.MON) + " " + EnumSet.of(Day.FRI, Day.TUE, Day.FRI) + " " + EnumSet.of(Day.SAT, Day.MON, Day.WED, Day.THU, Day.TUE) + " " + EnumSet.of(Day.SUN, Day.SAT, Day.FRI, Day.THU, Day.WED, Day.TUE));
        t("range", () -> EnumSet.range(Day.TUE, Day.FRI) + " " + EnumSet.range(Day.SUN, Day.SUN));
        t("range bad", () -> EnumSet.range(Day.FRI, Day.TUE));
        EnumSet<Day> we = EnumSet.of(Day.SAT, Day.SUN);
        t("complementOf", () -> EnumSet.complementOf(we) + " " + EnumSet.complementOf(EnumSet.noneOf(Day.class)) + " " + EnumSet.complementOf(EnumSet.allOf(Day.class)));
        t("copyOf", () -> EnumSet.copyOf(we) + " " + EnumSet.copyOf(List.of(Day.WED, Day.MON)) + " " + EnumSet.copyOf(new HashSet<>(List.of(Day.THU))));
        t("copyOf empty", () -> EnumSet.copyOf(new ArrayList<Day>()));
        t("copyOf empty enumset", () -> EnumSet.copyOf(EnumSet.noneOf(Day.class)));
        EnumSet<Day> s = EnumSet.noneOf(Day.class);
        t("add", () -> s.add(Day.WED) + " " + s.add(Day.WED) + " " + s.add(Day.MON) + " " + s);
        t("add null", () -> s.add(null));
        t("contains", () -> s.contains(Day.MON) + " " + s.contains(Day.SUN) + " " + s.contains(null) + " " + s.contains("MON") + " " + s.contains(Op.ADD));
        t("remove", () -> s.remove(Day.MON) + " " + s.remove(Day.MON) + " " + s.remove(null) + " " + s.remove("x") + " " + s);
        t("addAll", () -> s.addAll(List.of(Day.FRI, Day.TUE)) + " " + s.addAll(EnumSet.of(Day.FRI)) + " " + s);
        t("retain/remove", () -> s.retainAll(EnumSet.range(Day.TUE, Day.THU)) + " " + s + " " + s.removeAll(List.of(Day.TUE)) + " " + s);
        t("equals/hash", () -> EnumSet.of(Day.MON, Day.TUE).equals(Set.of(Day.TUE, Day.MON)) + " " + new HashSet<>(List.of(Day.MON)).equals(EnumSet.of(Day.MON)) + " " + EnumSet.allOf(Day.class).containsAll(we) + " " + we.equals(EnumSet.of(Day.SUN)));
        t("iter remove", () -> {
            EnumSet<Day> x = EnumSet.allOf(Day.class);
            Iterator<Day> it = x.iterator();
            while (it.hasNext()) if (it.next().ordinal() % 2 == 0) it.remove();
            return x;
        });
        t("iter snapshot", () -> {
            EnumSet<Day> x = EnumSet.of(Day.MON, Day.WED);
            StringBuilder sb = new StringBuilder();
            for (Day d : x) {
                sb.append(d).append(' ');
                x.add(Day.SUN);
            }
            return sb + "" + x;
        });
        t("iter end", () -> EnumSet.noneOf(Day.class).iterator().next());
        t("iter ISE", () -> {
            EnumSet.of(Day.MON).iterator().remove();
            return 0;
        });
        t("clone", () -> {
            EnumSet<Day> c = we.clone();
            c.add(Day.MON);
            return c + " " + we;
        });
        t("ops", () -> EnumSet.allOf(Op.class) + " " + EnumSet.of(Op.SUB).contains(Op.SUB) + " " + EnumSet.range(Op.ADD, Op.SUB) + " " + EnumSet.complementOf(EnumSet.of(Op.MUL)));
        t("ops apply", () -> {
            StringBuilder sb = new StringBuilder();
            for (Op o : EnumSet.allOf(Op.class)) sb.append(o.apply(6, 3)).append(' ');
            return sb;
        });
        t("big", () -> EnumSet.allOf(Big.class).size() + " " + EnumSet.range(Big.E60, Big.E69) + " " + EnumSet.of(Big.E0, Big.E63, Big.E64, Big.E69));
        t("big complement", () -> EnumSet.complementOf(EnumSet.range(Big.E2, Big.E67)));
        t("big remove", () -> {
            EnumSet<Big> x = EnumSet.range(Big.E60, Big.E69);
            x.remove(Big.E64);
            x.removeIf(e -> e.ordinal() % 3 == 0);
            return x + " " + x.size() + " " + x.contains(Big.E65) + " " + x.contains(Big.E64);
        });
        t("empty enum", () -> EnumSet.allOf(Empty.class) + " " + EnumSet.noneOf(Empty.class).size());
        t("treeset of enum", () -> new TreeSet<>(List.of(Day.SUN, Day.MON, Day.WED)));
        t("hashset order", () -> new ArrayList<>(new TreeSet<>(EnumSet.of(Day.SUN, Day.MON))));
        t("values", () -> Arrays.toString(Day.values()) + " " + Day.class.getEnumConstants().length);
    }
}
