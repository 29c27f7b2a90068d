// Random format specifiers applied to random values (seeded); every result or exception must match HotSpot.
import java.util.*;

public class FmtFuzz {
    // exact powers of ten (Math.pow is allowed to be 1 ulp off, and VMs differ)
    static final double[] TENS = {1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};

    public static void main(String[] args) {
        Random r = new Random(4242);
        String flagChars = "-#+ 0,(";
        String convs = "dxXoeEfgGaAsSbBhHc%n";
        StringBuilder out = new StringBuilder();
        int lines = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder spec = new StringBuilder("%");
            if (r.nextInt(8) == 0) spec.append(1 + r.nextInt(2)).append('$');
            int nf = r.nextInt(3);
            for (int k = 0; k < nf; k++) spec.append(flagChars.charAt(r.nextInt(flagChars.length())));
            if (r.nextBoolean()) spec.append(r.nextInt(20));
            if (r.nextInt(3) == 0) spec.append('.').append(r.nextInt(12));
            spec.append(convs.charAt(r.nextInt(convs.length())));
            Object v;
            switch (r.nextInt(9)) {
                case 0: v = r.nextInt(); break;
                case 1: v = r.nextLong() >> r.nextInt(64); break;
                case 2: v = (r.nextDouble() - 0.5) * TENS[r.nextInt(30)]; break;
                case 3: v = (float) (r.nextGaussian() * 1000); break;
                case 4: v = (byte) r.nextInt(); break;
                case 5: v = (short) r.nextInt(); break;
                case 6: v = "str" + r.nextInt(100); break;
                case 7: v = (char) ('a' + r.nextInt(26)); break;
                default: v = r.nextBoolean() ? null : Boolean.valueOf(r.nextBoolean()); break;
            }
            String res;
            try {
                res = "[" + String.format(spec.toString(), v, 7) + "]";
            } catch (IllegalFormatException e) {
                res = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            out.append(spec.toString()).append(' ').append(v).append(" -> ").append(res).append('\n');
            if (out.length() > 4000) {
                System.out.print(out);
                out.setLength(0);
            }
            lines++;
        }
        System.out.print(out);
        System.out.println(lines);
    }
}
