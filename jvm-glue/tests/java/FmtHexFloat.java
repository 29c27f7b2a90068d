public class FmtHexFloat { public static void main(String[] a) {
  double[] vs = {1.0, 1216.532, 1216.532f, 536.34686f, 0.1, -2.5, 3.0};
  String[] sp = {"%020a", "%020.2a", "%020.9a", "% 020.2a", "%+020.1a", "%020.12a", "%020.13a", "%020A", "%020.0a", "%-20.3a|"};
  for (double v : vs) { StringBuilder sb = new StringBuilder(v + ":"); for (String s : sp) sb.append(' ').append(String.format(s, v)); System.out.println(sb); }
  java.util.Random r = new java.util.Random(16);
  for (int i = 0; i < 300; i++) {
    double v = Double.longBitsToDouble(i % 4 == 0 ? r.nextLong() & 0x800FFFFFFFFFFFFFL : r.nextLong());
    if (Double.isNaN(v)) continue;
    StringBuilder sb = new StringBuilder();
    for (String s : new String[] {"%a", "%.0a", "%.1a", "%.4a", "%.12a", "%.13a", "%.15a", "%025.3A", "%+-26.6a|"}) sb.append(String.format(s, v)).append(' ');
    System.out.println(sb);
  }
} }
