import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;

public class TextParse {
    static void p(NumberFormat nf, String s) {
        try {
            Number n = nf.parse(s);
            System.out.println("'" + s + "' -> " + n + " " + n.getClass().getSimpleName());
        } catch (ParseException e) {
            System.out.println("'" + s + "' !! " + e.getMessage() + " @" + e.getErrorOffset());
        }
    }

    public static void main(String[] args) {
        NumberFormat nf = NumberFormat.getInstance();
        String[] ps = {"1,234.56", "1234", "-1,234", "12abc", "abc", "", "1.5E3", "1.5E-3", "2E", "2E-", "3E+2", "-0", "0", "0.000", "-0.0", "1,2,3", ".5", "-.5", "9223372036854775807", "-9223372036854775808",
            "9223372036854775808", "-9223372036854775809", "1e400", "1E400", "1E-400", "\u221e", "-\u221e", "NaN", " 1", "+1", "1.0", "1,234.", "5%", "1,,2", "1,", "1.2.3", "00012", "123456789012345678901234567890",
            "0.1", "3.14159abc", "--5", "-", "1E5.5", "12,345,678.9E2"};
        for (String s : ps) p(nf, s);
        NumberFormat pf = NumberFormat.getPercentInstance();
        for (String s : new String[] {"50%", "50", "12.5%", "-3%", "100%", "1,000%", "%", "-0%", "7%x"}) p(pf, s);
        NumberFormat inf = NumberFormat.getIntegerInstance();
        for (String s : new String[] {"12.7", "1,000", "-5", "3.0", "1E3", "x"}) p(inf, s);
        DecimalFormat neg = new DecimalFormat("#,##0.00;(#,##0.00)");
        for (String s : new String[] {"(12.50)", "12.50", "-12.50", "(12.50", "(1,000)"}) p(neg, s);
        DecimalFormat sfx = new DecimalFormat("0.0 'kg'");
        for (String s : new String[] {"2.5 kg", "2.5", "-2.5 kg", "2.5kg"}) p(sfx, s);
        DecimalFormat noGroup = new DecimalFormat("0.##");
        for (String s : new String[] {"1,234", "12.345", "7"}) p(noGroup, s);
        DecimalFormat big = new DecimalFormat("#,##0.###");
        big.setParseBigDecimal(true);
        for (String s : new String[] {"1,234.5678", "-0.10", "12345678901234567890.123", "5"}) p(big, s);
        DecimalFormat intOnly = new DecimalFormat("#,##0.###");
        intOnly.setParseIntegerOnly(true);
        p(intOnly, "3.99");
        ParsePosition pp = new ParsePosition(2);
        System.out.println(nf.parse("xx123yy", pp) + " " + pp.getIndex() + " " + pp.getErrorIndex() + " " + pp);
        pp = new ParsePosition(0);
        System.out.println(nf.parse("yy", pp) + " " + pp.getIndex() + " " + pp.getErrorIndex() + " " + pp);
        pp = new ParsePosition(3);
        System.out.println(pf.parse("ab 45z", pp) + " " + pp.getIndex() + " " + pp.getErrorIndex());
        pp.setIndex(3);
        pp.setErrorIndex(-1);
        System.out.println(pf.parse("ab 45%z", pp) + " " + pp.getIndex() + " " + pp.getErrorIndex() + " " + pp.equals(new ParsePosition(6)) + " " + pp.hashCode());
        try {
            nf.parseObject("zz");
        } catch (ParseException e) {
            System.out.println(e + " " + e.getErrorOffset());
        }
        try {
            System.out.println(nf.parseObject("42"));
        } catch (ParseException e) {
            System.out.println(e);
        }
        // round trips
        DecimalFormat rt = new DecimalFormat("#,##0.###############");
        double[] ds = {0.1, 1.0 / 3, 123456.789, -42.0, 1e-7, 98765.4321};
        for (double d : ds) {
            String s = rt.format(d);
            try { System.out.println(s + " -> " + rt.parse(s)); } catch (ParseException e) { System.out.println(e); }
        }
    }
}
