// hashCode contracts of the wrappers and String (values HotSpot prints), equals across wrapper types, Objects.hash.
public class LangHashCodes {
    public static void main(String[] args) {
        Object[] vs = {0, -1, Integer.MIN_VALUE, 0L, -1L, Long.MIN_VALUE, 1L << 32, (short) -5, (byte) 7, 'x', true, false, 0.0, -0.0,
            Double.NaN, 1.5, Double.MAX_VALUE, 0.0f, -0.0f, Float.NaN, 1.5f, "", "a", "hello world", "\u00e9\u4e00\uD83D\uDE00"};
        for (Object v : vs) System.out.println(v.getClass().getSimpleName() + " " + v + " " + v.hashCode());
        System.out.println(Integer.valueOf(1).equals(1L) + " " + Long.valueOf(1).equals(1L) + " " + Double.valueOf(0.0).equals(-0.0) + " "
            + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Float.valueOf(1f).equals(1.0) + " " + Short.valueOf((short) 1).equals((short) 1)
            + " " + Character.valueOf('a').equals("a") + " " + "a".equals('a'));
        System.out.println(java.util.Objects.hash(1, "a", 2.5, null, 'c') + " " + java.util.Objects.hashCode(null) + " " + java.util.Arrays.hashCode(new int[] {1, 2, 3})
            + " " + java.util.Arrays.hashCode(new Object[] {"x", 5L}));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append((char) (i * 7919 % 65536));
        System.out.println(sb.toString().hashCode() + " " + sb.toString().substring(500).hashCode());
    }
}
