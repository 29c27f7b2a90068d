import java.text.*;
public class TextPatternFuzz { public static void main(String[] a) {
  java.util.Random r = new java.util.Random(21);
  String alpha = "##00,.;%E-x9\u2030\u00a4ab ";
  for (int i = 0; i < 3000; i++) {
    int len = 1 + r.nextInt(9);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < len; k++) sb.append(alpha.charAt(r.nextInt(alpha.length())));
    String p = sb.toString();
    String res;
    try {
      DecimalFormat df = new DecimalFormat(p);
      res = df.toPattern() + " | " + df.format(-1234.567) + " | " + df.format(0.5) + " | " + df.getMinimumIntegerDigits() + "/" + df.getMaximumIntegerDigits() + "/" + df.getMinimumFractionDigits() + "/" + df.getMaximumFractionDigits() + "/" + df.getGroupingSize() + "/" + df.getMultiplier();
    } catch (IllegalArgumentException e) { res = "IAE " + e.getMessage(); }
    catch (RuntimeException e) { res = "RTE " + e; }
    System.out.println("[" + p + "] " + res);
  }
}}
