import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

public class TextFormatMisc {
    public static void main(String[] args) throws Exception {
        FieldPosition fp = new FieldPosition(NumberFormat.INTEGER_FIELD);
        fp.setBeginIndex(2);
        fp.setEndIndex(5);
        System.out.println(fp.getField() + " " + fp.getBeginIndex() + " " + fp.getEndIndex() + " " + fp + " " + fp.equals(new FieldPosition(0)) + " " + NumberFormat.FRACTION_FIELD);
        ParsePosition pp = new ParsePosition(4);
        System.out.println(pp + " " + pp.equals(new ParsePosition(4)) + " " + pp.hashCode());
        NumberFormat a = NumberFormat.getInstance(), b = NumberFormat.getNumberInstance();
        System.out.println(a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.equals(NumberFormat.getIntegerInstance()) + " " + a.equals(null) + " " + a.equals("x"));
        DecimalFormat d = new DecimalFormat("0.00");
        System.out.println(d.format(1.0 / 3) + " " + d.format(2.0 / 3) + " " + d.format(-1.0 / 3) + " " + d.format(1e300) .length() + " " + d.format(Double.MIN_VALUE) + " " + d.format(-Double.MIN_VALUE));
        DecimalFormat sci = new DecimalFormat("0.000E00");
        System.out.println(sci.format(Double.MAX_VALUE) + " " + sci.format(Double.MIN_VALUE) + " " + sci.format(-1e-300) + " " + sci.format(6.02214076e23) + " " + sci.format(Long.MAX_VALUE) + " " + sci.format(new BigDecimal("1.23456789E-500")));
        DecimalFormat eng = new DecimalFormat("##0.00E0");
        double[] ev = {1, 12, 123, 1234, 12345, 123456, 0.1, 0.012, 0.00123, 1.5e-7, 9.99e8};
        StringBuilder sb = new StringBuilder();
        for (double v : ev) sb.append(eng.format(v)).append(' ');
        System.out.println(sb);
        DecimalFormat dsep = new DecimalFormat("0.###E0");
        dsep.setDecimalSeparatorAlwaysShown(true);
        System.out.println(dsep.format(1) + " " + dsep.format(1.5) + " " + dsep.toPattern());
        DecimalFormat wide = new DecimalFormat();
        wide.setMaximumFractionDigits(30);
        System.out.println(wide.format(0.1) + " " + wide.format(1.0 / 3) + " " + wide.format(new BigDecimal("0.123456789012345678901234567890123")) + " " + wide.toPattern().length());
        wide.setMinimumIntegerDigits(12);
        wide.setGroupingSize(4);
        System.out.println(wide.format(12345) + " " + wide.toPattern());
        NumberFormat pct = NumberFormat.getPercentInstance();
        pct.setMinimumFractionDigits(1);
        System.out.println(pct.format(0.12345) + " " + pct.format(-1.5) + " " + pct.format(123) + " " + ((DecimalFormat) pct).toPattern());
        NumberFormat cur = NumberFormat.getCurrencyInstance();
        System.out.println(cur.format(1234.567) + " " + cur.format(-0.5) + " " + ((DecimalFormat) cur).getPositivePrefix() + " " + cur.parse("\u00a41,234.50"));
        System.out.println(new DecimalFormat("#,##0.00").equals(new DecimalFormat("#,##0.00")) + " " + new DecimalFormat("#,##0.00").equals(new DecimalFormat("#,##0.0#")));
    }
}
