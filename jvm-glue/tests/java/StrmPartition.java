import java.util.*;
import java.util.stream.*;
public class StrmPartition { public static void main(String[] a) {
  Map<Boolean, List<Integer>> m = Stream.of(1, 2, 3).collect(Collectors.partitioningBy(x -> x > 1));
  System.out.println(m + " " + m.get(true) + " " + m.get(false) + " " + m.containsKey(true) + " " + m.size() + " " + m.keySet() + " " + m.values() + " " + m.hashCode());
  try { m.put(true, null); } catch (UnsupportedOperationException e) { System.out.println("UOE put"); }
  try { m.clear(); } catch (UnsupportedOperationException e) { System.out.println("UOE clear"); }
  m.get(true).add(9); System.out.println(m);
} }
