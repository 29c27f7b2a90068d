import java.nio.charset.*;

// Charset.forName with names and aliases, illegal and unsupported names, identity, equality and ordering.
public class IoCharsetLookup {
    public static void main(String[] args) {
        String[] names = {
            "UTF-8", "utf-8", "utf8", "UTF8", "unicode-1-1-utf-8", "ISO-8859-1", "iso-8859-1", "latin1", "Latin1", "l1",
            "ISO8859_1", "ISO_8859_1", "8859_1", "cp819", "IBM819", "819", "csISOLatin1", "iso-ir-100", "US-ASCII",
            "us-ascii", "ascii", "ASCII", "iso646-us", "cp367", "646", "ANSI_X3.4-1968", "default", "us",
            "bogus", "x-unknown", "utf-9", "", "bad name", "-lead", "+lead", "ok.name:x_y+z", "a\u00e9", "_x", ".x", "9x",
        };
        for (String n : names) {
            String r;
            try {
                Charset cs = Charset.forName(n);
                r = cs.name() + " " + cs + " reg=" + cs.isRegistered() + " enc=" + cs.canEncode() + " disp=" + cs.displayName()
                        + " same=" + (cs == Charset.forName(cs.name()));
            } catch (IllegalCharsetNameException e) {
                r = "illegal [" + e.getMessage() + "] " + e.getCharsetName();
            } catch (UnsupportedCharsetException e) {
                r = "unsupported [" + e.getMessage() + "] " + e.getCharsetName();
            }
            boolean sup;
            try {
                sup = Charset.isSupported(n);
            } catch (IllegalCharsetNameException e) {
                sup = false;
                r += " (isSupported: illegal)";
            }
            System.out.println("'" + n + "' -> " + r + " supported=" + sup);
        }
        try {
            Charset.forName(null);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        Charset u = StandardCharsets.UTF_8, l = StandardCharsets.ISO_8859_1, a = StandardCharsets.US_ASCII;
        System.out.println(u.equals(Charset.forName("utf8")) + " " + u.equals(l) + " " + (u.hashCode() == "UTF-8".hashCode()) + " " + u.hashCode());
        System.out.println(u.compareTo(l) + " " + l.compareTo(a) + " " + a.compareTo(u) + " " + u.compareTo(u));
        System.out.println(u.contains(l) + " " + u.contains(a) + " " + l.contains(a) + " " + l.contains(u) + " " + a.contains(l) + " " + a.contains(a));
        System.out.println(Charset.defaultCharset() + " " + u.aliases().contains("UTF8") + " " + l.aliases().contains("latin1") + " " + a.aliases().contains("ascii") + " " + l.aliases().contains("Latin1"));
        System.out.println(u.newDecoder().charset() + " " + l.newEncoder().charset() + " " + (u.newDecoder() != u.newDecoder()));
    }
}
