import java.util.*;

public class HashCodes {
    public static void main(String[] args) {
        String[] ss = {"", "a", "Aa", "BB", "hello world", "\u00ff\u0100", "polygenelubricants", "GydZG_"};
        for (String s : ss) System.out.print(s.hashCode() + " ");
        System.out.println();
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.asList(1, 2, 3).hashCode() + " " + List.of("a", "b").hashCode());
        System.out.println(new HashSet<>(Arrays.asList("x", "y")).hashCode() + " " + Objects.hash("a", 1, null, 2.0));
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1);
        m.put("two", 2);
        System.out.println(m.hashCode() + " " + m.equals(new HashMap<>(m)) + " " + new ArrayList<>(List.of(1, 2)).equals(Arrays.asList(1, 2)));
        System.out.println(Long.hashCode(-1L) + " " + Double.hashCode(-0.0) + " " + Boolean.hashCode(false) + " " + Character.hashCode('Z') + " " + Float.hashCode(Float.NaN));
        Map<Integer, String> order = new HashMap<>();
        int[] keys = {100, 3, 17, 64, 1, 33, 16, 48, 1000, -5, 65536, 31};
        for (int k : keys) order.put(k, "v" + k);
        System.out.println(order);
        Set<String> words = new HashSet<>();
        for (String w : "to be or not to be that is the question whether tis nobler".split(" ")) words.add(w);
        System.out.println(words);
    }
}
