import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

public class BigIntAlgorithms {
    // arctan(1/x) scaled by 10^digits, fixed point
    static BigInteger arccot(int x, BigInteger unity) {
        BigInteger sum, xpower, term;
        BigInteger bx = BigInteger.valueOf(x), x2 = BigInteger.valueOf((long) x * x);
        sum = xpower = unity.divide(bx);
        int n = 3;
        boolean sign = false;
        while (true) {
            xpower = xpower.divide(x2);
            term = xpower.divide(BigInteger.valueOf(n));
            if (term.signum() == 0) break;
            sum = sign ? sum.add(term) : sum.subtract(term);
            sign = !sign;
            n += 2;
        }
        return sum;
    }

    static BigInteger binom(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        return r;
    }

    static BigInteger[][] mul(BigInteger[][] a, BigInteger[][] b) {
        return new BigInteger[][] {
            {a[0][0].multiply(b[0][0]).add(a[0][1].multiply(b[1][0])), a[0][0].multiply(b[0][1]).add(a[0][1].multiply(b[1][1]))},
            {a[1][0].multiply(b[0][0]).add(a[1][1].multiply(b[1][0])), a[1][0].multiply(b[0][1]).add(a[1][1].multiply(b[1][1]))}};
    }

    static BigInteger fib(int n) {
        BigInteger[][] r = {{BigInteger.ONE, BigInteger.ZERO}, {BigInteger.ZERO, BigInteger.ONE}};
        BigInteger[][] m = {{BigInteger.ONE, BigInteger.ONE}, {BigInteger.ONE, BigInteger.ZERO}};
        while (n > 0) {
            if ((n & 1) == 1) r = mul(r, m);
            m = mul(m, m);
            n >>= 1;
        }
        return r[0][1];
    }

    public static void main(String[] args) {
        int digits = 1000;
        BigInteger unity = BigInteger.TEN.pow(digits + 10);
        BigInteger pi = arccot(5, unity).multiply(BigInteger.valueOf(4)).subtract(arccot(239, unity)).multiply(BigInteger.valueOf(4));
        String ps = pi.toString().substring(0, digits);
        System.out.println("pi " + ps.substring(0, 60) + "... last " + ps.substring(digits - 40) + " hash " + ps.hashCode());
        for (int n : new int[] {10, 100, 1000, 5000}) {
            BigInteger f = fib(n);
            System.out.println("fib(" + n + ") bits=" + f.bitLength() + " mod97=" + f.mod(BigInteger.valueOf(97)) + " hash=" + f.hashCode() + (n <= 100 ? " " + f : ""));
        }
        for (int n = 0; n <= 60; n += 6) {
            BigInteger c = binom(2 * n, n).divide(BigInteger.valueOf(n + 1));
            System.out.println("catalan(" + n + ")=" + c + " C(200," + n + ")=" + binom(200, n));
        }
        // Collatz steps on big starting values
        BigInteger three = BigInteger.valueOf(3);
        for (int e = 50; e <= 300; e += 50) {
            BigInteger x = BigInteger.TWO.pow(e).subtract(BigInteger.ONE);
            int steps = 0;
            while (!x.equals(BigInteger.ONE)) {
                x = x.testBit(0) ? x.multiply(three).add(BigInteger.ONE) : x.shiftRight(1);
                steps++;
            }
            System.out.println("collatz(2^" + e + "-1) steps " + steps);
        }
        // Mersenne primes by Lucas-Lehmer
        List<Integer> found = new ArrayList<>();
        for (int p = 3; p <= 300; p += 2) {
            if (!BigInteger.valueOf(p).isProbablePrime(20)) continue;
            BigInteger m = BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE);
            BigInteger s = BigInteger.valueOf(4);
            for (int i = 0; i < p - 2; i++) s = s.multiply(s).subtract(BigInteger.TWO).mod(m);
            if (s.signum() == 0) found.add(p);
        }
        System.out.println("mersenne exponents " + found);
        // Euclid extended check, gcd of consecutive Fibonacci numbers
        System.out.println(fib(300).gcd(fib(301)) + " " + fib(300).gcd(fib(150)).equals(fib(150)) + " " + fib(120).gcd(fib(90)).equals(fib(30)));
        // digit sums of 2^1000 and 100!
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 100; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println(digitSum(BigInteger.TWO.pow(1000)) + " " + digitSum(f) + " " + f);
    }

    static int digitSum(BigInteger b) {
        int s = 0;
        for (char c : b.toString().toCharArray()) s += c - '0';
        return s;
    }
}
