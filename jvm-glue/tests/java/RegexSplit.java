import java.util.Arrays;

public class RegexSplit {
    static void show(String s, String re) {
        System.out.println("split(" + re + ") of [" + s + "] = " + Arrays.toString(s.split(re)) + " n=" + s.split(re).length);
    }

    public static void main(String[] args) {
        show("a,b,,c,,", ",");
        show("  hello   world  foo ", "\\s+");
        show("one1two22three333four", "\\d+");
        show("a|b|c", "\\|");
        show("x.y.z", "\\.");
        show("key = value ; k2=v2", "\\s*[=;]\\s*");
        show("abc", "");
        show("", ",");
        show(",a,b", ",");
        show("aXbYYc", "[XY]+");
        show("tab\tsep\tvalues", "\t");
        show("camelCaseString", "(?=[A-Z])".isEmpty() ? "" : "[A-Z]");
        show("2024-11-22T20:45", "[-T:]");
        show("no match here", "#");
        System.out.println(Arrays.toString("a,b,c,d".split(",", 2)) + Arrays.toString("a,b,,".split(",", -1)) + Arrays.toString("a1b2c3".split("\\d", 0)));
        System.out.println("abc123".matches("[a-z]+\\d+") + " " + "abc".matches("a.c") + " " + "ab".matches("a|b") + " " + "aaa".matches("a{2,3}") + " " + "aaaa".matches("a{2,3}"));
        System.out.println("hello world".replaceAll("o", "0") + " " + "a  b   c".replaceAll("\\s+", " ") + " " + "x1y22z".replaceAll("[0-9]", "#") + " " + "aaa".replaceFirst("a", "b"));
        System.out.println("(555) 123-4567".replaceAll("[^0-9]", "") + " " + "Hello World".replaceAll("(Hello|World)", "X") + " " + "a.b.c".replaceAll("\\.", "/"));
        System.out.println("foo@example.com".matches("[\\w.]+@[\\w]+\\.(com|org)") + " " + "bad@".matches("[\\w.]+@[\\w]+\\.(com|org)") + " " + "".matches("x*"));
        String csv = "name,age,city\nann,30,paris\nbob,25,rome";
        for (String line : csv.split("\n")) System.out.println(Arrays.toString(line.split(",")));
        System.out.println(String.join("|", " a b  c ".trim().split(" +")));
    }
}
