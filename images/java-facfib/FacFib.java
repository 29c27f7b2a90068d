import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import mote.net.Udp;

/**
 * java-facfib: the Java twin of c-facfib, as in the SML unikernel's FacFib.
 * A number n sent to the first port (default 8080) is answered with n!, to
 * the second (8081) with fib(n) (fib(0) = 0, fib(1) = 1), in decimal,
 * exactly, with java.math.BigInteger. Replies must fit one datagram, which
 * bounds n. The datagram "shutdown" on either port ends the service.
 */
public class FacFib {
    static final int MAX_FAC = 450;
    static final int MAX_FIB = 6500;

    /** "42", " 42\n" -> 42; anything else (signs, letters, > 1,000,000) -> -1. */
    static long parseN(String s) {
        int i = 0, n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i == start) return -1;
        String digits = s.substring(start, i);
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        if (i != n || digits.length() > 7) return -1;
        long v = Long.parseLong(digits);
        return v > 1_000_000 ? -1 : v;
    }

    static BigInteger factorial(long n) {
        BigInteger f = BigInteger.ONE;
        for (long i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
        return f;
    }

    static BigInteger fibonacci(long n) {
        BigInteger a = BigInteger.ZERO, b = BigInteger.ONE;
        for (long i = 0; i < n; i++) {
            BigInteger c = a.add(b);
            a = b;
            b = c;
        }
        return a;
    }

    static String answer(String request, boolean fib) {
        long n = parseN(request);
        int max = fib ? MAX_FIB : MAX_FAC;
        if (n < 0) return "error: not a number";
        if (n > max) return "error: n too large (max " + max + ")";
        return (fib ? fibonacci(n) : factorial(n)).toString();
    }

    static Udp.Handler service(boolean fib) {
        return data -> {
            String request = new String(data, StandardCharsets.ISO_8859_1);
            if (request.trim().equals("shutdown")) {
                System.out.println("java-facfib: shutting down");
                System.exit(0);
            }
            return answer(request, fib).getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    public static void main(String[] args) {
        int facPort = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        int fibPort = args.length > 1 ? Integer.parseInt(args[1]) : 8081;
        Udp.bind(facPort, service(false));
        Udp.bind(fibPort, service(true));
        System.out.println("java-facfib: factorial on UDP port " + facPort);
        System.out.println("java-facfib: fibonacci on UDP port " + fibPort);
        Udp.listen();
    }
}
