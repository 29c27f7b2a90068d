import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecRounding {
    public static void main(String[] args) {
        String[] vals = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.5", "-0.5", "0.05", "12.345", "-12.345", "12.3450000001",
            "-12.3449999999", "999.9999", "-999.5", "0.0000", "123456789.987654321", "1E+3", "-7.45E-5", "0.999", "9.995", "-9.995"};
        for (String v : vals) {
            BigDecimal b = new BigDecimal(v);
            StringBuilder sb = new StringBuilder(v + ":");
            for (RoundingMode rm : RoundingMode.values()) {
                sb.append(' ').append(rm.name()).append('=');
                try { sb.append(b.setScale(0, rm)); } catch (ArithmeticException e) { sb.append('!').append(e.getMessage()); }
                sb.append('/');
                try { sb.append(b.setScale(2, rm)); } catch (ArithmeticException e) { sb.append('!').append(e.getMessage()); }
                sb.append('/');
                try { sb.append(b.round(new MathContext(2, rm))); } catch (ArithmeticException e) { sb.append('!').append(e.getMessage()); }
                sb.append('/');
                try { sb.append(b.setScale(-1, rm)); } catch (ArithmeticException e) { sb.append('!').append(e.getMessage()); }
            }
            System.out.println(sb);
        }
        for (int legacy = -1; legacy <= 8; legacy++) {
            try {
                System.out.println(legacy + " " + RoundingMode.valueOf(legacy) + " " + new BigDecimal("2.345").setScale(1, legacy) + " " + new BigDecimal("2.345").divide(new BigDecimal("0.7"), 3, legacy)
                    + " " + new BigDecimal("2.345").divide(new BigDecimal("0.7"), legacy));
            } catch (RuntimeException e) {
                System.out.println(legacy + " " + e);
            }
        }
        for (RoundingMode rm : RoundingMode.values()) System.out.println(rm + " " + rm.ordinal() + " " + RoundingMode.valueOf(rm.name()) + " " + rm.compareTo(RoundingMode.HALF_UP));
        System.out.println(BigDecimal.ROUND_UP + " " + BigDecimal.ROUND_DOWN + " " + BigDecimal.ROUND_CEILING + " " + BigDecimal.ROUND_FLOOR + " " + BigDecimal.ROUND_HALF_UP + " " + BigDecimal.ROUND_HALF_DOWN + " " + BigDecimal.ROUND_HALF_EVEN + " " + BigDecimal.ROUND_UNNECESSARY);
        MathContext[] mcs = {MathContext.DECIMAL32, MathContext.DECIMAL64, MathContext.DECIMAL128, MathContext.UNLIMITED, new MathContext(3), new MathContext(5, RoundingMode.FLOOR), new MathContext("precision=9 roundingMode=CEILING")};
        for (MathContext mc : mcs) {
            System.out.println(mc + " " + mc.getPrecision() + " " + mc.getRoundingMode() + " " + mc.equals(new MathContext(mc.getPrecision(), mc.getRoundingMode())) + " " + mc.equals(MathContext.DECIMAL32)
                + " " + new BigDecimal("3.14159265358979323846264338327950288419716939937510").round(mc) + " " + BigDecimal.ONE.divide(new BigDecimal(7), mc.getPrecision() == 0 ? MathContext.DECIMAL32 : mc));
        }
        String[] badMc = {"precision=5 roundingMode=XX", "foo", "precision=-1 roundingMode=UP", "precision=x roundingMode=UP", "precision=5roundingMode=UP", "precision=5 roundingmode=UP"};
        for (String s : badMc) {
            try { System.out.println(new MathContext(s)); } catch (IllegalArgumentException e) { System.out.println(s + " -> " + e.getMessage()); }
        }
        try { new MathContext(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { new MathContext(1, null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { RoundingMode.valueOf("NOPE"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
