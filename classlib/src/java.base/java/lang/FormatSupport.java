package java.lang;

import java.util.IllegalFormatException;

/** printf-style formatting: %[-0+,][width][.prec](d|s|S|x|X|o|c|b|f|e|n|%). */
final class FormatSupport {
    private FormatSupport() {}

    static String format(String fmt, Object[] args) {
        StringBuilder sb = new StringBuilder();
        int argi = 0;
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            i++;
            if (i >= n) throw new IllegalFormatException("Format specifier '%'");
            boolean left = false, zero = false, plus = false, comma = false, space = false;
            for (;; i++) {
                char f = fmt.charAt(i);
                if (f == '-') left = true;
                else if (f == '0') zero = true;
                else if (f == '+') plus = true;
                else if (f == ',') comma = true;
                else if (f == ' ') space = true;
                else break;
            }
            int width = -1, prec = -1;
            while (Character.isDigit(fmt.charAt(i))) {
                width = (width < 0 ? 0 : width * 10) + (fmt.charAt(i++) - '0');
            }
            if (fmt.charAt(i) == '.') {
                i++;
                prec = 0;
                while (Character.isDigit(fmt.charAt(i))) prec = prec * 10 + (fmt.charAt(i++) - '0');
            }
            char conv = fmt.charAt(i);
            String s;
            switch (conv) {
                case 'n':
                    sb.append('\n');
                    continue;
                case '%':
                    s = "%";
                    break;
                case 'd': {
                    Object a = args[argi++];
                    if (a == null) {
                        s = "null";
                        break;
                    }
                    long v = ((Number) a).longValue();
                    String digits = Long.toString(Math.abs(v));
                    if (v == Long.MIN_VALUE) digits = "9223372036854775808";
                    if (comma) digits = group(digits);
                    String sign = v < 0 ? "-" : (plus ? "+" : (space ? " " : ""));
                    if (zero && width > 0) {
                        while (sign.length() + digits.length() < width) digits = "0" + digits;
                    }
                    s = sign + digits;
                    break;
                }
                case 'x':
                case 'X':
                case 'o': {
                    Object a = args[argi++];
                    if (a == null) {
                        s = "null";
                        break;
                    }
                    int shift = conv == 'o' ? 3 : 4;
                    if (a instanceof Long) s = Long.toUnsigned((Long) a, shift);
                    else if (a instanceof Byte) s = Long.toUnsigned(((Byte) a) & 0xffL, shift);
                    else if (a instanceof Short) s = Long.toUnsigned(((Short) a) & 0xffffL, shift);
                    else s = Long.toUnsigned(((Number) a).intValue() & 0xffffffffL, shift);
                    if (conv == 'X') s = s.toUpperCase();
                    if (zero && width > 0) {
                        while (s.length() < width) s = "0" + s;
                    }
                    break;
                }
                case 'f':
                case 'e':
                case 'E': {
                    Object a = args[argi++];
                    if (a == null) {
                        s = "null";
                        break;
                    }
                    double v = ((Number) a).doubleValue();
                    if (v != v || Double.isInfinite(v)) {
                        s = v != v ? "NaN" : (v > 0 ? (plus ? "+Infinity" : "Infinity") : "-Infinity");
                        break;
                    }
                    boolean neg = v < 0 || (v == 0.0 && 1.0 / v < 0);
                    String body = conv == 'f' ? formatFixed(Math.abs(v), prec < 0 ? 6 : prec)
                            : formatSci(Math.abs(v), prec < 0 ? 6 : prec);
                    if (conv == 'E') body = body.toUpperCase();
                    if (comma && conv == 'f') {
                        int dot = body.indexOf('.');
                        body = dot < 0 ? group(body) : group(body.substring(0, dot)) + body.substring(dot);
                    }
                    String sign = neg ? "-" : (plus ? "+" : (space ? " " : ""));
                    if (zero && width > 0) {
                        while (sign.length() + body.length() < width) body = "0" + body;
                    }
                    s = sign + body;
                    break;
                }
                case 'c': {
                    Object a = args[argi++];
                    s = a == null ? "null" : (a instanceof Character ? String.valueOf((char) (Character) a)
                            : String.valueOf((char) ((Number) a).intValue()));
                    break;
                }
                case 'b':
                case 'B': {
                    Object a = args[argi++];
                    s = a == null ? "false" : (a instanceof Boolean ? a.toString() : "true");
                    if (conv == 'B') s = s.toUpperCase();
                    break;
                }
                case 's':
                case 'S': {
                    s = String.valueOf(args[argi++]);
                    if (prec >= 0 && s.length() > prec) s = s.substring(0, prec);
                    if (conv == 'S') s = s.toUpperCase();
                    break;
                }
                default:
                    throw new IllegalFormatException("Conversion = '" + conv + "'");
            }
            if (width > s.length()) {
                StringBuilder pad = new StringBuilder();
                for (int k = s.length(); k < width; k++) pad.append(' ');
                s = left ? s + pad : pad + s;
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Fixed notation, rounding Double.toString's shortest digits half-up as Java's Formatter does. */
    private static native String formatFixed(double v, int prec);

    private static native String formatSci(double v, int prec);
}
