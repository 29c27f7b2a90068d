import java.util.*;

public class CollRecordKeys {
    record Point(int x, int y) {}

    record Named(String name, double weight, long id) {}

    record Pair<A, B>(A first, B second) {}

    public static void main(String[] args) {
        HashMap<Point, Integer> grid = new HashMap<>();
        for (int x = -3; x <= 3; x++) for (int y = -2; y <= 2; y++) grid.put(new Point(x, y), x * 10 + y);
        System.out.println(grid.keySet());
        System.out.println(grid.get(new Point(2, -1)) + " " + grid.containsKey(new Point(9, 9)) + " " + new Point(1, 2).hashCode());
        HashSet<Named> named = new HashSet<>();
        for (String s : "ann bob cy dee ed flo".split(" ")) named.add(new Named(s, s.length() * 1.5, s.hashCode()));
        named.add(new Named("ann", 4.5, "ann".hashCode()));
        System.out.println(named.size() + " " + named);
        LinkedHashMap<Pair<String, Integer>, List<Point>> groups = new LinkedHashMap<>();
        for (Point p : grid.keySet()) groups.computeIfAbsent(new Pair<>(p.x() < 0 ? "neg" : "pos", Math.abs(p.y())), k -> new ArrayList<>()).add(p);
        System.out.println(groups.keySet());
        TreeMap<Point, String> sorted = new TreeMap<>(Comparator.comparingInt(Point::x).thenComparingInt(Point::y));
        for (Point p : grid.keySet()) if ((p.x() + p.y()) % 3 == 0) sorted.put(p, p.toString());
        System.out.println(sorted.keySet() + " " + sorted.ceilingKey(new Point(0, 3)) + " " + sorted.headMap(new Point(-1, 0)).size());
        Map<Point, Long> counts = new HashMap<>();
        int[][] walk = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}, {1, 0}, {2, 0}, {2, 1}, {1, 1}};
        for (int[] w : walk) counts.merge(new Point(w[0], w[1]), 1L, Long::sum);
        System.out.println(counts);
        List<Point> pts = new ArrayList<>(grid.keySet());
        pts.sort(Comparator.comparingInt((Point p) -> p.x() * p.x() + p.y() * p.y()).thenComparingInt(Point::y));
        System.out.println(pts.subList(0, 8) + " " + Collections.max(pts, Comparator.comparingInt(Point::x)));
    }
}
