import java.text.*;
public class TextMessageFuzz { public static void main(String[] a) {
  java.util.Random r = new java.util.Random(23);
  String[] atoms = {"{0}", "{1}", "{0,number}", "{1,number,#.#}", "{0,number,integer}", "'", "''", "{", "}", "a", " ", "x", "'{'", "{2}", "{0,choice,0#z|1#o|1<m}", ",", "0", "{ 1 }", "{0,number,percent}"};
  for (int i = 0; i < 3000; i++) {
    StringBuilder p = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int k = 0; k < n; k++) p.append(atoms[r.nextInt(atoms.length)]);
    String s = p.toString();
    String res;
    try { res = MessageFormat.format(s, 1.5, 12345); } catch (IllegalArgumentException e) { res = "IAE " + e.getMessage(); } catch (RuntimeException e) { res = "RTE " + e; }
    System.out.println("[" + s + "] " + res);
  }
}}
