import java.text.*;
public class TextChoice2 { public static void main(String[] a) throws Exception {
  String[] pats = {"2#b|1#a", "1#a|1#b", "0#x|0<y", "0#it''s|1#'a|b'|2#c<d", "0#zero|0.5#half|1#one", " 1 #sp|2#two", "1.5#x|-2#y", "0#a|1#b|"};
  for (String p : pats) {
    try {
      ChoiceFormat cf = new ChoiceFormat(p);
      System.out.println(p + " -> [" + cf.toPattern() + "] " + cf.format(0.7) + " " + cf.format(1) + " " + cf.format(2) + " " + cf.getLimits().length + " " + cf.getFormats().length);
    } catch (Exception e) { System.out.println(p + " !! " + e); }
  }
  ChoiceFormat cf = new ChoiceFormat("0#none|1#single|2#double|3#triple");
  ParsePosition pp = new ParsePosition(0);
  System.out.println(cf.parse("doubled", pp) + " " + pp);
  pp = new ParsePosition(0);
  System.out.println(cf.parse("zzz", pp) + " " + pp);
  pp = new ParsePosition(2);
  System.out.println(cf.parse("xxtriple", pp) + " " + pp);
  try { cf.parse("nothing"); } catch (ParseException e) { System.out.println(e + " " + e.getErrorOffset()); }
  System.out.println(cf.equals(new ChoiceFormat("0#none|1#single|2#double|3#triple")) + " " + cf.equals(new ChoiceFormat("0#none")) + " " + cf.hashCode() + " " + ((ChoiceFormat) cf.clone()).toPattern());
  System.out.println(cf.format(Integer.valueOf(2)) + " " + cf.format(new java.math.BigDecimal("2.9")) + " " + cf.format(-1L));
  for (int n = 0; n < 4; n++) System.out.println(MessageFormat.format("{0} {0,choice,0#files|1#file|1<files} and {1,CHOICE,0#none|1#{1,number,0.0} thing|2#{1} things}; {2, Number ,Integer}", n, n * 1.25, 1234.5 * n));
  for (String bad : new String[]{"{0,choice}", "{0,choice,x#a}"}) { try { System.out.println(MessageFormat.format(bad, 1)); } catch (Exception e) { System.out.println(bad + " -> " + e); } }
  try { System.out.println(MessageFormat.format("{0,choice,0#a|1#b}", "str")); } catch (Exception e) { System.out.println(e); }
}}
