import java.util.concurrent.*;
public class ConcChmRecursive {
  static ConcurrentHashMap<Integer, Long> memo = new ConcurrentHashMap<>();
  static long fib(int n) { if (n < 2) return n; return memo.computeIfAbsent(n, k -> fib(k - 1) + fib(k - 2)); }
  public static void main(String[] a) {
    for (int n : new int[]{5, 10, 15, 20, 30}) {
      memo.clear();
      try { System.out.println(n + " " + fib(n) + " size " + memo.size()); } catch (Exception e) { System.out.println(n + " " + e); }
    }
    ConcurrentHashMap<Integer,Integer> m = new ConcurrentHashMap<>();
    try { m.computeIfAbsent(1, k -> m.computeIfAbsent(17, j -> 2)); System.out.println(m); } catch (Exception e) { System.out.println(e); }
    ConcurrentHashMap<Integer,Integer> m2 = new ConcurrentHashMap<>();
    try { m2.computeIfAbsent(1, k -> m2.computeIfAbsent(2, j -> 2)); System.out.println(m2); } catch (Exception e) { System.out.println(e); }
    ConcurrentHashMap<Integer,Integer> m3 = new ConcurrentHashMap<>();
    try { m3.computeIfAbsent(1, k -> { m3.put(1, 5); return 3; }); System.out.println(m3); } catch (Exception e) { System.out.println(e); }
    ConcurrentHashMap<Integer,Integer> m4 = new ConcurrentHashMap<>(); m4.put(1, 1);
    try { m4.compute(1, (k, v) -> { m4.put(17, 5); return 3; }); System.out.println(m4); } catch (Exception e) { System.out.println(e); }
  }
}
