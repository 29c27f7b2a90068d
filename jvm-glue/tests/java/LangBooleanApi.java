// Boolean: parseBoolean/valueOf over many spellings, logical ops, compare, hashCode, caches, toString, getBoolean.
public class LangBooleanApi {
    public static void main(String[] args) {
        String[] in = {"true", "TRUE", "True", "tRuE", "false", "yes", "1", "", " true", "true ", null, "t"};
        for (String s : in) {
            System.out.println(s + " -> " + Boolean.parseBoolean(s) + " " + Boolean.valueOf(s) + " " + (Boolean.valueOf(s) == (Boolean.parseBoolean(s) ? Boolean.TRUE : Boolean.FALSE)));
        }
        boolean[] bs = {false, true};
        for (boolean a : bs) {
            for (boolean b : bs) {
                System.out.println(a + " " + b + " and=" + Boolean.logicalAnd(a, b) + " or=" + Boolean.logicalOr(a, b) + " xor=" + Boolean.logicalXor(a, b)
                    + " cmp=" + Boolean.compare(a, b) + " cmpTo=" + Boolean.valueOf(a).compareTo(b) + " eq=" + Boolean.valueOf(a).equals(b));
            }
            System.out.println(Boolean.toString(a) + " " + Boolean.hashCode(a) + " " + Boolean.valueOf(a).hashCode() + " " + String.valueOf(a) + " " + Boolean.valueOf(a).booleanValue());
        }
        Boolean boxed = true;
        Object o = boxed;
        System.out.println(o.equals(Boolean.TRUE) + " " + o.equals("true") + " " + (Boolean.TRUE == Boolean.valueOf(true)) + " " + Boolean.getBoolean("no.such.prop") + " " + Boolean.getBoolean(null) + " " + Boolean.TYPE + " " + new Boolean("TRUE") + " " + new Boolean(false));
    }
}
