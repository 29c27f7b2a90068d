public class ArraysMultiDim {
    public static void main(String[] args) {
        int[][][][] i4 = new int[2][3][4][5];
        i4[1][2][3][4] = 7;
        long[][][] l3 = new long[2][2][];
        l3[1][1] = new long[] {5L};
        byte[][] b2 = new byte[3][3];
        short[][][] s3 = new short[1][2][3];
        char[][] c2 = new char[2][];
        float[][][] f3 = new float[2][1][1];
        double[][] d2 = {{1.5}, {2.5, 3.5}};
        boolean[][][] z3 = new boolean[1][1][2];
        String[][][] str3 = new String[2][2][2];
        Object[][] o2 = new Integer[2][2];
        b2[2][2] = (byte) 255;
        s3[0][1][2] = (short) 65535;
        c2[1] = new char[] {'q'};
        f3[1][0][0] = 0.25f;
        z3[0][0][1] = true;
        str3[1][1][1] = "deep";
        o2[1][0] = 42;
        int sum = 0;
        for (int[][][] a : i4) for (int[][] b : a) for (int[] c : b) for (int v : c) sum += v + 1;
        System.out.println(sum + " " + i4[1][2][3][4] + " " + i4.length + i4[0].length + i4[0][0].length + i4[0][0][0].length);
        System.out.println(l3[1][1][0] + " " + (l3[0][0] == null) + " " + b2[2][2] + " " + s3[0][1][2] + " " + c2[1][0] + " " + (c2[0] == null));
        System.out.println(f3[1][0][0] + " " + d2[1][1] + " " + z3[0][0][1] + " " + str3[1][1][1] + " " + o2[1][0] + " " + o2.getClass().getName());
        System.out.println(i4.getClass().getName() + " " + l3.getClass().getSimpleName() + " " + z3[0].getClass().getName() + " " + str3[0][0].getClass().getName());
        try {
            o2[0][0] = "not an integer";
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        int[][] tri = new int[5][];
        for (int r = 0; r < 5; r++) {
            tri[r] = new int[r + 1];
            tri[r][0] = tri[r][r] = 1;
            for (int k = 1; k < r; k++) tri[r][k] = tri[r - 1][k - 1] + tri[r - 1][k];
        }
        System.out.println(java.util.Arrays.deepToString(tri));
        Object[] covariant = new String[] {"a"};
        Object[][] deep = new Object[][] {covariant, new Integer[] {1}};
        System.out.println(deep[0][0] + " " + deep[1][0] + " " + (deep[1] instanceof Integer[]));
    }
}
