// mote-opts: -Xgcstress=97 -Xmx32m
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GcChurn {
    static class Node {
        Node left, right;
        int val;
        String label;

        Node(int v) {
            val = v;
            label = "n" + v;
        }
    }

    static Node build(int depth, int v) {
        if (depth == 0) return new Node(v);
        Node n = new Node(v);
        n.left = build(depth - 1, 2 * v);
        n.right = build(depth - 1, 2 * v + 1);
        return n;
    }

    static long check(Node n) {
        return n == null ? 0 : n.val + n.label.length() + check(n.left) + check(n.right);
    }

    public static void main(String[] args) {
        Node keep = build(10, 1);
        long total = 0;
        for (int round = 0; round < 30; round++) {
            Node tmp = build(8, round);
            total += check(tmp);
            List<int[]> arrays = new ArrayList<>();
            for (int i = 0; i < 200; i++) arrays.add(new int[i % 50 + 1]);
            Map<String, long[]> m = new HashMap<>();
            for (int i = 0; i < 100; i++) m.put("k" + i + "-" + round, new long[] {i, round});
            total += arrays.size() + m.size() + m.get("k7-" + round)[0];
            String s = "";
            for (int i = 0; i < 20; i++) s += i;
            total += s.length();
        }
        System.out.println("total " + total);
        System.out.println("kept tree intact: " + check(keep));
        Object[][] nested = new Object[50][];
        for (int i = 0; i < 50; i++) {
            nested[i] = new Object[] {new StringBuilder("x").append(i), Integer.valueOf(i * 1000), new double[] {i}};
        }
        long sum = 0;
        for (Object[] row : nested) sum += row[0].toString().length() + (Integer) row[1] + (long) ((double[]) row[2])[0];
        System.out.println("nested " + sum);
    }
}
