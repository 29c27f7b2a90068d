import java.util.*;
import java.util.stream.*;

public class FmtJoiner {
    public static void main(String[] args) {
        StringJoiner a = new StringJoiner(", ", "{", "}");
        System.out.println(a + " " + a.length());
        a.add("one");
        System.out.println(a + " " + a.length());
        a.add("").add("three");
        System.out.println(a + " " + a.length());
        StringJoiner b = new StringJoiner("|");
        b.setEmptyValue("<empty>");
        System.out.println(b + " " + b.length());
        b.add("x");
        System.out.println(b + " " + b.length());
        StringJoiner c = new StringJoiner("-", "[", "]").setEmptyValue("E");
        c.merge(new StringJoiner("+", "(", ")"));
        System.out.println(c);
        c.merge(b);
        System.out.println(c);
        StringJoiner d = new StringJoiner("/", "<", ">");
        d.add("p").add("q");
        c.merge(d);
        System.out.println(c + " " + c.length());
        c.add("last");
        System.out.println(c);
        StringJoiner self = new StringJoiner(",", "(", ")");
        self.add("s1").add("s2");
        self.merge(self);
        System.out.println(self);
        System.out.println(String.join("::", List.of("a", "b", "c")) + " " + String.join("", "x", "y") + " " + String.join(",", new ArrayList<String>()));
        System.out.println(Stream.of("a", "b", "c").collect(Collectors.joining()) + Stream.of("a").collect(Collectors.joining(",", "[", "]")) + Stream.<String>empty().collect(Collectors.joining(",")));
        StringJoiner big = new StringJoiner(",");
        for (int i = 0; i < 200; i++) big.add(Integer.toString(i * i));
        System.out.println(big.length() + " " + big.toString().hashCode());
        StringBuilder sbv = new StringBuilder("mutable");
        StringJoiner cs = new StringJoiner(sbv, "<", ">");
        sbv.append("!");
        cs.add("1").add("2");
        System.out.println(cs);
    }
}
