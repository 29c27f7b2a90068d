import java.util.*;
public class FmtScannerFind { public static void main(String[] a) {
  Scanner s = new Scanner("name: Bob age: 42\nnext line 7\nlast");
  System.out.println(s.findInLine("age: \\d+") + "|" + s.nextLine() + "|" + s.findInLine("\\d+") + "|" + s.next() + "|" + s.findInLine("zz") + "|" + s.hasNextLine() + "|" + s.hasNext());
  Scanner t = new Scanner("aaa bbb 123 ccc 456");
  System.out.println(t.findWithinHorizon("\\d+", 0) + " " + t.next() + " " + t.findWithinHorizon("\\d+", 3) + " " + t.findWithinHorizon("\\d+", 10) + " " + t.hasNext());
  try { t.findWithinHorizon("x", -1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
  Scanner u = new Scanner("k1=v1;k2=v2");
  String m; StringBuilder sb = new StringBuilder(); while ((m = u.findInLine("[a-z]\\d=[a-z]\\d")) != null) sb.append('<').append(m).append('>'); System.out.println(sb);
} }
