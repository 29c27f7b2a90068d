// String.valueOf / concatenation of every primitive kind and boxed value, char[] conversions, copyValueOf,
// plus string switch and hashCode-based identity of interned literals.
public class LangStringValueOf {
    public static void main(String[] args) {
        byte b = -12;
        short s = 3000;
        char c = '\u00e9';
        int i = Integer.MIN_VALUE;
        long l = Long.MAX_VALUE;
        float f = 1.1f;
        double d = 1e-7;
        boolean z = true;
        Object o = null;
        System.out.println(String.valueOf(b) + String.valueOf(s) + String.valueOf((int) c) + String.valueOf(i) + String.valueOf(l) + String.valueOf(f) + String.valueOf(d) + String.valueOf(z) + String.valueOf(o));
        System.out.println("" + b + s + (int) c + i + l + f + d + z + o + 'x' + 1.0f + 2.0 + (char) 65 + (byte) 200 + (short) 70000);
        String concat = "a" + null + 1 + 2 + 'c' + 1.5 + true;
        System.out.println(concat + " " + (1 + 2 + "x" + 1 + 2) + " " + ('a' + 'b' + "c") + " " + ("c" + 'a' + 'b'));
        Integer boxed = 7;
        Double bd = -0.0;
        Character bc = 'q';
        System.out.println("boxed " + boxed + bd + bc + Long.valueOf(5) + Float.valueOf(2.5f) + Short.valueOf((short) 4) + Byte.valueOf((byte) 3) + Boolean.FALSE);
        char[] chars = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(String.valueOf(chars) + " " + String.valueOf(chars, 1, 3) + " " + String.copyValueOf(chars, 2, 2) + " " + new String(chars, 0, 0).isEmpty());
        for (String k : new String[] {"alpha", "beta", "gamma", "Aa", "BB"}) {
            switch (k) {
                case "alpha" -> System.out.print("A ");
                case "beta" -> System.out.print("B ");
                case "Aa", "BB" -> System.out.print("collide:" + k.hashCode() + " ");
                default -> System.out.print("? ");
            }
        }
        System.out.println();
        String lit = "interned";
        String built = new StringBuilder("inter").append("ned").toString();
        System.out.println((lit == built) + " " + (lit == built.intern()) + " " + lit.equals(built) + " " + (lit.hashCode() == built.hashCode()) + " " + ("inter" + "ned" == lit));
        StringBuilder sb = new StringBuilder();
        for (double v : new double[] {0.1, 100.0, 1e7, 1.0E-5, 123456.789, -0.0}) sb.append(v).append(';');
        for (float v : new float[] {0.1f, 100f, 1e7f, 1.0E-5f, 123456.79f, Float.MIN_VALUE}) sb.append(v).append(';');
        System.out.println(sb);
    }
}
