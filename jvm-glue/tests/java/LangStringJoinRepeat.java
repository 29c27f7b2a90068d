import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

// String.join over arrays/lists/empty/null elements, repeat (incl. large counts and errors), concat chains,
// contentEquals and replace on repeated text.
public class LangStringJoinRepeat {
    public static void main(String[] args) {
        System.out.println(String.join(",", "a", "b") + "|" + String.join("", "x", "y") + "|" + String.join("--", new String[0]) + "|" + String.join(",", (String) null) + "|" + String.join("/", "only"));
        List<String> list = new ArrayList<>(List.of("p", "q", "r"));
        List<CharSequence> mixed = new LinkedList<>();
        mixed.add(new StringBuilder("sb"));
        mixed.add("str");
        mixed.add(null);
        mixed.add(new StringBuffer("buf"));
        System.out.println(String.join(" + ", list) + " | " + String.join(";", mixed) + " | " + String.join(new StringBuilder("<>"), list));
        try {
            String.join(null, "a");
        } catch (NullPointerException e) {
            System.out.println("NPE join delimiter");
        }
        try {
            String.join(",", (List<String>) null);
        } catch (NullPointerException e) {
            System.out.println("NPE join elements");
        }
        for (int n : new int[] {0, 1, 2, 7, 100}) {
            String s = "ab".repeat(n);
            System.out.println(n + " " + s.length() + " " + s.hashCode() + " " + "".repeat(n).isEmpty() + " " + "x".repeat(n).lastIndexOf('x'));
        }
        String big = "0123456789".repeat(10000);
        System.out.println(big.length() + " " + big.hashCode() + " " + big.replace("9", "").length() + " " + big.indexOf("90123", 50000) + " " + big.contentEquals(new StringBuilder(big)));
        for (int bad : new int[] {-1, Integer.MIN_VALUE}) {
            try {
                "a".repeat(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("IAE " + e.getMessage());
            }
        }
        try {
            "abc".repeat(Integer.MAX_VALUE / 2);
        } catch (OutOfMemoryError e) {
            System.out.println("OOME " + e.getMessage());
        }
        String c = "";
        for (int i = 0; i < 50; i++) c = c.concat(Integer.toString(i % 10));
        System.out.println(c + " " + c.concat("").equals(c) + " " + "".concat("").isEmpty());
    }
}
