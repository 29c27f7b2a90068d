public class StringConcat {
    static class P {
        public String toString() {
            return "P!";
        }
    }

    public static void main(String[] args) {
        boolean z = true;
        byte b = -5;
        short s = 300;
        char c = 'q';
        int i = -42;
        long l = 1L << 40;
        float f = 1.25f;
        double d = -0.1;
        String str = "str";
        String nul = null;
        Object o = new P();
        Object on = null;
        int[] arr = null;
        char[] chars = {'h', 'i'};
        System.out.println("z=" + z + " b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d);
        System.out.println("str=" + str + " nul=" + nul + " o=" + o + " on=" + on + " arr=" + arr);
        System.out.println(z + "" + b + s + c + i + l + f + d);
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("" + Double.NaN + Float.POSITIVE_INFINITY + (-0.0) + Long.MIN_VALUE + Integer.MIN_VALUE);
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k + ",";
        System.out.println(acc);
        String x = "a";
        x += 'b';
        x += 1;
        x += 2.0;
        x += null;
        x += true;
        System.out.println(x);
        System.out.println("unicode: \u00e9\u4e2d\u0394 " + "tab\there" + " quote\"" + " backslash\\");
        System.out.println("chars " + String.valueOf(chars) + " " + new String(chars, 0, 1));
        final String K = "const";
        System.out.println(K + "-" + K.length() + "\u0001" + "\u0002".length());
        StringBuilder sb = new StringBuilder();
        sb.append(z).append(b).append(s).append(c).append(i).append(l).append(f).append(d).append(str).append(nul).append(o).append(chars);
        System.out.println(sb + " len=" + sb.length());
        System.out.println(String.valueOf((Object) null) + String.valueOf(3.0f) + Integer.toString(7) + Long.toString(-8L) + Boolean.toString(false));
    }
}
