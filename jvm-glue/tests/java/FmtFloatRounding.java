import java.util.*;

public class FmtFloatRounding {
    // exact powers of ten (Math.pow is allowed to be 1 ulp off, and VMs differ)
    static final double[] TENS = {1e-12, 1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11};

    public static void main(String[] args) {
        Random r = new Random(2024);
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        for (int i = 0; i < 400; i++) {
            double mag = TENS[r.nextInt(24)];
            double v = (r.nextDouble() - 0.3) * mag;
            if (i % 7 == 0) v = Math.round(v * 1000) / 1000.0 + 0.0005;
            if (i % 11 == 0) v = r.nextInt(100000) / 8.0;
            sb.setLength(0);
            sb.append(String.format("%.0f|%.1f|%.2f|%.3f|%.5f|%f", v, v, v, v, v, v));
            sb.append(String.format("|%e|%.0e|%.3e|%.10e", v, v, v, v));
            sb.append(String.format("|%g|%.1g|%.4g|%.12g", v, v, v, v));
            sb.append(String.format("|%,.2f|%+.4f|%(.3f|%015.4f|%-14.2e|", v, v, v, v, v));
            float f = (float) v;
            sb.append(String.format("%.3f|%e|%s", f, f, f));
            System.out.println(sb);
            lines++;
        }
        double[] specials = {0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 0.45, 1.005, 1.015, 1.025, 9.995, 99.995, 0.0049999, 0.00050000001,
            123456789.0, 1e15, 1e16, 1e17, 1e-15, 4.9e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 0.1 + 0.2, 1.0 / 3, 2.0 / 3};
        for (double v : specials) {
            System.out.println(String.format("%.0f %.1f %.2f %.3f %.20f %e %.0e %.15e %g %.1g %.17g %a", v, v, v, v, v, v, v, v, v, v, v, v));
            lines++;
        }
        System.out.println(lines);
    }
}
