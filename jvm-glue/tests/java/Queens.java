public class Queens {
    static int solutions;

    static void place(int row, int n, boolean[] cols, boolean[] d1, boolean[] d2) {
        if (row == n) {
            solutions++;
            return;
        }
        for (int c = 0; c < n; c++) {
            if (cols[c] || d1[row + c] || d2[row - c + n]) continue;
            cols[c] = d1[row + c] = d2[row - c + n] = true;
            place(row + 1, n, cols, d1, d2);
            cols[c] = d1[row + c] = d2[row - c + n] = false;
        }
    }

    public static void main(String[] args) {
        for (int n = 4; n <= 9; n++) {
            solutions = 0;
            place(0, n, new boolean[n], new boolean[2 * n], new boolean[2 * n + 1]);
            System.out.println(n + " queens: " + solutions);
        }
    }
}
