import java.util.regex.*;
public class RegexUnicode { public static void main(String[] a) {
  String text = "Hello, Мир! Γειά σου κόσμε — 123 ١٢٣ ½ € $ ¿Qué? «guillemets» naïve ǅ ⅷ Ⓐ ª x\u0301 _ \u00a0\u2003|\t~^`";
  String[] props = {"L","Lu","Ll","Lt","Lm","Lo","M","Mn","N","Nd","Nl","No","P","Pd","Ps","Pe","Pi","Pf","Po","Pc","S","Sm","Sc","Sk","So","Z","Zs","C","Cc","Cf","IsL","IsLu","gc=Po","general_category=Sc","IsAlphabetic","IsLetter","IsUppercase","IsLowercase","IsDigit","IsWhite_Space","IsPunctuation","IsControl","javaLowerCase","javaUpperCase","javaWhitespace","javaSpaceChar","javaLetter","javaDigit","javaLetterOrDigit","javaAlphabetic","javaTitleCase","Alpha","Punct","Graph","Print","Blank","XDigit","Lower","Upper","IsLatin","InGreek","LC"};
  for (String p : props) {
    StringBuilder sb = new StringBuilder();
    Matcher m = Pattern.compile("\\p{" + p + "}+").matcher(text);
    while (m.find()) sb.append('[').append(m.group()).append(']');
    StringBuilder u = new StringBuilder();
    m = Pattern.compile("\\p{" + p + "}+", Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
    int n = 0; while (m.find()) n++;
    System.out.println(p + ": " + sb.toString().replace('\u00a0','_').replace('\u2003','_').replace('\t','_') + " UCC=" + n);
  }
  for (String p : new String[]{"\\w+", "\\b\\w", "\\d+", "\\s+", "\\W+", "[\\w&&\\D]+"}) {
    for (int f : new int[]{0, Pattern.UNICODE_CHARACTER_CLASS}) {
      Matcher m = Pattern.compile(p, f).matcher(text); int n = 0; StringBuilder sb = new StringBuilder();
      while (m.find()) { n++; if (n < 12) sb.append('[').append(m.group().replace('\u00a0','_').replace('\u2003','_').replace('\t','_')).append(']'); }
      System.out.println(p + " /" + f + ": " + n + " " + sb);
    }
  }
  String[][] ci = {{"σ", "ς"}, {"Σ", "ς"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"µ", "Μ"}, {"k", "\u212a"}, {"ÿ", "Ÿ"}, {"ı", "I"}, {"i", "İ"}, {"ß", "ẞ"}, {"ﬀ", "FF"}};
  for (String[] c : ci) System.out.print(c[0] + c[1] + ":" + c[1].matches("(?iu)" + c[0]) + c[1].matches("(?i)" + c[0]) + c[1].matches("(?iu)[" + c[0] + "]") + (c[0] + c[1]).matches("(?iu)(.)\\1") + " ");
  System.out.println();
  System.out.println("Straße".matches("(?iu)STRASSE") + " " + "ΣΊΣΥΦΟΣ".matches("(?iu)σίσυφοσ") + " " + "МИР".matches("(?iu)мир") + " " + "МИР".matches("(?i)мир"));
}}
