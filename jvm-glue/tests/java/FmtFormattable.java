import java.util.*;

public class FmtFormattable {
    static final class Money implements Formattable {
        final long cents;

        Money(long cents) {
            this.cents = cents;
        }

        public void formatTo(Formatter f, int flags, int width, int precision) {
            String s = (cents < 0 ? "-" : "") + "$" + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
            if ((flags & FormattableFlags.ALTERNATE) != 0) s = s + " USD";
            if ((flags & FormattableFlags.UPPERCASE) != 0) s = s.toUpperCase();
            if (precision >= 0 && s.length() > precision) s = s.substring(0, precision);
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            while (s.length() < width) s = left ? s + "_" : "_" + s;
            f.format("%s", s);
        }

        public String toString() {
            return "Money(" + cents + ")";
        }
    }

    public static void main(String[] args) {
        Money m = new Money(123456), n = new Money(-5);
        System.out.println(String.format("[%s] [%S] [%#s] [%12s] [%-12s] [%.4s] [%#S]", m, m, m, m, m, m, n));
        System.out.println(String.format("%s %s %b %h", n, "plain", m, "x"));
        Formatter f = new Formatter();
        f.format("%s|", m).format("%-8s|", n);
        System.out.println(f + " " + f.toString().length());
        StringBuilder sb = new StringBuilder();
        Formatter g = new Formatter(sb, Locale.US);
        g.format("%d %s", 7, m);
        System.out.println(sb + " " + g.locale() + " " + (g.out() == sb));
        System.out.println(FormattableFlags.LEFT_JUSTIFY + " " + FormattableFlags.UPPERCASE + " " + FormattableFlags.ALTERNATE);
    }
}
