import java.util.*;

public class FmtTable {
    static int n = 0;

    static void t(String f, Object... a) {
        n++;
        try {
            System.out.println(n + " [" + String.format(f, a) + "]");
        } catch (RuntimeException e) {
            System.out.println(n + " " + f + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] x) {
        // integers
        Object[] ints = {0, 1, -1, 42, -42, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
            (byte) -1, (byte) 127, (short) -300, (short) 12345, 9876543210L};
        String[] intFmts = {"%d", "%5d", "%-7d|", "%07d", "%+d", "% d", "%,d", "%(d", "%(8d", "%+,12d", "%,015d", "%(,d", "%x", "%X", "%#x",
            "%08x", "%#010X", "%o", "%#o", "%012o", "%-10x|", "%2$d", "% 06d", "%+(d"};
        for (String f : intFmts) {
            for (Object v : ints) {
                if (f.equals("%2$d")) {
                    t(f, 0, v);
                } else {
                    t(f, v);
                }
            }
        }
        // floating point
        Object[] dbls = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 2.675, 1.005, 123.456, -123.456, 1e-5, 1.23456789e-7, 9.9999999,
            999999.9999, 1e7, 1.0E22, 3.141592653589793, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 0.1f, 1.1f, 100.0f, 0.00009999, 0.0001, 123456.5, 5e-324, 4.35, 0.045, 1234567.125, 1e-300, 6.02214076e23, 2.2250738585072014E-308};
        String[] dblFmts = {"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%10.2f|", "%-10.2f|", "%010.3f", "%+.2f", "% .1f", "%,.2f",
            "%(.2f", "%#.0f", "%e", "%.0e", "%.2e", "%E", "%#.0e", "%12.3e|", "%012.3e", "%g", "%.3g", "%G", "%.1g", "%10.4g|", "%,g",
            "%a", "%A", "%.2a", "%+e", "%(e", "%s", "%.3s", "%(,.3f", "%+010.2f", "%-+12.4e|", "%.0g", "%.16g", "%.20f"};
        for (String f : dblFmts) {
            for (Object v : dbls) t(f, v);
        }
        // strings, chars, booleans, hash
        Object[] objs = {"hello", "", null, 'c', true, false, 17, Optional.of(5), new int[0].length, 3.5};
        String[] objFmts = {"%s", "%S", "%10s|", "%-10s|", "%.2s", "%8.3S|", "%b", "%B", "%5b|", "%.1b", "%h", "%H", "%c", "%C", "%-3c|"};
        for (String f : objFmts) {
            for (Object v : objs) t(f, v);
        }
        // chars
        t("%c%c%c", 'a', (byte) 66, (short) 67);
        t("%c", 0x41);
        t("%c", -5);
        t("%5c|%-5c|", 'x', 'y');
        // text, indexes
        t("100%% done%n");
        t("%-6%|");
        t("%6%|");
        t("%1$s %1$s %2$s %<s %s %s", "a", "b");
        t("%3$s %2$s %1$s", "x", "y", "z");
        t("%s %<S %<.1s", "word");
        t("%2$s %s %s", "p", "q");
        t("no args");
        t("%s", (Object) null);
        t("%s", (Object[]) null);
        t("%s %s", (Object[]) null);
        t("%d%%", 50);
        t("%,d items, %.1f%% of %s", 1234567, 45.678, "total");
        t("[%-10s][%10s]", "left", "right");
        t("%08.2f|%-8.2f|%+8.2f", 3.14159, 2.71828, 1.41421);
        t("%x %X %o", 255L, -255L, 8L);
        t("%e", 0.000123456);
        t("%.3e", 9.9995);
        t("%.2f", 0.995);
        t("%.1f", 0.05);
        t("%.1f", 0.25);
        t("%.1f", 0.35);
        t("%.0f", 0.5);
        t("%.0f", 1.5);
        t("%.0f", 1e-10);
        t("%.5f", 1e-10);
        t("%.3f", 1234.0005);
        t("%g", 0.0001);
        t("%g", 0.00001);
        t("%g", 123456.0);
        t("%g", 1234567.0);
        t("%g", 999999.5);
        t("%.3g", 99.95);
        // errors
        String[] bad = {"%q", "%", "abc%", "%-", "%5", "%.f", "%#s", "%+s", "%-s", "%--5s", "%.2c", "%#c", "%.2d", "%#d", "%,o", "%,x",
            "%+ d", "%-05d", "%-d", "%0d", "%5n", "%-n", "%.2n", "%+%", "%-%", "%5.2%", "%#g", "%,e", "%,a", "%(a", "%0$s", "%<s",
            "%2$s", "%w", "%#", "%1$", "%99999999999s", "%.99999999999s", "%-1$5s", "%<-5s", "%s %s %s", "%+x", "%(o", "% X"};
        for (String f : bad) t(f, 7);
        t("%d", "str");
        t("%f", 1);
        t("%x", 1.5);
        t("%c", 1.5);
        t("%c", "s");
        t("%c", 0x110000);
        t("%c", (byte) -1);
        t("%d", 'c');
        t("%e", 7L);
        t("%.2f", (Object) null);
        t("%X", (Object) null);
        t("%5.1d", 1);
        t("%d", new java.util.concurrent.atomic.AtomicInteger(5));
        // formatted / Formatter
        System.out.println("%s-%s".formatted("a", 1));
        Formatter fm = new Formatter();
        fm.format("%d+", 1).format("%s", "two");
        System.out.println(fm.toString() + " " + fm.out().getClass().getSimpleName());
        StringBuilder sb = new StringBuilder("pre:");
        Formatter f2 = new Formatter(sb);
        f2.format("%05d", 42);
        System.out.println(sb);
        f2.close();
        try {
            f2.format("x");
        } catch (FormatterClosedException e) {
            System.out.println("closed " + e.getMessage());
        }
        System.out.println(String.format(Locale.ROOT, "%,.2f", 1234567.891) + " " + String.format(Locale.US, "%,d", -1234));
        System.out.printf("printf %s %d%n", "ok", 5);
        System.out.format("format %.3f%n", Math.PI);
        System.out.println(Locale.US + " " + Locale.ROOT + "|" + Locale.ENGLISH + " " + Locale.US.toLanguageTag() + " " + Locale.ROOT.toLanguageTag());
    }
}
