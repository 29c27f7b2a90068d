import java.util.*;
public class FmtErrors {
    static void t(String f, Object... a) {
        try { System.out.println("[" + String.format(f, a) + "]"); }
        catch (Exception e) { System.out.println(f + " -> " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    public static void main(String[] x) {
        t("%0$s", 1); t("%1$s %<s %s", 1, 2); t("%<s", 1); t("%s %s", 1); t("%q", 1); t("%", 1); t("abc%"); t("%-", 1); t("%5", 1); t("%.f", 1.0);
        t("%#s", 1); t("%+s", 1); t("%-s", 1); t("%--5s", 1); t("%.2c", 'a'); t("%#c", 'a'); t("%.2d", 1); t("%#d", 1); t("%,o", 1); t("%,x", 1);
        t("%+ d", 1); t("%-05d", 1); t("%-d", 1); t("%0d", 1); t("%d", "s"); t("%f", 1); t("%c", 1.0); t("%c", 0x110000); t("%c", (byte)-1);
        t("%+x", 1); t("%(x", -1); t("% o", 1); t("%5n"); t("%-n"); t("%.2n"); t("%+%"); t("%-%"); t("%-5%"); t("%5.2%"); t("%#g", 1.0); t("%,e", 1.0);
        t("%,a", 1.0); t("%(a", 1.0); t("%.2f", (Object) null); t("%X", (Object) null); t("%.1s", (Object) null); t("%B", (Object) null); t("%H", (Object) null);
        t("%s", (Object[]) null); t("%2$s", 1); t("%-1$5s|", "a"); t("%<-5s", "a"); t("%99999999999s", 1); t("%.99999999999s", 1); t("%tY", 1);
        t("%c", (short) 65); t("%C", 'x'); t("%h", "hi"); t("%b %b %b", true, "x", null); t("%10.3S|", "abcdef"); t("%d", new java.util.concurrent.atomic.AtomicInteger(5));
        t("%w", 1); t("%#", 1); t("%1$", 1);
        Formatter fm = new Formatter(); fm.close(); try { fm.format("x"); } catch (Exception e) { System.out.println(e); }
        try { fm.toString(); } catch (Exception e) { System.out.println(e); }
    }
}
