public class BinaryTrees {
    static final class Node {
        final Node left, right;

        Node(Node l, Node r) {
            left = l;
            right = r;
        }

        int check() {
            return 1 + (left == null ? 0 : left.check() + right.check());
        }
    }

    static Node make(int d) {
        return d == 0 ? new Node(null, null) : new Node(make(d - 1), make(d - 1));
    }

    public static void main(String[] args) {
        int max = 16;
        System.out.println(make(max + 1).check());
        Node longLived = make(max);
        for (int d = 4; d <= max; d += 2) {
            int iters = 1 << (max - d + 4), check = 0;
            for (int i = 0; i < iters; i++) check += make(d).check();
            System.out.println(iters + " " + d + " " + check);
        }
        System.out.println(longLived.check());
    }
}
