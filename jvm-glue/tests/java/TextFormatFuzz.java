import java.math.*; import java.text.*;
public class TextFormatFuzz { public static void main(String[] a) {
  java.util.Random r = new java.util.Random(17);
  RoundingMode[] modes = RoundingMode.values();
  for (int i = 0; i < 600; i++) {
    StringBuilder p = new StringBuilder();
    if (r.nextInt(4) == 0) p.append("'<'");
    boolean exp = r.nextInt(4) == 0;
    int hashes = r.nextInt(4), zeros = r.nextInt(4), fz = r.nextInt(3), fh = r.nextInt(4);
    for (int k = 0; k < hashes; k++) p.append('#');
    if (!exp && r.nextBoolean() && hashes > 0) p.insert(p.length() - 1, ',');
    for (int k = 0; k < zeros; k++) p.append('0');
    if (hashes + zeros == 0) p.append('0');
    if (fz + fh > 0 || r.nextInt(5) == 0) p.append('.');
    for (int k = 0; k < fz; k++) p.append('0');
    for (int k = 0; k < fh; k++) p.append('#');
    if (exp) p.append(r.nextBoolean() ? "E0" : "E00");
    int suf = r.nextInt(6);
    if (suf == 0) p.append('%'); else if (suf == 1) p.append(" u");
    String pat = p.toString();
    DecimalFormat df;
    try { df = new DecimalFormat(pat); } catch (IllegalArgumentException e) { System.out.println(pat + " IAE " + e.getMessage()); continue; }
    RoundingMode rm = modes[r.nextInt(7)];
    df.setRoundingMode(rm);
    StringBuilder out = new StringBuilder(pat + " " + rm + " " + df.toPattern() + ":");
    for (int k = 0; k < 8; k++) {
      double d;
      switch (k % 4) {
        case 0: d = Double.parseDouble((r.nextBoolean() ? "-" : "") + r.nextInt(100000) + "." + r.nextInt(1000) + "5"); break;
        case 1: d = Double.parseDouble(r.nextInt(1000) + "5E" + (r.nextInt(20) - 12)); break;
        case 2: d = r.nextGaussian() * 1000; break;
        default: d = r.nextInt(1000000) / 8.0; break;
      }
      try { out.append(" |").append(df.format(d)); } catch (ArithmeticException e) { out.append(" |!"); }
    }
    try { out.append(" L").append(df.format(r.nextLong() >> r.nextInt(64))); } catch (ArithmeticException e) { out.append(" L!"); }
    try { out.append(" B").append(df.format(new BigDecimal(r.nextInt(100000) + "." + r.nextInt(100) + "5"))); } catch (ArithmeticException e) { out.append(" B!"); }
    System.out.println(out);
  }
}}
