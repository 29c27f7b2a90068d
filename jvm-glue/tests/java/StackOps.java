public class StackOps {
    static long[] la = {1, 2, 3};
    static double[] da = {1.5, 2.5};
    long lf = 10;
    double df = 0.5;
    static long sl = 5;

    public static void main(String[] args) {
        int i = 0;
        long v = la[i]++;
        long w = ++la[i + 1];
        la[2] += la[0] * 2;
        double dv = da[0]++;
        da[1] *= 2;
        System.out.println(v + " " + w + " " + la[0] + " " + la[1] + " " + la[2] + " " + dv + " " + da[0] + " " + da[1]);
        StackOps o = new StackOps();
        long x = o.lf++;
        long y = ++o.lf;
        double z = o.df++;
        o.df += 1;
        long s1 = sl++;
        long s2 = sl += 3;
        System.out.println(x + " " + y + " " + o.lf + " " + z + " " + o.df + " " + s1 + " " + s2 + " " + sl);
        long[][] grid = new long[2][2];
        grid[1][1] += 5;
        grid[1][1] <<= 2;
        System.out.println(grid[1][1]);
        int a = 5, b = 6;
        a ^= b;
        b ^= a;
        a ^= b;
        System.out.println(a + " " + b);
        long t = 1;
        t = t++ + t++;
        System.out.println(t);
        char[] cs = {'a'};
        cs[0] += 1;
        cs[0]++;
        byte[] bs = {127};
        bs[0]++;
        short[] ss = {-32768};
        ss[0]--;
        System.out.println(cs[0] + " " + bs[0] + " " + ss[0]);
        boolean[] flags = new boolean[2];
        flags[1] = !flags[0];
        System.out.println(flags[1] & !flags[0] | flags[0] ^ true);
        int[] counts = new int[3];
        for (int k = 0; k < 10; k++) counts[k % 3] += k;
        System.out.println(counts[0] + counts[1] * 100 + counts[2] * 10000);
    }
}
