import java.util.List;
import java.util.Map;

public class NpeMessages {
    String f;
    static String sf;
    int[] arr;
    NpeMessages next;
    long[][] grid;

    String m() {
        return null;
    }

    static NpeMessages sm() {
        return null;
    }

    static void check(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    void instance(long wide, NpeMessages other, int[] data) {
        check("this.field", () -> f.length());
        check("param after long", () -> other.m());
        check("param array", () -> System.out.println(data[0]));
        check("this chain", () -> next.next.f.isEmpty());
        check("grid row", () -> System.out.println(grid[1][2]));
    }

    static int localUse(Object[] objs) {
        String s = null;
        int n = 3;
        if (n > 2) return s.length();
        return 0;
    }

    public static void main(String[] args) {
        NpeMessages n = new NpeMessages();
        NpeMessages nul = null;
        Object[] oa = new Object[2];
        int[] ia = null;
        List<String> l = null;
        Map<String, Integer> map = new java.util.HashMap<>();
        check("invoke on null param", () -> nul.m());
        check("field of object", () -> n.f.length());
        check("static field", () -> sf.length());
        check("load int array", () -> System.out.println(ia[0]));
        check("store int array", () -> {
            ia[1] = 2;
        });
        check("array length", () -> System.out.println(ia.length));
        check("return value", () -> n.m().trim());
        check("static return value", () -> sm().m());
        check("interface", () -> l.size());
        check("array element cast", () -> ((String) oa[1]).length());
        check("assign field", () -> {
            nul.f = "x";
        });
        check("read field", () -> System.out.println(nul.f));
        check("throw null", () -> {
            throw null;
        });
        check("synchronized", () -> {
            synchronized (nul) {
                System.out.println("never");
            }
        });
        check("chain", () -> n.next.next.f.length());
        check("field array", () -> System.out.println(n.arr[0]));
        check("unboxing", () -> {
            Integer i = null;
            int x = i;
        });
        check("map unboxing", () -> {
            int v = map.get("missing");
        });
        check("local", () -> localUse(oa));
        check("object array store", () -> {
            Object[] o = null;
            o[0] = "x";
        });
        check("long array", () -> {
            long[] la = null;
            la[0]++;
        });
        check("char array", () -> {
            char[] ca = null;
            System.out.println(ca[0]);
        });
        check("boolean array", () -> {
            boolean[] ba = null;
            ba[0] = true;
        });
        n.instance(5L, null, null);
        String s = null;
        System.out.println(s.length());
    }
}
