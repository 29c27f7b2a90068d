import java.text.*;
public class TextChoice { public static void main(String[] a) throws Exception {
  String[] pats = {"0#no files|1#one file|1<{0} files", "-1#neg|0#zero|0<pos|100#big", "0#a", "1#x|2#y|3#z", "-\u221e#minus inf|0#zero|\u221e#inf", "0\u2264le|5<gt"};
  for (String p : pats) {
    ChoiceFormat cf = new ChoiceFormat(p);
    StringBuilder sb = new StringBuilder(p + " [" + cf.toPattern() + "] " + cf.getLimits().length + ":");
    for (double d : new double[]{-5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 99, 100, 1e300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) sb.append(" |").append(cf.format(d));
    sb.append(" L:").append(cf.format(2L));
    System.out.println(sb);
  }
  System.out.println(ChoiceFormat.nextDouble(1.0) + " " + ChoiceFormat.previousDouble(1.0) + " " + ChoiceFormat.nextDouble(0.0) + " " + ChoiceFormat.previousDouble(0.0) + " " + ChoiceFormat.nextDouble(-1.0) + " " + ChoiceFormat.nextDouble(1.0, false));
  ChoiceFormat c2 = new ChoiceFormat(new double[]{0, 1, 2}, new String[]{"none", "one", "many"});
  System.out.println(c2.format(0) + c2.format(1) + c2.format(5) + " " + c2.toPattern() + " " + c2.parse("one") + " " + c2.parse("many things", new ParsePosition(0)));
  for (int n : new int[]{0, 1, 2, 1234}) System.out.println(MessageFormat.format("There {0,choice,0#are no files|1#is one file|1<are {0,number,integer} files}.", n));
  System.out.println(MessageFormat.format("{0,choice,0#zero|1#one|2#'{1}' two {1}}", 2, "X"));
  for (String bad : new String[]{"", "x#a", "1#a|x", "#a", "1"}) { try { System.out.println("[" + new ChoiceFormat(bad).toPattern() + "]"); } catch (Exception e) { System.out.println(bad + " -> " + e); } }
  try { new ChoiceFormat(new double[]{1}, new String[]{"a", "b"}); } catch (Exception e) { System.out.println(e); }
}}
