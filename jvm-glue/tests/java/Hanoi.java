public class Hanoi {
    static int moves;
    static StringBuilder log = new StringBuilder();

    static void solve(int n, char from, char to, char via) {
        if (n == 0) return;
        solve(n - 1, from, via, to);
        moves++;
        if (n >= 9) log.append(n).append(from).append(to).append(' ');
        solve(n - 1, via, to, from);
    }

    public static void main(String[] args) {
        solve(16, 'A', 'C', 'B');
        System.out.println(moves + " " + log);
    }
}
