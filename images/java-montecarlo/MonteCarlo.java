import java.nio.charset.StandardCharsets;
import mote.net.Udp;

/**
 * java-montecarlo: estimates pi by quasi-Monte Carlo. A datagram holding n
 * (1..10,000,000) is answered with the estimate from the first n points of
 * the two-dimensional Sobol sequence (skipping the origin): the share of
 * points inside the quarter circle, times 4. The reply is
 * "pi ~ ESTIMATE (INSIDE of N Sobol points inside the quarter circle)".
 * The datagram "shutdown" ends the service (exit 0).
 */
public class MonteCarlo {
    static final long MAX_POINTS = 10_000_000;

    /**
     * Two-dimensional Sobol points in Gray-code order (Antonov-Saleev):
     * point i+1 is point i with the direction number of the lowest zero bit
     * of i xor-ed in. Dimension 1 is van der Corput's sequence (direction
     * numbers 2^(32-k)); dimension 2 comes from the primitive polynomial
     * x + 1 with m1 = 1, so V_k = V_{k-1} xor (V_{k-1} >> 1).
     */
    static final class Sobol2 {
        private final int[] v1 = new int[32], v2 = new int[32];
        private int x, y;
        private int index;

        Sobol2() {
            for (int k = 0; k < 32; k++) v1[k] = 1 << (31 - k);
            v2[0] = 1 << 31;
            for (int k = 1; k < 32; k++) v2[k] = v2[k - 1] ^ (v2[k - 1] >>> 1);
        }

        /** Advances to the next point; its coordinates are then x() and y() in [0, 1). */
        void next() {
            int c = Integer.numberOfTrailingZeros(~index);
            x ^= v1[c];
            y ^= v2[c];
            index++;
        }

        double x() {
            return (x & 0xffffffffL) / 4294967296.0;
        }

        double y() {
            return (y & 0xffffffffL) / 4294967296.0;
        }
    }

    static String estimate(long n) {
        Sobol2 s = new Sobol2();
        long inside = 0;
        for (long i = 0; i < n; i++) {
            s.next();
            double x = s.x(), y = s.y();
            if (x * x + y * y < 1.0) inside++;
        }
        return "pi ~ " + (4.0 * inside / n) + " (" + inside + " of " + n
                + " Sobol points inside the quarter circle)";
    }

    static String answer(String request) {
        String t = request.trim();
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            return "error: not a number of points: '" + (t.length() > 40 ? t.substring(0, 40) : t) + "'";
        }
        if (n < 1 || n > MAX_POINTS) return "error: n must be 1.." + MAX_POINTS;
        return estimate(n);
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Udp.bind(port, data -> {
            String request = new String(data, StandardCharsets.ISO_8859_1);
            if (request.trim().equals("shutdown")) {
                System.out.println("java-montecarlo: shutting down");
                System.exit(0);
            }
            return answer(request).getBytes(StandardCharsets.ISO_8859_1);
        });
        System.out.println("java-montecarlo: estimating pi on UDP port " + port);
        Udp.listen();
    }
}
