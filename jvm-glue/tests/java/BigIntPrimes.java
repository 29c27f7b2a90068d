import java.math.BigInteger;

public class BigIntPrimes {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -20; i < 400; i++) if (BigInteger.valueOf(i).isProbablePrime(50)) sb.append(i).append(' ');
        System.out.println(sb);
        BigInteger x = BigInteger.ZERO;
        sb = new StringBuilder();
        for (int i = 0; i < 60; i++) { x = x.nextProbablePrime(); sb.append(x).append(' '); }
        System.out.println(sb);
        String[] known = {"2147483647", "2305843009213693951", "170141183460469231731687303715884105727", "561", "1105", "1729", "2465", "41041",
            "3215031751", "3825123056546413051", "318665857834031151167461", "170141183460469231731687303715884105729", "1000000007", "998244353",
            "618970019642690137449562111", "162259276829213363391578010288127", "6864797660130609714981900799081393217269435300143305409394463459185543183397656052122559640661454554977296311391480858037121987999716643812574028291115057151"};
        for (String k : known) {
            BigInteger b = new BigInteger(k);
            System.out.println(k + " " + b.isProbablePrime(100) + " " + b.isProbablePrime(0) + " " + b.negate().isProbablePrime(10));
        }
        BigInteger s = BigInteger.TEN.pow(20);
        for (int i = 0; i < 15; i++) { s = s.nextProbablePrime(); System.out.println("next " + s); }
        s = BigInteger.TWO.pow(127);
        for (int i = 0; i < 4; i++) { s = s.nextProbablePrime(); System.out.println("next " + s); }
        // random primes: Mote draws other candidates than HotSpot, so only properties are printed
        java.util.Random rnd = new java.util.Random(9);
        for (int bits : new int[] {2, 3, 5, 8, 31, 64, 100, 256}) {
            BigInteger p = BigInteger.probablePrime(bits, rnd), q = new BigInteger(bits, 30, rnd);
            System.out.println("random " + bits + ": " + p.bitLength() + " " + p.isProbablePrime(80) + " " + q.bitLength() + " " + q.isProbablePrime(80) + " " + p.signum());
        }
        try { BigInteger.probablePrime(1, rnd); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { new BigInteger(0, 5, rnd); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { BigInteger.valueOf(-5).nextProbablePrime(); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    }
}
