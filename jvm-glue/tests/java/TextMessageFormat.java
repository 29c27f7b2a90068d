import java.text.MessageFormat;

public class TextMessageFormat {
    public static void main(String[] args) {
        System.out.println(MessageFormat.format("Hello {0}, you have {1} messages and {2,number,#.##} points; {1,number,integer} {3} '{quoted}' it''s", "Bob", 1234, 3.14159, null));
        System.out.println(MessageFormat.format("{0,number,percent} {0,number} {1}", 0.256, 12345678901L));
        System.out.println(MessageFormat.format("{1}{0}{1} {2}", "a", "b"));
        System.out.println(MessageFormat.format("no args here", new Object[0]));
        System.out.println(MessageFormat.format("{0} {0,number,0000.0} {0,number,#,##0.00}", -1234.5678));
        System.out.println(MessageFormat.format("{0} and {1}", new StringBuilder("sb"), java.util.List.of(1, 2)));
        System.out.println(MessageFormat.format("{0} / {1} / {2}", new java.math.BigDecimal("12345.678"), new java.math.BigInteger("123456789012345678901234567890"), 1.5f));
        System.out.println(MessageFormat.format("braces '{' and '}' and '{0}' {0}", 7));
        System.out.println(MessageFormat.format("quote '' alone, and ''{0}''", "x"));
        MessageFormat mf = new MessageFormat("{0} items cost {1,number,#,##0.00}");
        System.out.println(mf.format(new Object[] {3, 1234.5}) + " | " + mf.toPattern());
        for (String bad : new String[] {"{0", "{x}", "{0,foo}", "{-1}"}) {
            try { System.out.println(MessageFormat.format(bad, 1)); } catch (IllegalArgumentException e) { System.out.println(bad + " -> " + e.getMessage()); }
        }
    }
}
