import java.math.BigInteger;
import java.util.Random;

public class BigIntDivEdge {
    static final long[] W = {0L, 1L, 2L, 0x7fffffffL, 0x80000000L, 0x80000001L, 0xffffffffL, 0xfffffffeL, 0x40000000L};

    static BigInteger words(Random r, int n) {
        BigInteger x = BigInteger.ZERO;
        for (int i = 0; i < n; i++) x = x.shiftLeft(32).or(BigInteger.valueOf(W[r.nextInt(W.length)]));
        return x;
    }

    public static void main(String[] args) {
        String[][] known = {{"79228162458924105385300197376", "340282366920938463463374607431768211457"}, {"2535301200456458802993406410752", "340282366920938463463374607431768211457"},
            {"365375409417796321320769905302046575564402196481", "39614081257132168805361909759"}, {"730750819090804417753015495724253257256505704450", "39614081280190598893203881982"},
            {"1569275433846670191299229722742662108117529552946162827266", "170141183460469231777804163906600435712"}, {"1461501637330902918164070751459150850852718116865", "79228162514264337593543950335"},
            {"730750819005733825903938636040896238836858748928", "170141183420855150474555134919112130558"}, {"340282366861517341586899726273465024513", "79228162500429279542556753919"}};
        for (String[] k : known) {
            BigInteger a = new BigInteger(k[0]), b = new BigInteger(k[1]);
            BigInteger[] qr = a.divideAndRemainder(b);
            System.out.println(a + " / " + b + " = " + qr[0] + " r " + qr[1] + " " + qr[0].multiply(b).add(qr[1]).equals(a));
        }
        Random r = new Random(73);
        long h = 0;
        int ok = 0;
        for (int i = 0; i < 3000; i++) {
            BigInteger b = words(r, 1 + r.nextInt(5));
            if (b.signum() == 0) continue;
            BigInteger a = words(r, 1 + r.nextInt(8));
            if (r.nextBoolean()) a = a.negate();
            BigInteger[] qr = a.divideAndRemainder(b);
            if (qr[0].multiply(b).add(qr[1]).equals(a) && qr[1].abs().compareTo(b) < 0) ok++;
            h = h * 31 + qr[0].hashCode() * 17L + qr[1].hashCode();
            if (i % 100 == 0) System.out.println(a.toString(16) + " / " + b.toString(16) + " = " + qr[0].toString(16) + " r " + qr[1].toString(16));
        }
        System.out.println("ok " + ok + " hash " + h);
        // products of structured words, squares and toString of results
        h = 0;
        for (int i = 0; i < 500; i++) {
            BigInteger a = words(r, 1 + r.nextInt(30)), b = words(r, 1 + r.nextInt(30));
            BigInteger p = a.multiply(b);
            h = h * 31 + p.hashCode();
            if (i % 50 == 0) System.out.println(p.toString(16) + " " + p.toString(10).length());
        }
        System.out.println("mul hash " + h);
    }
}
