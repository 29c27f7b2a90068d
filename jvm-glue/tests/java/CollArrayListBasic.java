import java.util.*;

public class CollArrayListBasic {
    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        ArrayList<String> l = new ArrayList<>();
        p(l + " " + l.size() + " " + l.isEmpty() + " " + l.hashCode());
        for (String s : "d a c b e a".split(" ")) l.add(s);
        p(l + " " + l.size() + " " + l.hashCode());
        l.add(0, "z");
        l.add(3, null);
        l.add(l.size(), "end");
        p(l);
        p(l.indexOf("a") + " " + l.lastIndexOf("a") + " " + l.indexOf(null) + " " + l.lastIndexOf(null) + " " + l.indexOf("q"));
        p(l.contains(null) + " " + l.contains("e") + " " + l.contains("x"));
        p(l.set(1, "D") + " " + l);
        p(l.remove(0) + " " + l.remove("a") + " " + l.remove("nope") + " " + l.remove(null) + " " + l);
        p(l.get(0) + " " + l.get(l.size() - 1));
        List<String> other = new ArrayList<>(l);
        p(other.equals(l) + " " + (other.hashCode() == l.hashCode()) + " " + l.equals(new LinkedList<>(l)) + " " + l.equals(Arrays.asList("x")));
        l.addAll(Arrays.asList("k", "a", "k"));
        l.addAll(2, List.of("i1", "i2"));
        p(l);
        p(l.removeAll(List.of("k")) + " " + l);
        p(l.retainAll(Set.of("a", "c", "i1", "end", "zz")) + " " + l);
        p(l.retainAll(Set.of("a", "c", "i1", "end", "zz")) + " " + l);
        p(l.removeIf(s -> s.startsWith("i")) + " " + l);
        l.replaceAll(s -> s + s.length());
        p(l);
        l.sort(null);
        p(l);
        l.sort(Comparator.reverseOrder());
        p(l);
        Object[] arr = l.toArray();
        p(arr.length + " " + Arrays.toString(arr) + " " + arr.getClass().getSimpleName());
        String[] big = new String[6];
        Arrays.fill(big, "X");
        String[] res = l.toArray(big);
        p((res == big) + " " + Arrays.toString(res));
        String[] small = l.toArray(new String[0]);
        p(small.length + " " + small.getClass().getSimpleName() + " " + Arrays.toString(small));
        String[] viaGen = l.toArray(String[]::new);
        p(Arrays.toString(viaGen));
        l.clear();
        p(l + " " + l.size() + " " + l.isEmpty());
        ArrayList<Integer> nums = new ArrayList<>(3);
        for (int i = 0; i < 100; i++) nums.add(i * 7 % 31);
        nums.ensureCapacity(500);
        nums.trimToSize();
        p(nums.size() + " " + nums.hashCode() + " " + nums.subList(10, 20));
        nums.remove(Integer.valueOf(0));
        nums.remove(0);
        p(nums.size() + " " + nums.get(0) + " " + nums.indexOf(30));
        @SuppressWarnings("unchecked")
        ArrayList<Integer> cl = (ArrayList<Integer>) nums.clone();
        cl.add(99);
        p(cl.size() + " " + nums.size() + " " + cl.equals(nums));
        ArrayList<Object> self = new ArrayList<>();
        self.add(self);
        self.add(1);
        p(self);
        StringBuilder sb = new StringBuilder();
        nums.forEach(x -> sb.append(x % 10));
        p(sb);
        ArrayList<Integer> e = new ArrayList<>(List.of());
        p(e.addAll(List.of()) + " " + e.removeIf(x -> true) + " " + e.removeAll(List.of(1)) + " " + e);
        ArrayList<Double> d = new ArrayList<>(List.of(1.5, -0.0, 0.0, Double.NaN));
        p(d.contains(Double.NaN) + " " + d.indexOf(0.0) + " " + d.indexOf(-0.0));
    }
}
