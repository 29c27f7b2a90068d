import java.text.*;
public class TextPatternEdge { public static void main(String[] a) {
  String[] pats = {"#,##0.00E0", "##,##0.##E0", "#,##0.###;-#", "0.0;0.0-", "#,##0.0#%;#,##0.0#-%", "00.00%", "'$'#,##0.00", "\u00a4\u00a4#,##0.00", "#,##0.00 \u00a4", "0.00E+0", "##0.0E0", "###0.0E0", "0000.0###E0", "#.##E0", "0.E0", "#0.", "0.", "#.", "'x'", "#,##0.00'%'", "E0#"};
  double[] vals = {0, 1, -1, 0.5, 1234.5678, -1234.5678, 0.000123, 123456789, 1e-10};
  for (String p : pats) {
    try {
      DecimalFormat df = new DecimalFormat(p);
      StringBuilder sb = new StringBuilder(p + " [" + df.toPattern() + "] " + df.getMinimumIntegerDigits() + "/" + df.getMaximumIntegerDigits() + " " + df.getMinimumFractionDigits() + "/" + df.getMaximumFractionDigits() + " " + df.isDecimalSeparatorAlwaysShown() + ":");
      for (double v : vals) sb.append(" |").append(df.format(v));
      System.out.println(sb);
    } catch (Exception e) { System.out.println(p + " !! " + e); }
  }
}}
