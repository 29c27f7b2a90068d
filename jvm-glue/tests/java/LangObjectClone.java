import java.util.Arrays;

// Object basics: clone() of every array kind (shallow), Cloneable classes, CloneNotSupportedException message,
// default equals/hashCode consistency, getClass names of arrays.
public class LangObjectClone {
    static class Point implements Cloneable {
        int x, y;
        int[] data = {1, 2};

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    static class Sub extends Point {
        String tag = "sub";

        Sub() {
            super(7, 8);
        }
    }

    public static void main(String[] args) throws Exception {
        int[] ia = {1, 2, 3};
        int[] ib = ia.clone();
        ib[0] = 99;
        System.out.println(Arrays.toString(ia) + " " + Arrays.toString(ib) + " " + (ia != ib) + " " + ib.getClass().getName());
        long[] la = {Long.MIN_VALUE, 0, Long.MAX_VALUE};
        double[] da = {-0.0, Double.NaN, 1e300};
        float[] fa = {1.5f, -2.5f};
        char[] ca = "hello".toCharArray();
        byte[] ba = {-128, 127};
        short[] sa = {-1, 1};
        boolean[] za = {true, false};
        System.out.println(Arrays.toString(la.clone()) + Arrays.toString(da.clone()) + Arrays.toString(fa.clone()) + new String(ca.clone())
            + Arrays.toString(ba.clone()) + Arrays.toString(sa.clone()) + Arrays.toString(za.clone()));
        String[] strs = {"a", null, "c"};
        String[] strs2 = strs.clone();
        strs2[1] = "b";
        System.out.println(Arrays.toString(strs) + Arrays.toString(strs2) + strs2.getClass().getName() + " " + strs2.getClass().getSimpleName());
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] g2 = grid.clone();
        g2[0][0] = 100;
        g2[1] = new int[] {9};
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(g2) + " " + (grid[0] == g2[0]) + " " + g2.getClass().getName());
        Object[] objs = new Integer[] {1, 2};
        Object[] objs2 = objs.clone();
        System.out.println(objs2.getClass().getName() + " " + objs2.length + " " + (objs2 instanceof Integer[]));
        try {
            objs2[0] = "str";
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        int[] empty = new int[0];
        System.out.println(empty.clone().length + " " + (empty.clone() != empty));
        Point p = new Point(1, 2);
        Point q = p.clone();
        q.x = 5;
        q.data[0] = 42;
        System.out.println(p.x + " " + q.x + " " + p.data[0] + " " + (p.data == q.data) + " " + (q.getClass() == Point.class));
        Sub s = new Sub();
        Point sc = s.clone();
        System.out.println(sc.getClass().getName() + " " + ((Sub) sc).tag + " " + sc.x + " " + sc.y);
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CNSE " + e.getMessage());
        }
        Object o1 = new Object(), o2 = new Object();
        System.out.println(o1.equals(o1) + " " + o1.equals(o2) + " " + (o1.hashCode() == o1.hashCode()) + " " + o1.getClass().getName()
            + " " + (o1.toString().startsWith("java.lang.Object@")) + " " + o1.toString().equals("java.lang.Object@" + Integer.toHexString(o1.hashCode())));
        System.out.println(new int[0].getClass().getSuperclass().getName() + " " + (ia instanceof Cloneable) + " " + (ia instanceof java.io.Serializable)
            + " " + int[].class.getComponentType() + " " + String[][].class.getName() + " " + boolean[].class.getName());
    }
}
