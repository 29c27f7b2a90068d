import java.util.*;
import java.util.stream.*;
public class StrmSortedSources { public static void main(String[] a) {
  TreeSet<Integer> t = new TreeSet<>(List.of(5, 1, 9, 3));
  List<String> log = new ArrayList<>();
  System.out.println(t.stream().peek(x -> log.add("p" + x)).sorted().findFirst() + " " + log); log.clear();
  TreeSet<Integer> r = new TreeSet<>(Comparator.reverseOrder()); r.addAll(t);
  System.out.println(r.stream().peek(x -> log.add("p" + x)).sorted().findFirst() + " " + log); log.clear();
  TreeMap<String, Integer> m = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
  System.out.println(m.keySet().stream().peek(x -> log.add("k" + x)).sorted().findFirst() + " " + log); log.clear();
  System.out.println(m.values().stream().peek(x -> log.add("v" + x)).sorted().findFirst() + " " + log); log.clear();
  System.out.println(m.entrySet().stream().peek(x -> log.add("e" + x)).map(Map.Entry::getKey).sorted().findFirst() + " " + log); log.clear();
  System.out.println(t.descendingSet().stream().peek(x -> log.add("d" + x)).sorted().findFirst() + " " + log); log.clear();
  System.out.println(t.headSet(9).stream().peek(x -> log.add("h" + x)).sorted().findFirst() + " " + log); log.clear();
  System.out.println(m.navigableKeySet().stream().peek(x -> log.add("n" + x)).sorted().findFirst() + " " + log); log.clear();
} }
