import java.text.*; import java.math.*;
public class TextTies { public static void main(String[] a) {
  String p = "0"; double v = 0.5;
  for (int k = 0; k < 14; k++) {
    DecimalFormat df = new DecimalFormat(k == 0 ? "0" : "0." + "#".repeat(k));
    DecimalFormat up = new DecimalFormat(k == 0 ? "0" : "0." + "#".repeat(k)); up.setRoundingMode(RoundingMode.HALF_UP);
    DecimalFormat dn = new DecimalFormat(k == 0 ? "0" : "0." + "#".repeat(k)); dn.setRoundingMode(RoundingMode.HALF_DOWN);
    System.out.println(k + " " + v + " " + Double.toString(v) + " cmp " + new BigDecimal(v).compareTo(BigDecimal.valueOf(v)) + " even=" + df.format(v) + " up=" + up.format(v) + " down=" + dn.format(v) + " | 3x: " + df.format(3 * v) + " " + up.format(3*v) + " " + dn.format(3*v) + " cmp " + new BigDecimal(3*v).compareTo(BigDecimal.valueOf(3*v)));
    v /= 10;
  }
  // ties of the digit strings in every HALF mode and pattern family
  String[] pats = {"0E0", "0.##", "0.#", "0.0E0", "00E0", "0.###", "#,##0.###", "#,##0.00", "0.00", "0"};
  double[] vals = {25, 35, 45, 2.5, 0.25, 0.005, 0.015, 0.025, 0.5, 0.05, 5, 15, 250, 1250, 12500, 0.0625, 6.25, 625, 62.5, 2.5e10, 3.5e15, 4.5e16, 5.5e20, 0.375, 0.00025, 0.0125,
      0.0005, 0.0015, 0.0025, 1.0005, 0.1235, 0.1245, 0.125, 1234.5, 1235.5, 0.35, 0.45, 1.005, 1.015, 1.025, 0.009995, 0.0095, 5e-4, 5e-5, -0.0005, -2.5, -25, 0.000005};
  for (RoundingMode rm : new RoundingMode[]{RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN}) {
    for (String pt : pats) {
      DecimalFormat df = new DecimalFormat(pt);
      df.setRoundingMode(rm);
      StringBuilder sb = new StringBuilder(rm + " " + pt + ":");
      for (double x : vals) sb.append(" ").append(df.format(x));
      System.out.println(sb);
    }
  }
}}
