import java.text.*;
public class TextParseFuzz { public static void main(String[] a) {
  java.util.Random r = new java.util.Random(6);
  String alpha = "0123456789,.-E%x ∞";
  DecimalFormat[] fs = {new DecimalFormat("#,##0.###"), new DecimalFormat("0.00%"), new DecimalFormat("#,##0.00;(#,##0.00)"), new DecimalFormat("0.###E0"), (DecimalFormat) NumberFormat.getIntegerInstance(), new DecimalFormat("'$'#,##0.00"), new DecimalFormat("0.0 'kg'")};
  fs[3].setParseBigDecimal(true);
  for (int i = 0; i < 4000; i++) {
    int len = 1 + r.nextInt(10);
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(4) == 0) sb.append(r.nextBoolean() ? "(" : "$");
    for (int k = 0; k < len; k++) sb.append(alpha.charAt(r.nextInt(alpha.length())));
    if (r.nextInt(4) == 0) sb.append(r.nextBoolean() ? ")" : " kg");
    String s = sb.toString();
    DecimalFormat f = fs[i % fs.length];
    ParsePosition pp = new ParsePosition(0);
    Number n = f.parse(s, pp);
    System.out.println(i % fs.length + " [" + s + "] " + (n == null ? "null" : n + " " + n.getClass().getSimpleName()) + " " + pp.getIndex() + " " + pp.getErrorIndex());
  }
}}
