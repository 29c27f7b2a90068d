import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.Random;

public class TextRandomFormat {
    public static void main(String[] args) {
        Random r = new Random(2024);
        String[] pats = {"#,##0.00", "0.###", "0.00E0", "#%", "000", "#,##0.####", "##0.###E0", "0.0000", "#,##0", "00.##E00", "0.######", "$#,##0.00;($#,##0.00)", "0.#E0", "#,###.##%"};
        RoundingMode[] modes = {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};
        for (String p : pats) {
            DecimalFormat df = new DecimalFormat(p);
            for (RoundingMode rm : modes) {
                df.setRoundingMode(rm);
                StringBuilder sb = new StringBuilder(p + " " + rm + ":");
                for (int i = 0; i < 12; i++) {
                    double d;
                    switch (i % 4) {
                        case 0: d = (r.nextDouble() - 0.5) * 2000; break;
                        case 1: d = r.nextInt(2000000) / 1000.0 - 1000; break;
                        case 2: d = r.nextGaussian() * 1e6; break;
                        default: d = (r.nextDouble() - 0.5) / 1000; break;
                    }
                    sb.append(" |").append(df.format(d));
                }
                long l = r.nextLong() >> r.nextInt(60);
                sb.append(" L|").append(df.format(l));
                BigDecimal bd = new BigDecimal(new BigInteger(1 + r.nextInt(120), r), r.nextInt(30) - 10);
                if (r.nextBoolean()) bd = bd.negate();
                sb.append(" BD|").append(df.format(bd));
                sb.append(" BI|").append(df.format(new BigInteger(1 + r.nextInt(100), r).negate()));
                System.out.println(sb);
            }
        }
        DecimalFormat u = new DecimalFormat("0.00");
        u.setRoundingMode(RoundingMode.UNNECESSARY);
        for (Object o : new Object[] {1.5, 1.25, 1.255, 7L, new BigDecimal("2.500"), new BigDecimal("2.501")}) {
            try { System.out.println(o + " -> " + u.format(o)); } catch (ArithmeticException e) { System.out.println(o + " !! " + e.getMessage()); }
        }
        try { u.format("str"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        u.setRoundingMode(RoundingMode.HALF_EVEN);
        System.out.println(u.format(Integer.valueOf(3)) + " " + u.format(Short.valueOf((short) 4)) + " " + u.format(Float.valueOf(0.1f)) + " " + u.format(new java.util.concurrent.atomic.AtomicLong(9)));
    }
}
