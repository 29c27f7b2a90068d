public class Ternary {
    static boolean side(String s, boolean v) {
        System.out.print(s);
        return v;
    }

    public static void main(String[] args) {
        int i = 5;
        Object o = true ? 1 : "s";
        Object p = true ? 1 : 2.0;
        Object q = false ? 'a' : 98;
        long l = i > 3 ? 10L : i;
        System.out.println(o + " " + p + " " + q + " " + l);
        Integer nul = null;
        int x = i > 100 ? nul : 7;
        System.out.println(x);
        System.out.println(side("a", false) && side("b", true) || side("c", true));
        System.out.println(side("d", true) || side("e", true));
        System.out.println(side("f", false) & side("g", true) | side("h", false) ^ side("i", true));
        String s = i < 0 ? "neg" : i == 0 ? "zero" : i < 10 ? "small" : "big";
        System.out.println(s);
        char c = true ? 'x' : 0;
        System.out.println(c);
        boolean bz = !(i != 5) == true;
        System.out.println(bz);
    }
}
