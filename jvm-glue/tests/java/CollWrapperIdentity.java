import java.util.*;
public class CollWrapperIdentity { public static void main(String[] a) {
  Collection<Integer> c = Collections.unmodifiableCollection(new ArrayList<>());
  Set<Integer> s = Collections.unmodifiableSet(new HashSet<>());
  Map<Integer,Integer> m = Collections.unmodifiableMap(new HashMap<>());
  List<Integer> l = Collections.unmodifiableList(new ArrayList<>());
  List<Integer> ll = Collections.unmodifiableList(new LinkedList<>());
  SortedSet<Integer> ss = Collections.unmodifiableSortedSet(new TreeSet<>());
  SortedMap<Integer,Integer> sm = Collections.unmodifiableSortedMap(new TreeMap<>());
  NavigableSet<Integer> ns = Collections.unmodifiableNavigableSet(new TreeSet<>());
  NavigableMap<Integer,Integer> nm = Collections.unmodifiableNavigableMap(new TreeMap<>());
  System.out.println((Collections.unmodifiableCollection(c) == c) + " " + (Collections.unmodifiableSet(s) == s) + " " + (Collections.unmodifiableMap(m) == m) + " " + (Collections.unmodifiableList(l) == l) + " " + (Collections.unmodifiableList(ll) == ll)
   + " " + (Collections.unmodifiableSortedSet(ss) == ss) + " " + (Collections.unmodifiableSortedMap(sm) == sm) + " " + (Collections.unmodifiableNavigableSet(ns) == ns) + " " + (Collections.unmodifiableNavigableMap(nm) == nm)
   + " " + (Collections.unmodifiableList(List.of()) == List.of()) + " " + (Collections.unmodifiableSet(ns) == ns) + " " + (Collections.unmodifiableCollection(l) == l) + " " + (Collections.synchronizedList(Collections.synchronizedList(l)) instanceof RandomAccess));

  List<List<Integer>> ls = List.of(new ArrayList<>(), new LinkedList<>(), Arrays.asList(1), List.of(1), Collections.emptyList(), Collections.nCopies(2, 1), Collections.singletonList(1),
      new ArrayList<>(List.of(1, 2)).subList(0, 1), new LinkedList<>(List.of(1, 2)).subList(0, 1), Collections.unmodifiableList(new LinkedList<>()), Collections.checkedList(new LinkedList<>(), Integer.class),
      Collections.synchronizedList(new LinkedList<>()), new Vector<>(), new Stack<>(), Collections.unmodifiableList(new ArrayList<>()));
  StringBuilder sb = new StringBuilder();
  for (List<Integer> x : ls) sb.append(x instanceof RandomAccess ? 'R' : '-');
  System.out.println(sb);
}}
