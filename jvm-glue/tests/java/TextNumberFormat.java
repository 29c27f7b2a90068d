import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

public class TextNumberFormat {
    static void show(String label, NumberFormat nf) {
        DecimalFormat df = (DecimalFormat) nf;
        double[] vs = {0, 1, -1, 0.5, 1234.5678, -987654.321, 1e7, 0.000123, 42.1, -0.0};
        StringBuilder sb = new StringBuilder(label + " [" + df.toPattern() + "] " + nf.getMinimumIntegerDigits() + "/" + nf.getMaximumIntegerDigits() + " " + nf.getMinimumFractionDigits() + "/"
            + nf.getMaximumFractionDigits() + " g=" + nf.isGroupingUsed() + "," + df.getGroupingSize() + " m=" + df.getMultiplier() + " ds=" + df.isDecimalSeparatorAlwaysShown() + " rm=" + df.getRoundingMode()
            + " pp='" + df.getPositivePrefix() + "' ps='" + df.getPositiveSuffix() + "' np='" + df.getNegativePrefix() + "' ns='" + df.getNegativeSuffix() + "':");
        for (double v : vs) sb.append(" |").append(nf.format(v));
        sb.append(" |").append(nf.format(123456789L)).append(" |").append(nf.format(-5L));
        System.out.println(sb);
    }

    public static void main(String[] args) {
        show("instance", NumberFormat.getInstance());
        show("number", NumberFormat.getNumberInstance());
        show("integer", NumberFormat.getIntegerInstance());
        show("percent", NumberFormat.getPercentInstance());
        show("currency", NumberFormat.getCurrencyInstance());
        NumberFormat nf = NumberFormat.getInstance();
        nf.setMinimumFractionDigits(2);
        show("minfrac2", nf);
        nf.setMaximumFractionDigits(1);
        show("maxfrac1", nf);
        nf.setMaximumFractionDigits(5);
        nf.setMinimumIntegerDigits(4);
        show("minint4", nf);
        nf.setMaximumIntegerDigits(3);
        show("maxint3", nf);
        nf.setGroupingUsed(false);
        show("nogroup", nf);
        nf.setMaximumIntegerDigits(0);
        show("maxint0", nf);
        DecimalFormat df = new DecimalFormat("#,##0.00");
        df.setGroupingSize(2);
        show("group2", df);
        df.setGroupingSize(0);
        show("group0", df);
        df.setMultiplier(1000);
        show("mult1000", df);
        df.setMultiplier(-2);
        show("mult-2", df);
        df.setMultiplier(1);
        df.setDecimalSeparatorAlwaysShown(true);
        df.setMaximumFractionDigits(0);
        show("alwaysDot", df);
        df = new DecimalFormat("0.00");
        df.setPositivePrefix("+");
        df.setNegativePrefix("(");
        df.setNegativeSuffix(")");
        show("affixes", df);
        df.setPositiveSuffix(" pts");
        show("suffix", df);
        df.applyPattern("#,##0.0#;(#)");
        show("applied", df);
        df.applyPattern("'#'0.0 'x''y'");
        show("quoted", df);
        for (RoundingMode rm : RoundingMode.values()) {
            DecimalFormat r = new DecimalFormat("0.0");
            r.setRoundingMode(rm);
            StringBuilder sb = new StringBuilder(rm.toString());
            double[] vs = {0.05, 0.15, 0.25, 0.35, -0.05, -0.15, -0.25, 1.04, 1.06, -1.04, -1.06, 2.0, 0.95, 9.99, -9.99};
            for (double v : vs) {
                try { sb.append(' ').append(r.format(v)); } catch (ArithmeticException e) { sb.append(" !").append(e.getMessage()); }
            }
            System.out.println(sb);
        }
        DecimalFormatSymbols sy = new DecimalFormatSymbols();
        sy.setDecimalSeparator(',');
        sy.setGroupingSeparator('.');
        sy.setMinusSign('~');
        sy.setPercent('P');
        sy.setNaN("nan!");
        sy.setInfinity("INF");
        sy.setExponentSeparator("x10^");
        DecimalFormat eu = new DecimalFormat("#,##0.00", sy);
        System.out.println(eu.format(1234567.891) + " " + eu.format(-0.5) + " " + eu.format(Double.NaN) + " " + eu.format(Double.NEGATIVE_INFINITY) + " " + eu.toPattern());
        DecimalFormat eu2 = new DecimalFormat("0.##E0", sy);
        System.out.println(eu2.format(0.000123456) + " " + eu2.format(-98765));
        DecimalFormat p2 = new DecimalFormat("#%", sy);
        System.out.println(p2.format(0.42) + " " + p2.getDecimalFormatSymbols().getPercent() + " " + new DecimalFormatSymbols().equals(DecimalFormatSymbols.getInstance()) + " " + sy.equals(new DecimalFormatSymbols()));
        DecimalFormat c = (DecimalFormat) df.clone();
        System.out.println(c.equals(df) + " " + c.toPattern() + " " + (c != df));
        c.setMaximumFractionDigits(7);
        System.out.println(c.equals(df) + " " + df.getMaximumFractionDigits());
        String[] badPats = {"0.0.0", "0#", "#0#", "0.#0", "#,##0,", "''#'", "0%%", "0%\u2030", "0E", "#.#E0.0", "#,##0.00;", "0;(0", "#'x"};
        for (String p : badPats) {
            try { System.out.println(p + " ok " + new DecimalFormat(p).toPattern()); } catch (IllegalArgumentException e) { System.out.println(p + " -> " + e.getMessage()); }
        }
    }
}
