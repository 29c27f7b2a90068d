// String literals, constants and concatenation recipes holding unpaired surrogates keep them exactly
// (the class file's modified UTF-8 can express them; a VM must not turn them into U+FFFD).
public class IoLoneSurrogateLiterals {
    static final String CONST = "k\udbff";
    static final String JOINED = CONST + "\udc00";
    public static void main(String[] a) {
        int i = a.length;
        String s = "a\ud800" + i + "\udc00b";
        for (int k = 0; k < s.length(); k++) System.out.print((int) s.charAt(k) + " ");
        System.out.println();
        String t = "x" + i + "\ud83d\ude00";
        System.out.println(t.length() + " " + (int) t.charAt(2));
        System.out.println((int) CONST.charAt(1) + " " + (int) JOINED.charAt(2) + " " + JOINED.length() + " " + ("\udbff" + "\udc00").length());
        String u = i + "\udfff" + 2.5 + "\ud801";
        for (int k = 0; k < u.length(); k++) System.out.print(Integer.toHexString(u.charAt(k)) + " ");
        System.out.println();
        switch ("\ud800") { case "\ud800": System.out.println("switch ok"); break; default: System.out.println("switch no"); }
    }
}
