import java.util.regex.*;
public class RegexEmptyLoops { 
  static void f(String p, String s) { Matcher m = Pattern.compile(p).matcher(s); StringBuilder sb = new StringBuilder(p + " on '" + s + "':"); while (m.find()) { sb.append(" [" + m.start() + "," + m.end()); for (int g = 1; g <= m.groupCount(); g++) sb.append(" " + m.start(g) + "-" + m.end(g)); sb.append("]"); } System.out.println(sb); }
  public static void main(String[] a) {
    f("(?:\\b ?){2,3}", "a  ");
    f("(\\b ?){2,3}", "a  ");
    f("(?:x?){3}y", "xy");
    f("(x?){3}y", "xy");
    f("(x?){3,}y", "xxy");
    f("(?:x|()){3}y", "xy");
    f("(?:()|x){2,}y", "xxy");
    f("(?:x?)*y", "xxy");
    f("(x?)*y", "xxy");
    f("(x?)+?y", "xxy");
    f("(?:(x)|y?){2,4}z", "xz");
    f("(a|)*b", "aab");
    f("(|a)*b", "aab");
    f("(|a)+b", "aab");
    f("(|a){2,}b", "aab");
    f("(a|){2,}?b", "aab");
    f("((?=a))*", "ab"); f("((?=a))+", "ab"); f("((?=a)){2}", "ab"); f("((?=a))?", "ab"); f("((?=a))*?x", "ax"); f("(\\b)*", "a b"); f("(\\b)+", "a b"); f("()*", "ab"); f("()+", "ab"); f("(^)*a", "a");
    f("((?=a)|x)*", "ab"); f("((?=a)a?)*", "ab"); f("(a{0})*", "ab"); f("(a?)*", "b"); f("([ab]{0,2}+)*", "c"); f("(?:(?=a))*b", "ab"); f("((?<=a))*b", "ab"); f("((?=a))*+", "ab"); f("((?=a)){1,2}+", "ab");
  }
}
