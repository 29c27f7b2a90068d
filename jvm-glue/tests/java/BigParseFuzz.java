import java.math.*;
public class BigParseFuzz { public static void main(String[] a) {
  java.util.Random r = new java.util.Random(8);
  String alpha = "0123456789+-.eE x";
  for (int i = 0; i < 4000; i++) {
    int len = r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < len; k++) sb.append(alpha.charAt(r.nextInt(alpha.length())));
    String s = sb.toString();
    String res;
    try { BigDecimal b = new BigDecimal(s); res = b + " " + b.scale(); } catch (NumberFormatException e) { res = "NFE " + e.getMessage(); }
    String res2;
    int radix = 2 + r.nextInt(35);
    try { res2 = new BigInteger(s, radix).toString(radix); } catch (NumberFormatException e) { res2 = "NFE " + e.getMessage(); }
    System.out.println("[" + s + "] " + res + " | " + radix + " " + res2);
  }

  // Double/Float parsing messages (used by BigDecimal.valueOf and ChoiceFormat limits)
  for (String s : new String[]{" x ", "xNaN", " NaN ", "+NaN", "-NaN", "NaNx", "1NaN", " ", "\t1.5\n", "Infinity", " -Infinity"}) {
    try { System.out.println("[" + s + "] " + Double.parseDouble(s)); } catch (NumberFormatException e) { System.out.println("[" + s + "] " + e.getMessage()); }
    try { System.out.println("[" + s + "] " + Float.parseFloat(s)); } catch (NumberFormatException e) { System.out.println("[" + s + "] " + e.getMessage()); }
  }
}}
