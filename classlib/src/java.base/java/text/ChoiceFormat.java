package java.text;

/**
 * Maps ranges of numbers to strings: limit[i] <= x < limit[i+1] selects format[i]. Pattern syntax
 * "limit#text|limit<text|..." ('#' or '\u2264': from the limit on; '<': above the limit), written from
 * the Javadoc.
 */
public class ChoiceFormat extends NumberFormat {
    private double[] choiceLimits = new double[0];
    private String[] choiceFormats = new String[0];

    public ChoiceFormat(String newPattern) {
        applyPattern(newPattern);
    }

    public ChoiceFormat(double[] limits, String[] formats) {
        setChoices(limits, formats);
    }

    public void setChoices(double[] limits, String[] formats) {
        if (limits.length != formats.length)
            throw new IllegalArgumentException("Array and limit arrays must be of the same length.");
        choiceLimits = limits.clone();
        choiceFormats = formats.clone();
    }

    public void applyPattern(String newPattern) {
        StringBuilder number = new StringBuilder(), text = new StringBuilder();
        double[] limits = new double[8];
        String[] formats = new String[8];
        int count = 0;
        double limit = 0;
        boolean inText = false, inQuote = false;
        for (int i = 0; i < newPattern.length(); i++) {
            char ch = newPattern.charAt(i);
            if (ch == '\'') {
                if (i + 1 < newPattern.length() && newPattern.charAt(i + 1) == '\'') {
                    (inText ? text : number).append('\'');
                    i++;
                } else {
                    inQuote = !inQuote;
                }
            } else if (inQuote) {
                (inText ? text : number).append(ch);
            } else if (ch == '<' || ch == '#' || ch == '\u2264') {
                String n = number.toString();
                if (n.isEmpty()) throw new IllegalArgumentException("Each interval must contain a number before a format");
                if (n.equals("\u221e")) limit = Double.POSITIVE_INFINITY;
                else if (n.equals("-\u221e")) limit = Double.NEGATIVE_INFINITY;
                else limit = Double.parseDouble(n);
                if (ch == '<' && !Double.isInfinite(limit)) limit = nextDouble(limit);
                if (count > 0 && limit <= limits[count - 1])
                    throw new IllegalArgumentException("Incorrect order of intervals, must be in ascending order");
                number.setLength(0);
                inText = true;
            } else if (ch == '|') {
                // ends an interval in either part; text before a number stays for the next number
                if (count == limits.length) {
                    limits = java.util.Arrays.copyOf(limits, count * 2);
                    formats = java.util.Arrays.copyOf(formats, count * 2);
                }
                limits[count] = limit;
                formats[count++] = text.toString();
                text.setLength(0);
                inText = false;
            } else {
                (inText ? text : number).append(ch);
            }
        }
        if (inText) {
            if (count == limits.length) {
                limits = java.util.Arrays.copyOf(limits, count + 1);
                formats = java.util.Arrays.copyOf(formats, count + 1);
            }
            limits[count] = limit;
            formats[count++] = text.toString();
        }
        choiceLimits = java.util.Arrays.copyOf(limits, count);
        choiceFormats = java.util.Arrays.copyOf(formats, count);
    }

    public String toPattern() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < choiceLimits.length; i++) {
            if (i != 0) sb.append('|');
            double lim = choiceLimits[i];
            double less = previousDouble(lim);
            double fracLe = Math.abs(lim - Math.rint(lim));
            double fracLess = Math.abs(less - Math.rint(less));
            if (fracLe < fracLess) {
                sb.append(limitText(lim)).append('#');
            } else {
                sb.append(Double.isInfinite(lim) ? limitText(lim) : limitText(less)).append('<');
            }
            String f = choiceFormats[i];
            boolean special = f.indexOf('<') >= 0 || f.indexOf('#') >= 0 || f.indexOf('\u2264') >= 0 || f.indexOf('|') >= 0;
            if (special) sb.append('\'');
            for (int k = 0; k < f.length(); k++) {
                char c = f.charAt(k);
                sb.append(c);
                if (c == '\'') sb.append('\'');
            }
            if (special) sb.append('\'');
        }
        return sb.toString();
    }

    private static String limitText(double d) {
        if (d == Double.POSITIVE_INFINITY) return "\u221e";
        if (d == Double.NEGATIVE_INFINITY) return "-\u221e";
        return Double.toString(d);
    }

    public double[] getLimits() {
        return choiceLimits;
    }

    public Object[] getFormats() {
        return choiceFormats;
    }

    String formatLong(long number) {
        return formatDouble((double) number);
    }

    String formatDouble(double number) {
        int i = 0;
        while (i < choiceLimits.length && number >= choiceLimits[i]) i++;
        i--;
        if (i < 0) i = 0;
        return choiceFormats[i];
    }

    String formatToString(Object obj) {
        if (obj instanceof Number) return formatDouble(((Number) obj).doubleValue());
        throw new IllegalArgumentException("Cannot format given Object as a Number");
    }

    public Number parse(String text, ParsePosition status) {
        int start = status.index;
        int best = start;
        double result = Double.NaN;
        for (int i = 0; i < choiceFormats.length; i++) {
            String f = choiceFormats[i];
            if (text.startsWith(f, start) && start + f.length() > best) {
                best = start + f.length();
                result = choiceLimits[i];
            }
        }
        if (best == start) status.errorIndex = start;
        else status.index = best;
        return Double.valueOf(result);
    }

    public static final double nextDouble(double d) {
        return nextDouble(d, true);
    }

    public static final double previousDouble(double d) {
        return nextDouble(d, false);
    }

    public static double nextDouble(double d, boolean positive) {
        if (Double.isNaN(d)) return d;
        if (positive) {
            if (d == Double.POSITIVE_INFINITY) return d;
            if (d == 0.0) return Double.MIN_VALUE;
            long bits = Double.doubleToRawLongBits(d);
            return Double.longBitsToDouble(d > 0 ? bits + 1 : bits - 1);
        }
        if (d == Double.NEGATIVE_INFINITY) return d;
        if (d == 0.0) return -Double.MIN_VALUE;
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(d > 0 ? bits - 1 : bits + 1);
    }

    public Object clone() {
        ChoiceFormat other = (ChoiceFormat) super.clone();
        other.choiceLimits = choiceLimits.clone();
        other.choiceFormats = choiceFormats.clone();
        return other;
    }

    public int hashCode() {
        int result = choiceLimits.length;
        if (choiceFormats.length > 0) result ^= choiceFormats[choiceFormats.length - 1].hashCode();
        return result;
    }

    public boolean equals(Object obj) {
        if (this == obj) return true;
        if (obj == null || getClass() != obj.getClass()) return false;
        ChoiceFormat o = (ChoiceFormat) obj;
        if (choiceLimits.length != o.choiceLimits.length) return false;
        for (int i = 0; i < choiceLimits.length; i++) {
            if (Double.doubleToLongBits(choiceLimits[i]) != Double.doubleToLongBits(o.choiceLimits[i])) return false;
        }
        return java.util.Arrays.equals(choiceFormats, o.choiceFormats);
    }
}
