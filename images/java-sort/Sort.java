import java.nio.charset.StandardCharsets;
import mote.net.Udp;

/**
 * java-sort: the Java twin of c-sort. A datagram of integers (separated by
 * spaces, commas or newlines) comes back sorted by a mergesort written here,
 * separated by single spaces; anything that is not an integer gets
 * "error: ..." back. The datagram "shutdown" ends the service (exit 0).
 */
public class Sort {
    static final int MAX_NUMBERS = 4096;
    static final int MAX_REPLY = 1472;

    /** A request that cannot be sorted; the message is the reply. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    static void mergeSort(long[] a, long[] tmp, int from, int to) {
        if (to - from < 2) return;
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < to) tmp[k++] = a[j++];
        System.arraycopy(tmp, from, a, from, to - from);
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == ',' || c == '\n' || c == '\r' || c == '\t';
    }

    static long[] parse(String text) throws BadRequest {
        long[] nums = new long[16];
        int n = 0, p = 0, len = text.length();
        while (true) {
            while (p < len && isSeparator(text.charAt(p))) p++;
            if (p == len) break;
            int end = p;
            while (end < len && !isSeparator(text.charAt(end))) end++;
            String word = text.substring(p, end);
            if (n == MAX_NUMBERS) throw new BadRequest("error: more than " + MAX_NUMBERS + " numbers");
            long v;
            try {
                v = Long.parseLong(word);
            } catch (NumberFormatException e) {
                boolean numeric = word.matches("[+-]?[0-9]+");
                String shown = word.length() > 40 ? word.substring(0, 40) : word;
                throw new BadRequest(numeric ? "error: out of range: '" + word + "'"
                                             : "error: not an integer: '" + shown + "'");
            }
            if (n == nums.length) {
                long[] grown = new long[n * 2];
                System.arraycopy(nums, 0, grown, 0, n);
                nums = grown;
            }
            nums[n++] = v;
            p = end;
        }
        long[] out = new long[n];
        System.arraycopy(nums, 0, out, 0, n);
        return out;
    }

    static String answer(String request) {
        try {
            long[] nums = parse(request);
            mergeSort(nums, new long[nums.length], 0, nums.length);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < nums.length; i++) {
                if (i > 0) sb.append(' ');
                sb.append(nums[i]);
            }
            if (sb.length() > MAX_REPLY) return "error: the sorted list does not fit one datagram";
            return sb.toString();
        } catch (BadRequest e) {
            return e.getMessage();
        }
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Udp.bind(port, data -> {
            String request = new String(data, StandardCharsets.ISO_8859_1);
            if (request.trim().equals("shutdown")) {
                System.out.println("java-sort: shutting down");
                System.exit(0);
            }
            return answer(request).getBytes(StandardCharsets.ISO_8859_1);
        });
        System.out.println("java-sort: sorting on UDP port " + port);
        Udp.listen();
    }
}
