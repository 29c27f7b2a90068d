import java.util.ArrayList;
import java.util.List;
import java.util.Random;

// StringBuilder random operation sequences checked against a List<Character> model; prints final states and
// any exception type/message raised by out-of-range operations.
public class LangStringBuilderModel {
    public static void main(String[] args) {
        Random r = new Random(5);
        long h = 0;
        int mismatches = 0;
        for (int round = 0; round < 60; round++) {
            StringBuilder sb = new StringBuilder();
            List<Character> model = new ArrayList<>();
            StringBuilder log = new StringBuilder();
            for (int step = 0; step < 60; step++) {
                int op = r.nextInt(8);
                int a = r.nextInt(model.size() + 3) - 1, b = r.nextInt(model.size() + 3) - 1;
                String arg = "" + (char) ('a' + r.nextInt(26)) + (r.nextBoolean() ? "" : "" + (char) ('A' + r.nextInt(26)));
                try {
                    switch (op) {
                        case 0 -> {
                            sb.append(arg);
                            for (char c : arg.toCharArray()) model.add(c);
                        }
                        case 1 -> {
                            sb.insert(a, arg);
                            for (int k = 0; k < arg.length(); k++) model.add(a + k, arg.charAt(k));
                        }
                        case 2 -> {
                            sb.delete(a, b);
                            int e = Math.min(b, model.size());
                            for (int k = a; k < e; k++) model.remove(a);
                        }
                        case 3 -> {
                            sb.deleteCharAt(a);
                            model.remove(a);
                        }
                        case 4 -> {
                            sb.replace(a, b, arg);
                            int e = Math.min(b, model.size());
                            for (int k = a; k < e; k++) model.remove(a);
                            for (int k = 0; k < arg.length(); k++) model.add(a + k, arg.charAt(k));
                        }
                        case 5 -> {
                            sb.setCharAt(a, arg.charAt(0));
                            model.set(a, arg.charAt(0));
                        }
                        case 6 -> {
                            sb.reverse();
                            java.util.Collections.reverse(model);
                        }
                        default -> {
                            int n = Math.max(0, a);
                            sb.setLength(n);
                            while (model.size() > n) model.remove(model.size() - 1);
                            while (model.size() < n) model.add('\0');
                        }
                    }
                } catch (RuntimeException e) {
                    log.append(op).append(':').append(e.getClass().getSimpleName()).append('(').append(e.getMessage()).append(") ");
                }
                StringBuilder m = new StringBuilder();
                for (char c : model) m.append(c);
                if (!m.toString().equals(sb.toString())) mismatches++;
                h = h * 31 + sb.toString().hashCode();
            }
            if (round < 8) System.out.println(sb.toString().replace('\0', '.') + " " + log);
        }
        System.out.println("hash " + h + " mismatches " + mismatches);
    }
}
