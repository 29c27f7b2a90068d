import java.util.regex.*;
public class RegexLeaks { 
  static void f(String p, String s) { Matcher m = Pattern.compile(p).matcher(s); StringBuilder sb = new StringBuilder(p + " on " + s + ":"); while (m.find()) { sb.append(" [" + m.start() + "," + m.end()); for (int g = 1; g <= m.groupCount(); g++) sb.append(" " + m.start(g) + "-" + m.end(g)); sb.append("]"); } System.out.println(sb); }
  public static void main(String[] a) {
  f("(?!(a)).", "ab"); f("(?=(a))ab|.", "ac"); f("(?>(a))b|.", "ac"); f("(?<=(a))b|.", "ac"); f("(?<!(a))c|.", "ac");
  f("(?:(?=(a))x)?a", "a"); f("(?:(a)x)?a", "a"); f("(?:(?>(a))x)?a", "a"); f("(a)++b|.", "aac");  f("(?:(a)|b)*?c", "abc"); f("(?:(a)b)*ab", "abab");
  f("((a)|b)+", "ab"); f("(a|(b))+", "ba"); f("(?:(a)|(b))+", "ab");
}}
