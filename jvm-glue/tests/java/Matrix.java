public class Matrix {
    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }

    public static void main(String[] args) {
        int n = 60;
        double[][] a = new double[n][n], b = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                a[i][j] = (i * 31 + j * 17) % 11 / 7.0;
                b[i][j] = (i == j) ? 2.0 : (i + j) % 3 * 0.5;
            }
        double[][] c = mul(a, b);
        double tr = 0;
        for (int i = 0; i < n; i++) tr += c[i][i];
        System.out.println(tr + " " + c[5][7] + " " + c[n - 1][0]);
        long[][] f = {{1, 1}, {1, 0}}, r = {{1, 0}, {0, 1}};
        for (int p = 0; p < 80; p++) {
            long[][] t = new long[2][2];
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = r[i][0] * f[0][j] + r[i][1] * f[1][j];
            r = t;
        }
        System.out.println("fib(80) = " + r[0][1]);
    }
}
