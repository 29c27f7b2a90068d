public class WideLocals {
    static long many(long a0, double a1, int a2, long a3, float a4, double a5, int a6, long a7, boolean a8, char a9) {
        return a0 + (long) a1 + a2 + a3 + (long) a4 + (long) a5 + a6 + a7 + (a8 ? 1 : 0) + a9;
    }

    public static void main(String[] args) {
        int v0 = 0, v1 = 1, v2 = 2, v3 = 3, v4 = 4, v5 = 5, v6 = 6, v7 = 7, v8 = 8, v9 = 9;
        long l0 = 10, l1 = 11, l2 = 12, l3 = 13, l4 = 14, l5 = 15, l6 = 16, l7 = 17, l8 = 18, l9 = 19;
        double d0 = 20, d1 = 21, d2 = 22, d3 = 23, d4 = 24, d5 = 25, d6 = 26, d7 = 27, d8 = 28, d9 = 29;
        long m0 = 30, m1 = 31, m2 = 32, m3 = 33, m4 = 34, m5 = 35, m6 = 36, m7 = 37, m8 = 38, m9 = 39;
        double e0 = 40, e1 = 41, e2 = 42, e3 = 43, e4 = 44, e5 = 45, e6 = 46, e7 = 47, e8 = 48, e9 = 49;
        long n0 = 50, n1 = 51, n2 = 52, n3 = 53, n4 = 54, n5 = 55, n6 = 56, n7 = 57, n8 = 58, n9 = 59;
        double f0 = 60, f1 = 61, f2 = 62, f3 = 63, f4 = 64, f5 = 65, f6 = 66, f7 = 67, f8 = 68, f9 = 69;
        long g0 = 70, g1 = 71, g2 = 72, g3 = 73, g4 = 74, g5 = 75, g6 = 76, g7 = 77, g8 = 78, g9 = 79;
        double h0 = 80, h1 = 81, h2 = 82, h3 = 83, h4 = 84, h5 = 85, h6 = 86, h7 = 87, h8 = 88, h9 = 89;
        long k0 = 90, k1 = 91, k2 = 92, k3 = 93, k4 = 94, k5 = 95, k6 = 96, k7 = 97, k8 = 98, k9 = 99;
        double p0 = 100, p1 = 101, p2 = 102, p3 = 103, p4 = 104, p5 = 105, p6 = 106, p7 = 107, p8 = 108, p9 = 109;
        long q0 = 110, q1 = 111, q2 = 112, q3 = 113, q4 = 114, q5 = 115, q6 = 116, q7 = 117, q8 = 118, q9 = 119;
        double r0 = 120, r1 = 121, r2 = 122, r3 = 123, r4 = 124, r5 = 125, r6 = 126, r7 = 127, r8 = 128, r9 = 129;
        int big = 1000;
        big += 300;
        for (int i = 0; i < 3; i++) big++;
        double sum = v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + l0 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + d0 + d1 + d2 + d3 + d4 + d5
                + d6 + d7 + d8 + d9 + m0 + m1 + m2 + m3 + m4 + m5 + m6 + m7 + m8 + m9 + e0 + e1 + e2 + e3 + e4 + e5 + e6 + e7 + e8 + e9 + n0 + n1
                + n2 + n3 + n4 + n5 + n6 + n7 + n8 + n9 + f0 + f1 + f2 + f3 + f4 + f5 + f6 + f7 + f8 + f9 + g0 + g1 + g2 + g3 + g4 + g5 + g6 + g7
                + g8 + g9 + h0 + h1 + h2 + h3 + h4 + h5 + h6 + h7 + h8 + h9 + k0 + k1 + k2 + k3 + k4 + k5 + k6 + k7 + k8 + k9 + p0 + p1 + p2 + p3
                + p4 + p5 + p6 + p7 + p8 + p9 + q0 + q1 + q2 + q3 + q4 + q5 + q6 + q7 + q8 + q9 + r0 + r1 + r2 + r3 + r4 + r5 + r6 + r7 + r8 + r9;
        System.out.println(sum + " " + big + " " + r9 + " " + q9);
        System.out.println(many(1L, 2.9, 3, 4L, 5.5f, 6.6, 7, 8L, true, 'A'));
    }
}
