import java.util.Arrays;

public class Arrays1 {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = {1, -2, 127};
        short[] s = new short[] {-1, 2, 30000};
        char[] c = "hello".toCharArray();
        int[] i = {5, 3, 9, 1};
        long[] l = new long[4];
        float[] f = {1.5f, -2f};
        double[] d = {0.1, 0.2};
        String[] str = {"x", null, "z"};
        z[1] = true;
        l[2] = Long.MAX_VALUE;
        b[0] += 200;
        s[1] *= 20000;
        c[0] = Character.toUpperCase(c[0]);
        i[2]++;
        f[1] /= 3;
        d[0] += d[1];
        System.out.println(Arrays.toString(z) + Arrays.toString(b) + Arrays.toString(s) + Arrays.toString(c) + Arrays.toString(i));
        System.out.println(Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d) + Arrays.toString(str));
        System.out.println(z.length + b.length + s.length + c.length + i.length + l.length + f.length + d.length + str.length);
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) for (int k = 0; k < 4; k++) grid[r][k] = r * k;
        System.out.println(Arrays.deepToString(grid));
        long[][][] cube = new long[2][3][2];
        cube[1][2][1] = 99;
        System.out.println(Arrays.deepToString(cube) + " " + cube[1].length + " " + cube[1][2].length);
        double[][] jag = new double[3][];
        for (int r = 0; r < 3; r++) jag[r] = new double[r + 1];
        jag[2][2] = 2.5;
        System.out.println(Arrays.deepToString(jag));
        char[][] cg = {{'a', 'b'}, {'c'}};
        boolean[][] bg = new boolean[2][2];
        byte[][] byg = new byte[1][3];
        short[][] sg = new short[2][1];
        float[][] fg = new float[1][2];
        String[][] strg = {{"a"}, {"b", "c"}};
        Object[][] og = new Object[2][];
        System.out.println(Arrays.deepToString(cg) + Arrays.deepToString(bg) + Arrays.deepToString(byg) + Arrays.deepToString(sg)
                + Arrays.deepToString(fg) + Arrays.deepToString(strg) + Arrays.deepToString(og));
        int[] copy = i.clone();
        copy[0] = -1;
        System.out.println(i[0] + " " + copy[0] + " " + Arrays.equals(i, copy) + " " + (copy != i));
        int[][] gclone = grid.clone();
        System.out.println((gclone[1] == grid[1]) + " " + gclone.getClass().getName() + " " + grid[0].getClass().getSimpleName());
        System.out.println(new int[0].getClass().getName() + " " + new String[0][0].getClass().getName() + " " + new boolean[1].getClass().getSimpleName());
        Arrays.sort(i);
        System.out.println(Arrays.toString(i) + " " + Arrays.binarySearch(i, 10) + " " + Arrays.binarySearch(i, 4));
        int[] big = new int[100];
        Arrays.fill(big, 7);
        int[] grown = Arrays.copyOf(big, 105);
        System.out.println(grown.length + " " + grown[99] + " " + grown[104] + " " + Arrays.hashCode(new int[] {1, 2}));
        String[] sa = Arrays.copyOf(str, 5);
        System.out.println(Arrays.toString(sa) + " " + sa.getClass().getSimpleName());
        int[] src = {1, 2, 3, 4, 5};
        System.arraycopy(src, 0, src, 1, 4);
        System.out.println(Arrays.toString(src));
        Object[] objs = new Integer[] {3, 1, 2};
        Arrays.sort(objs);
        System.out.println(Arrays.toString(objs) + " " + (objs instanceof Integer[]) + " " + (objs instanceof Number[]));
        int[][] multi = new int[2][];
        System.out.println(multi[0] == null);
        Object oa = new int[3][4][5];
        System.out.println(oa instanceof Object[] && ((Object[]) oa)[0] instanceof int[][]);
    }
}
