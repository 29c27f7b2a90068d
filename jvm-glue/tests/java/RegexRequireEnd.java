import java.util.regex.*;
public class RegexRequireEnd { public static void main(String[] a) {
  String[][] c = {{"foo$","foo"},{"foo$","foo\n"},{"foo","foo"},{"foo\\b","foo"},{"foo\\B","foox"},{"a(?!b)","a"},{"a(?!b)","ac"},{"(?m)a$","a\nb"},{"(?m)a$","a"},{"a\\z","a"},{"a\\Z","a\r\n"},{"\\bx","x"},{"x*","xxx"},{"(?d)a$","a"},{"$","\n"},{"a$|b","b"}};
  for (String[] x : c) { Matcher m = Pattern.compile(x[0]).matcher(x[1]); boolean f = m.find(); System.out.println(x[0] + " on " + x[1].replace("\n","\\n").replace("\r","\\r") + ": find=" + f + " hitEnd=" + m.hitEnd() + " requireEnd=" + m.requireEnd()); m.reset(); boolean mm = m.matches(); System.out.println("   matches=" + mm + " hitEnd=" + m.hitEnd() + " requireEnd=" + m.requireEnd()); }
}}
