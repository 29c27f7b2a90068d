import java.text.*;
import java.math.*;
public class TextDecimalPatterns {
  public static void main(String[] a) throws Exception {
    String[] pats = {"#,##0.00", "0.###", "0.00E0", "#%", "000", "#", "#.##", ".00", "##0.#####E0", "00.###E0", "0.###E0", "#,##0.###", "#,##0", "0", "0.0", "#,#", "#,##,###.#", "'#'#", "#;(#)", "0.00;-0.00", "00000.000", "##,##0.00 'USD'", "0E00", "#E0", "##0.##E0", ".##", "#,##0.00;(#,##0.00)", "\u00a4#,##0.00"};
    String[] pats2 = {"‰#", "#‰", "0.0‰"};
    for (String p : pats2) {
      DecimalFormat df = new DecimalFormat(p);
      System.out.println(p + " " + df.toPattern() + " " + df.getMultiplier() + " " + df.format(0.1234) + " " + df.format(-2) + " " + df.format(12345678L) + " " + df.format(0.00051));
    }
    double[] vals = {0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.135, 0.145, 1234.5678, -1234.5678, 1234567.891, 0.001, -0.001, 0.00123, 12345, 123456, 1e10, 1.0E-10, 99.995, 1e20, 123456789012345678.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.00051, 0.0005, 3.14159};
    for (String p : pats) {
      DecimalFormat df = new DecimalFormat(p);
      StringBuilder sb = new StringBuilder(p + " [" + df.toPattern() + "] mi" + df.getMinimumIntegerDigits() + " MI" + df.getMaximumIntegerDigits() + " mf" + df.getMinimumFractionDigits() + " MF" + df.getMaximumFractionDigits() + " g" + df.getGroupingSize() + df.isGroupingUsed() + ":");
      for (double v : vals) sb.append(" |").append(df.format(v));
      sb.append(" L:").append(df.format(-9876543210L)).append(" ").append(df.format(Long.MIN_VALUE));
      System.out.println(sb);
    }
    NumberFormat[] nfs = {NumberFormat.getInstance(), NumberFormat.getNumberInstance(), NumberFormat.getIntegerInstance(), NumberFormat.getPercentInstance(), NumberFormat.getCurrencyInstance()};
    for (NumberFormat nf : nfs) {
      StringBuilder sb = new StringBuilder(((DecimalFormat) nf).toPattern() + " " + nf.getMaximumFractionDigits() + " " + nf.isParseIntegerOnly() + ":");
      for (double v : vals) sb.append(" |").append(nf.format(v));
      System.out.println(sb);
    }
    NumberFormat nf = NumberFormat.getInstance();
    String[] ps = {"1,234.56", "1234", "-1,234", "12abc", "abc", "", "1.5E3", "-0", "0", "1,2,3", ".5", "-.5", "9223372036854775807", "9223372036854775808", "1e400", "∞", "NaN", " 1", "+1", "1.0", "1,234.", "5%"};
    for (String s : ps) {
      try { Number n = nf.parse(s); System.out.println("parse " + s + " -> " + n + " " + n.getClass().getSimpleName()); } catch (ParseException e) { System.out.println("parse " + s + " !! " + e.getMessage() + " @" + e.getErrorOffset()); }
    }
    NumberFormat pf = NumberFormat.getPercentInstance();
    for (String s : new String[]{"50%", "50", "12.5%", "-3%"}) {
      try { Number n = pf.parse(s); System.out.println("pparse " + s + " -> " + n + " " + n.getClass().getSimpleName()); } catch (ParseException e) { System.out.println("pparse " + s + " !! " + e.getMessage() + " @" + e.getErrorOffset()); }
    }
    NumberFormat inf = NumberFormat.getIntegerInstance();
    for (String s : new String[]{"12.7", "1,000", "-5"}) { System.out.println("iparse " + s + " -> " + inf.parse(s)); }
    ParsePosition pp = new ParsePosition(2);
    System.out.println(nf.parse("xx123yy", pp) + " " + pp.getIndex() + " " + pp.getErrorIndex() + " " + pp);
    pp = new ParsePosition(0);
    System.out.println(nf.parse("yy", pp) + " " + pp.getIndex() + " " + pp.getErrorIndex());
    DecimalFormat d = new DecimalFormat("0.00");
    System.out.println(d.format(new BigDecimal("1.005")) + " " + d.format(new BigDecimal("1.015")) + " " + d.format(new BigInteger("123456789012345678901234567890")) + " " + d.format(1.005) + " " + d.format(12L) + " " + d.format(Integer.valueOf(7)));
    d.setRoundingMode(RoundingMode.HALF_UP);
    System.out.println(d.format(1.005) + " " + d.format(1.015) + " " + d.format(0.125) + " " + d.format(-0.125) + " " + d.format(2.675));
    d.setRoundingMode(RoundingMode.UP);
    System.out.println(d.format(1.001) + " " + d.format(1.0) + " " + d.format(-0.001));
    DecimalFormatSymbols sy = new DecimalFormatSymbols();
    System.out.println(sy.getZeroDigit() + " " + sy.getGroupingSeparator() + " " + sy.getDecimalSeparator() + " " + sy.getMinusSign() + " " + sy.getPercent() + " " + sy.getPerMill() + " " + sy.getExponentSeparator() + " " + sy.getInfinity() + " " + sy.getNaN() + " " + sy.getDigit() + " " + sy.getPatternSeparator() + " " + sy.getCurrencySymbol() + " " + sy.getInternationalCurrencySymbol());
    NumberFormat n2 = NumberFormat.getInstance();
    n2.setMinimumFractionDigits(2); n2.setMaximumFractionDigits(4); n2.setGroupingUsed(false); n2.setMinimumIntegerDigits(3);
    System.out.println(n2.format(1234.56789) + " " + n2.format(1.5) + " " + ((DecimalFormat) n2).toPattern());
    n2.setMaximumIntegerDigits(2);
    System.out.println(n2.format(1234.56789) + " " + n2.format(1.5) + " " + ((DecimalFormat) n2).toPattern() + " " + n2.getMinimumIntegerDigits());
    n2.setMaximumFractionDigits(1);
    System.out.println(n2.getMinimumFractionDigits());
    try { new DecimalFormat("0.0.0"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    try { new DecimalFormat("#,##0.00E0"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    try { new DecimalFormat("0#"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    try { new DecimalFormat("#0#"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    try { new DecimalFormat("0.#0"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    try { nf.parse("abc"); } catch (ParseException e) { System.out.println(e + " " + e.getErrorOffset()); }
    System.out.println(MessageFormat.format("Hello {0}, you have {1} messages and {2,number,#.##} points; {1,number,integer} {3} '{quoted}' it''s", "Bob", 1234, 3.14159, null));
    System.out.println(MessageFormat.format("{0,number,percent} {0,number} {1}", 0.256, 12345678901L));
  }
}
