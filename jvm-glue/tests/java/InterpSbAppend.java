// StringBuilder.append(String) done in place by the JVM when the chars fit:
// contents, length and capacity (growth must happen exactly as in Java),
// null strings, null builders (helpful NullPointerException), appending a
// builder's own text, StringBuffer and AbstractStringBuilder callers.
public class InterpSbAppend {
    static String show(StringBuilder sb) {
        return "[" + sb + "] len=" + sb.length() + " cap=" + sb.capacity();
    }

    static StringBuilder viaAppendable(Appendable a, String s) throws java.io.IOException {
        a.append(s);
        return (StringBuilder) a;
    }

    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder(4);
        System.out.println(show(sb));
        sb.append("ab");
        System.out.println(show(sb));
        sb.append("cd"); // fills the array exactly
        System.out.println(show(sb));
        sb.append("e"); // grows
        System.out.println(show(sb));
        sb.append(""); // nothing
        sb.append((String) null); // "null"
        System.out.println(show(sb));
        sb.append("\u00e9\u4e2d\ud83d\ude00");
        System.out.println(show(sb) + " " + sb.codePointCount(0, sb.length()));
        sb.append(sb.toString()); // its own text
        System.out.println(show(sb));
        StringBuilder chained = new StringBuilder().append("x").append("y").append((String) null).append("z");
        System.out.println(show(chained));
        System.out.println(show(viaAppendable(new StringBuilder(1), "through Appendable")));

        // many appends in a loop, growing several times
        StringBuilder big = new StringBuilder(1);
        for (int i = 0; i < 300; i++) {
            big.append(Integer.toString(i)).append(i % 2 == 0 ? "," : ";");
            if (i % 50 == 0) System.out.println(big.length() + " " + big.capacity());
        }
        System.out.println(big.toString().hashCode() + " " + big.length());

        // setLength shrinks count; appends then overwrite the old chars
        big.setLength(3);
        big.append("END");
        System.out.println(show(big));

        StringBuffer buf = new StringBuffer(2);
        buf.append("sync").append((String) null).append("ed");
        System.out.println(buf + " " + buf.length() + " " + buf.capacity());

        StringBuilder nul = args.length > 99 ? new StringBuilder() : null;
        try {
            nul.append("x");
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        try {
            StringBuilder huge = new StringBuilder(8);
            String s = "0123456789";
            for (int i = 0; i < 40; i++) {
                huge.append(s);
            }
            System.out.println(show(huge).length());
        } catch (OutOfMemoryError e) {
            System.out.println("OOM");
        }
    }
}
