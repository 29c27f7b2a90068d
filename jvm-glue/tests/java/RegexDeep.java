import java.util.regex.*;
public class RegexDeep { public static void main(String[] a) {
  for (int n : new int[]{100, 1000, 3000, 10000, 20000}) {
    try { System.out.println(n + " " + Pattern.matches("(?:ab)*", "ab".repeat(n))); } catch (StackOverflowError e) { System.out.println(n + " SOE"); }
    try { System.out.println(n + " " + Pattern.matches("(ab)+c", "ab".repeat(n) + "c")); } catch (StackOverflowError e) { System.out.println(n + " SOE"); }
    System.out.println(n + " " + Pattern.matches("(\\d\\d)+x", "12".repeat(n) + "x") + " " + Pattern.matches("(?:[a-z]\\d){2,}?z", "a1".repeat(n) + "z"));
    Matcher m = Pattern.compile("(ab)*(abc)?").matcher("ab".repeat(n) + "c"); System.out.println(m.matches() + " " + m.group(1) + " " + m.group(2));
    m = Pattern.compile("x(ab)*").matcher("x"); System.out.println(m.matches() + " " + m.group(1));
    m = Pattern.compile("(ab){2,3}?(ab)*").matcher("ab".repeat(5)); System.out.println(m.matches() + " " + m.start(1) + " " + m.start(2));
    m = Pattern.compile("(?:ab)++ab").matcher("abab"); System.out.println(m.matches());
    try { System.out.println(n + " " + Pattern.matches(".*x", "ab".repeat(n))); } catch (StackOverflowError e) { System.out.println(n + " SOE"); }
  }
}}
