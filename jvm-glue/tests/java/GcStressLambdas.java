// mote-opts: -Xgcstress=3
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

public class GcStressLambdas {
    record Item(String name, int[] data) {}

    public static void main(String[] args) {
        List<Supplier<String>> sups = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            final int k = i;
            final String s = "item-" + i;
            sups.add(() -> s + ":" + k * 2);
        }
        StringBuilder sb = new StringBuilder();
        for (Supplier<String> s : sups) sb.append(s.get().length());
        System.out.println(sb.length() + " " + sups.get(299).get());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) items.add(new Item("n" + i, new int[] {i, i * i}));
        long sum = 0;
        for (Item it : items) sum += it.data()[1] + it.name().length();
        System.out.println(sum + " " + items.get(7).name() + " " + items.get(7).data()[1]);
        Function<Integer, Function<Integer, String>> curry = a -> b -> "(" + a + "," + b + ")";
        String acc = "";
        for (int i = 0; i < 50; i++) acc = curry.apply(i).apply(i + 1) + acc.length();
        System.out.println(acc);
        try {
            throw new IllegalStateException("under stress " + items.size());
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " " + e.getStackTrace().length);
        }
    }
}
