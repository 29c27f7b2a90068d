import java.util.ArrayList;
import java.util.List;

public class Autobox {
    static long total(List<Long> xs) {
        long t = 0;
        for (Long x : xs) t += x;
        return t;
    }

    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d));
        Long la = 127L, lb = 127L;
        System.out.println(la == lb);
        Character ch = 'x';
        Boolean t = true;
        System.out.println(Boolean.TRUE == t);
        Byte by = (byte) 5;
        Short sh = (short) 300;
        Float fl = 1.5f;
        Double db = 2.25;
        System.out.println(by + sh + fl + db + ch);
        List<Long> xs = new ArrayList<>();
        for (long i = 0; i < 1000; i++) xs.add(i);
        System.out.println(total(xs));
        Object o = 42;
        System.out.println(o instanceof Integer ? "Integer" : "other");
        Number n = 3.0f;
        System.out.println(n.intValue() + " " + n.getClass().getName() + " " + n.doubleValue());
        Integer nul = null;
        try {
            int x = nul;
        } catch (NullPointerException e) {
            System.out.println("unboxing null NPE");
        }
        int sum = 0;
        Integer boxedSum = 0;
        for (int i = 0; i < 100; i++) boxedSum += i;
        System.out.println(boxedSum + " " + Integer.valueOf(5).compareTo(7) + " " + Double.valueOf(1.0).equals(1.0) + " " + Integer.valueOf(1).equals(1L));
        System.out.println(Integer.valueOf(77).hashCode() + " " + Long.valueOf(1L << 32).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode()
                + " " + Character.valueOf('a').hashCode() + " " + Float.valueOf(2f).hashCode());
        System.out.println(Integer.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE + " " + Long.MIN_VALUE);
    }
}
