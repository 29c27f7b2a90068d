import java.text.*;
public class TextChoiceFuzz { public static void main(String[] a) {
  java.util.Random r = new java.util.Random(29);
  String[] atoms = {"0#", "1<", "-1#", "2.5\u2264", "a", "|", "'", "''", "\u221e#", "-\u221e<", "x", "#", "<", "3#", "10<", " ", "1e3#", "'|'"};
  for (int i = 0; i < 3000; i++) {
    StringBuilder p = new StringBuilder();
    int n = 1 + r.nextInt(7);
    for (int k = 0; k < n; k++) p.append(atoms[r.nextInt(atoms.length)]);
    String s = p.toString();
    String res;
    try {
      ChoiceFormat cf = new ChoiceFormat(s);
      StringBuilder o = new StringBuilder(cf.toPattern() + " " + cf.getLimits().length);
      for (double d : new double[]{-2, 0, 0.5, 1, 2, 3, 11, 2000}) { try { o.append(" |").append(cf.format(d)); } catch (RuntimeException e) { o.append(" |").append(e.getClass().getSimpleName()); } }
      res = o.toString();
    } catch (RuntimeException e) { res = e.toString(); }
    System.out.println("[" + s + "] " + res);
  }
}}
