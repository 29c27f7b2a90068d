package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * printf-style formatting (Locale-neutral: what HotSpot prints for Locale.ROOT / Locale.US). The format string
 * is parsed completely first (syntax and flag errors are thrown before anything is written), then each
 * specifier is printed in turn, as HotSpot does. Date/time conversions (%t) are not supported.
 */
public final class Formatter implements Closeable, Flushable, AutoCloseable {
    public enum BigDecimalLayoutForm {
        SCIENTIFIC,
        DECIMAL_FLOAT
    }

    private Appendable a;
    private final Locale l;
    private IOException lastException;

    public Formatter() {
        this(new StringBuilder(), Locale.getDefault());
    }

    public Formatter(Appendable a) {
        this(a, Locale.getDefault());
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(java.io.PrintStream ps) {
        this((Appendable) java.util.Objects.requireNonNull(ps), Locale.getDefault());
    }

    public Formatter(String fileName) throws java.io.FileNotFoundException {
        this(new java.io.PrintStream(new java.io.FileOutputStream(fileName)), Locale.getDefault());
    }

    public Formatter(java.io.File file) throws java.io.FileNotFoundException {
        this(new java.io.PrintStream(new java.io.FileOutputStream(file)), Locale.getDefault());
    }

    public Formatter(java.io.OutputStream os) {
        this(new java.io.PrintStream(os), Locale.getDefault());
    }

    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    private void ensureOpen() {
        if (a == null) throw new FormatterClosedException();
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    public String toString() {
        ensureOpen();
        return a.toString();
    }

    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    public void close() {
        if (a == null) return;
        try {
            if (a instanceof Closeable) ((Closeable) a).close();
        } catch (IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        ArrayList<Object> parts = parse(format);
        int last = -1, ordinary = -1;
        try {
            for (Object part : parts) {
                if (part instanceof String) {
                    a.append((String) part);
                    continue;
                }
                Spec s = (Spec) part;
                int index = s.index;
                if (index == -2) {
                    s.print(a, null);
                } else if (index == -1) {
                    if (last < 0 || (args != null && last > args.length - 1)) {
                        throw new MissingFormatArgumentException(s.toString());
                    }
                    s.print(a, args == null ? null : args[last]);
                } else if (index == 0) {
                    ordinary++;
                    last = ordinary;
                    if (args != null && ordinary > args.length - 1) throw new MissingFormatArgumentException(s.toString());
                    s.print(a, args == null ? null : args[ordinary]);
                } else {
                    last = index - 1;
                    if (args != null && last > args.length - 1) throw new MissingFormatArgumentException(s.toString());
                    s.print(a, args == null ? null : args[last]);
                }
            }
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }

    // ---- parsing ----

    private static final String CONVERSIONS = "bBhHsScCdoxXeEfgGaA%n";

    /** Splits the format into literal strings and Specs; throws the parse-time exceptions. */
    private static ArrayList<Object> parse(String s) {
        ArrayList<Object> out = new ArrayList<>();
        int i = 0, max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                out.add(s.substring(i));
                break;
            }
            if (n != i) out.add(s.substring(i, n));
            i = n + 1;
            if (i >= max) throw new UnknownFormatConversionException("%");
            char c = s.charAt(i);
            if (CONVERSIONS.indexOf(c) >= 0) {
                out.add(new Spec(-1, 0, -1, -1, false, c));
                i++;
                continue;
            }
            // %(\d+\$)?([-#+ 0,(\<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%])
            int p = i;
            int idxStart = -1, idxEnd = -1;
            int q = p;
            while (q < max && isDigit(s.charAt(q))) q++;
            if (q > p && q < max && s.charAt(q) == '$') {
                idxStart = p;
                idxEnd = q;
                p = q + 1;
            }
            int flagStart = p;
            while (p < max && "-#+ 0,(<".indexOf(s.charAt(p)) >= 0) p++;
            int flagEnd = p;
            int wStart = p;
            while (p < max && isDigit(s.charAt(p))) p++;
            int wEnd = p;
            int precStart = -1, precEnd = -1;
            if (p + 1 < max && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
                precStart = ++p;
                while (p < max && isDigit(s.charAt(p))) p++;
                precEnd = p;
            }
            boolean dt = false, dtUpper = false;
            if (p < max && (s.charAt(p) == 't' || s.charAt(p) == 'T')) {
                if (p + 1 < max && isConvChar(s.charAt(p + 1))) {
                    dt = true;
                    dtUpper = s.charAt(p) == 'T';
                    p++;
                }
            }
            if (p >= max || !isConvChar(s.charAt(p))) throw new UnknownFormatConversionException(String.valueOf(c));
            char conv = s.charAt(p);
            int index = 0;
            if (idxStart >= 0) {
                try {
                    index = Integer.parseInt(s.substring(idxStart, idxEnd));
                } catch (NumberFormatException e) {
                    throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
                }
                if (index <= 0) throw new IllegalFormatArgumentIndexException(index);
            }
            int flags = 0;
            for (int k = flagStart; k < flagEnd; k++) {
                int f = 1 << "-^#+ 0,(<".indexOf(s.charAt(k));
                if ((flags & f) != 0) throw new DuplicateFormatFlagsException(flagString(f));
                flags |= f;
            }
            if ((flags & PREVIOUS) != 0) index = -1;
            if (dtUpper) flags |= UPPER;
            int width = -1;
            if (wEnd > wStart) {
                try {
                    width = Integer.parseInt(s.substring(wStart, wEnd));
                } catch (NumberFormatException e) {
                    throw new IllegalFormatWidthException(Integer.MIN_VALUE);
                }
            }
            int prec = -1;
            if (precStart >= 0) {
                try {
                    prec = Integer.parseInt(s.substring(precStart, precEnd));
                } catch (NumberFormatException e) {
                    throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
                }
            }
            out.add(new Spec(index, flags, width, prec, dt, conv));
            i = p + 1;
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isConvChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    // flag bits, in the order HotSpot prints them
    static final int LEFT = 1, UPPER = 2, ALT = 4, PLUS = 8, SPACE = 16, ZERO = 32, GROUP = 64, PAREN = 128,
            PREVIOUS = 256;

    static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        String chars = "-^#+ 0,(<";
        for (int k = 0; k < chars.length(); k++) {
            if ((f & (1 << k)) != 0) sb.append(chars.charAt(k));
        }
        return sb.toString();
    }

    /** One conversion specifier. */
    private static final class Spec {
        int index;
        int flags;
        Class<?> bigDecimalClass;
        final int width;
        final int prec;
        final boolean dt;
        char c;

        Spec(int index, int flags, int width, int prec, boolean dt, char conv) {
            this.flags = flags;
            this.width = width;
            this.prec = prec;
            this.dt = dt;
            this.index = index == -1 && flags == 0 && width == -1 && prec == -1 && !dt ? 0 : index;
            if (dt) {
                this.c = conv;
                checkDateTime();
                return;
            }
            if (CONVERSIONS.indexOf(conv) < 0 || conv == 't' || conv == 'T') {
                throw new UnknownFormatConversionException(String.valueOf(conv));
            }
            if (Character.isUpperCase(conv)) {
                this.flags |= UPPER;
                conv = Character.toLowerCase(conv);
            }
            this.c = conv;
            switch (conv) {
                case 'b':
                case 'h':
                case 's':
                    checkGeneral();
                    break;
                case 'c':
                    checkCharacter();
                    break;
                case 'd':
                case 'o':
                case 'x':
                    checkInteger();
                    break;
                case 'e':
                case 'f':
                case 'g':
                case 'a':
                    checkFloat();
                    break;
                default:
                    this.index = -2;
                    checkText();
            }
        }

        /** Throws for the first of the given flags (in the given order, as HotSpot checks them) that is set. */
        private void checkBadFlags(int... bad) {
            for (int b : bad) {
                if ((flags & b) != 0) throw new FormatFlagsConversionMismatchException(flagString(b), c);
            }
        }

        private void checkGeneral() {
            if ((c == 'b' || c == 'h') && (flags & ALT) != 0) throw new FormatFlagsConversionMismatchException("#", c);
            if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
            checkBadFlags(PLUS, SPACE, ZERO, GROUP, PAREN);
        }

        private void checkCharacter() {
            if (prec != -1) throw new IllegalFormatPrecisionException(prec);
            checkBadFlags(ALT, PLUS, SPACE, ZERO, GROUP, PAREN);
            if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
        }

        private void checkNumeric() {
            if (width != -1 && width < 0) throw new IllegalFormatWidthException(width);
            if (prec != -1 && prec < 0) throw new IllegalFormatPrecisionException(prec);
            if (width == -1 && (flags & (LEFT | ZERO)) != 0) throw new MissingFormatWidthException(toString());
            if (((flags & PLUS) != 0 && (flags & SPACE) != 0) || ((flags & LEFT) != 0 && (flags & ZERO) != 0)) {
                throw new IllegalFormatFlagsException(flagString(flags));
            }
        }

        private void checkInteger() {
            checkNumeric();
            if (prec != -1) throw new IllegalFormatPrecisionException(prec);
            if (c == 'd') checkBadFlags(ALT);
            else checkBadFlags(GROUP);
        }

        private void checkFloat() {
            checkNumeric();
            if (c == 'a') checkBadFlags(PAREN, GROUP);
            else if (c == 'e') checkBadFlags(GROUP);
            else if (c == 'g') checkBadFlags(ALT);
        }

        private void checkDateTime() {
            if (prec != -1) throw new IllegalFormatPrecisionException(prec);
            if ("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".indexOf(c) < 0) throw new UnknownFormatConversionException("t" + c);
            checkBadFlags(ALT, PLUS, SPACE, ZERO, GROUP, PAREN);
            if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
        }

        private void checkText() {
            if (prec != -1) throw new IllegalFormatPrecisionException(prec);
            if (c == '%') {
                if (flags != LEFT && flags != 0) throw new IllegalFormatFlagsException(flagString(flags));
                if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
            } else {
                if (width != -1) throw new IllegalFormatWidthException(width);
                if (flags != 0) throw new IllegalFormatFlagsException(flagString(flags));
            }
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(flagString(flags & ~UPPER));
            if (index > 0) sb.append(index).append('$');
            if (width != -1) sb.append(width);
            if (prec != -1) sb.append('.').append(prec);
            if (dt) sb.append((flags & UPPER) != 0 ? 'T' : 't');
            sb.append((flags & UPPER) != 0 ? Character.toUpperCase(c) : c);
            return sb.toString();
        }

        // ---- printing ----

        void print(Appendable a, Object arg) throws IOException {
            if (dt) {
                if (arg == null) {
                    printString(a, "null");
                    return;
                }
                java.time.temporal.TemporalAccessor t;
                if (arg instanceof Long) {
                    t = java.time.Instant.ofEpochMilli((Long) arg).atZone(java.time.ZoneId.systemDefault());
                } else if (arg instanceof java.time.temporal.TemporalAccessor) {
                    t = (java.time.temporal.TemporalAccessor) arg;
                } else {
                    throw new IllegalFormatConversionException(c, arg.getClass());
                }
                StringBuilder sb = new StringBuilder();
                printTime(sb, t, c, arg.getClass());
                String out = sb.toString();
                if ((flags & UPPER) != 0) out = out.toUpperCase();
                justify(a, out);
                return;
            }
            switch (c) {
                case '%':
                    justify(a, "%");
                    return;
                case 'n':
                    a.append(System.lineSeparator());
                    return;
                case 'b':
                    printString(a, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true");
                    return;
                case 'h':
                    printString(a, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                    return;
                case 's':
                    if (arg instanceof Formattable) {
                        Formatter fmt = new Formatter(a);
                        ((Formattable) arg).formatTo(fmt, flags & (LEFT | UPPER | ALT), width, prec);
                        return;
                    }
                    if ((flags & ALT) != 0) throw new FormatFlagsConversionMismatchException("#", 's');
                    printString(a, arg == null ? "null" : arg.toString());
                    return;
                case 'c':
                    printChar(a, arg);
                    return;
                case 'd':
                case 'o':
                case 'x':
                    printInteger(a, arg);
                    return;
                default:
                    printFloat(a, arg);
            }
        }

        private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

        private static void pad(StringBuilder sb, long v, int width) {
            String d = Long.toString(v);
            for (int k = d.length(); k < width; k++) sb.append('0');
            sb.append(d);
        }

        private static long field(java.time.temporal.TemporalAccessor t, java.time.temporal.ChronoField f, char c,
                Class<?> argClass) {
            try {
                return t.getLong(f);
            } catch (java.time.DateTimeException e) {
                throw new IllegalFormatConversionException(c, argClass);
            }
        }

        /** One %t conversion of a temporal (English names, like HotSpot's default locale here). */
        private void printTime(StringBuilder sb, java.time.temporal.TemporalAccessor t, char c, Class<?> k) {
            switch (c) {
                case 'H':
                    pad(sb, field(t, java.time.temporal.ChronoField.HOUR_OF_DAY, c, k), 2);
                    break;
                case 'k':
                    pad(sb, field(t, java.time.temporal.ChronoField.HOUR_OF_DAY, c, k), 0);
                    break;
                case 'I':
                    pad(sb, field(t, java.time.temporal.ChronoField.CLOCK_HOUR_OF_AMPM, c, k), 2);
                    break;
                case 'l':
                    pad(sb, field(t, java.time.temporal.ChronoField.CLOCK_HOUR_OF_AMPM, c, k), 0);
                    break;
                case 'M':
                    pad(sb, field(t, java.time.temporal.ChronoField.MINUTE_OF_HOUR, c, k), 2);
                    break;
                case 'S':
                    pad(sb, field(t, java.time.temporal.ChronoField.SECOND_OF_MINUTE, c, k), 2);
                    break;
                case 'L':
                    pad(sb, field(t, java.time.temporal.ChronoField.MILLI_OF_SECOND, c, k), 3);
                    break;
                case 'N': {
                    long n;
                    try {
                        n = t.getLong(java.time.temporal.ChronoField.NANO_OF_SECOND);
                    } catch (java.time.DateTimeException e) {
                        n = field(t, java.time.temporal.ChronoField.MILLI_OF_SECOND, c, k) * 1000000L;
                    }
                    pad(sb, n, 9);
                    break;
                }
                case 'p':
                    sb.append(field(t, java.time.temporal.ChronoField.AMPM_OF_DAY, c, k) == 0 ? "am" : "pm");
                    break;
                case 'z': {
                    long off = field(t, java.time.temporal.ChronoField.OFFSET_SECONDS, c, k);
                    sb.append(off < 0 ? '-' : '+');
                    long m = Math.abs(off) / 60;
                    pad(sb, m / 60 * 100 + m % 60, 4);
                    break;
                }
                case 'Z': {
                    java.time.ZoneId z;
                    if (t instanceof java.time.ZonedDateTime) z = ((java.time.ZonedDateTime) t).getZone();
                    else if (t instanceof java.time.OffsetDateTime) z = ((java.time.OffsetDateTime) t).getOffset();
                    else throw new IllegalFormatConversionException(c, k);
                    String id = z.getId();
                    if (!(z instanceof java.time.ZoneOffset)) {
                        if (id.equals("Etc/UTC") || id.equals("UCT") || id.equals("Etc/UCT") || id.equals("Zulu")
                                || id.equals("Universal") || id.equals("Etc/Universal") || id.equals("Etc/Zulu")) {
                            id = "UTC";
                        } else if (id.startsWith("Etc/GMT") || id.equals("Greenwich") || id.equals("GMT0")) {
                            id = "GMT";
                        }
                    }
                    sb.append(id);
                    break;
                }
                case 's':
                    sb.append(field(t, java.time.temporal.ChronoField.INSTANT_SECONDS, c, k));
                    break;
                case 'Q':
                    sb.append(field(t, java.time.temporal.ChronoField.INSTANT_SECONDS, c, k) * 1000L
                            + field(t, java.time.temporal.ChronoField.MILLI_OF_SECOND, c, k));
                    break;
                case 'B':
                    sb.append(MONTHS[(int) field(t, java.time.temporal.ChronoField.MONTH_OF_YEAR, c, k) - 1]);
                    break;
                case 'b':
                case 'h':
                    sb.append(MONTHS[(int) field(t, java.time.temporal.ChronoField.MONTH_OF_YEAR, c, k) - 1], 0, 3);
                    break;
                case 'A':
                    sb.append(DAYS[(int) field(t, java.time.temporal.ChronoField.DAY_OF_WEEK, c, k) - 1]);
                    break;
                case 'a':
                    sb.append(DAYS[(int) field(t, java.time.temporal.ChronoField.DAY_OF_WEEK, c, k) - 1], 0, 3);
                    break;
                case 'C':
                    pad(sb, field(t, java.time.temporal.ChronoField.YEAR_OF_ERA, c, k) / 100, 2);
                    break;
                case 'y':
                    pad(sb, field(t, java.time.temporal.ChronoField.YEAR_OF_ERA, c, k) % 100, 2);
                    break;
                case 'Y':
                    pad(sb, field(t, java.time.temporal.ChronoField.YEAR_OF_ERA, c, k), 4);
                    break;
                case 'j':
                    pad(sb, field(t, java.time.temporal.ChronoField.DAY_OF_YEAR, c, k), 3);
                    break;
                case 'm':
                    pad(sb, field(t, java.time.temporal.ChronoField.MONTH_OF_YEAR, c, k), 2);
                    break;
                case 'd':
                    pad(sb, field(t, java.time.temporal.ChronoField.DAY_OF_MONTH, c, k), 2);
                    break;
                case 'e':
                    pad(sb, field(t, java.time.temporal.ChronoField.DAY_OF_MONTH, c, k), 0);
                    break;
                case 'R':
                    printTime(sb, t, 'H', k);
                    sb.append(':');
                    printTime(sb, t, 'M', k);
                    break;
                case 'T':
                    printTime(sb, t, 'H', k);
                    sb.append(':');
                    printTime(sb, t, 'M', k);
                    sb.append(':');
                    printTime(sb, t, 'S', k);
                    break;
                case 'r': {
                    printTime(sb, t, 'I', k);
                    sb.append(':');
                    printTime(sb, t, 'M', k);
                    sb.append(':');
                    printTime(sb, t, 'S', k);
                    sb.append(' ');
                    StringBuilder ap = new StringBuilder();
                    printTime(ap, t, 'p', k);
                    sb.append(ap.toString().toUpperCase());
                    break;
                }
                case 'D':
                    printTime(sb, t, 'm', k);
                    sb.append('/');
                    printTime(sb, t, 'd', k);
                    sb.append('/');
                    printTime(sb, t, 'y', k);
                    break;
                case 'F':
                    printTime(sb, t, 'Y', k);
                    sb.append('-');
                    printTime(sb, t, 'm', k);
                    sb.append('-');
                    printTime(sb, t, 'd', k);
                    break;
                default: // 'c'
                    printTime(sb, t, 'a', k);
                    sb.append(' ');
                    printTime(sb, t, 'b', k);
                    sb.append(' ');
                    printTime(sb, t, 'd', k);
                    sb.append(' ');
                    printTime(sb, t, 'T', k);
                    sb.append(' ');
                    printTime(sb, t, 'Z', k);
                    sb.append(' ');
                    printTime(sb, t, 'Y', k);
            }
        }

        private void printString(Appendable a, String s) throws IOException {
            if (prec != -1 && prec < s.length()) s = s.substring(0, prec);
            if ((flags & UPPER) != 0) s = s.toUpperCase();
            justify(a, s);
        }

        private void justify(Appendable a, CharSequence s) throws IOException {
            if (width == -1 || width <= s.length()) {
                a.append(s);
                return;
            }
            if ((flags & LEFT) != 0) a.append(s);
            for (int k = s.length(); k < width; k++) a.append(' ');
            if ((flags & LEFT) == 0) a.append(s);
        }

        private void printChar(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            int cp;
            if (arg instanceof Character) {
                cp = (Character) arg;
            } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
                cp = ((Number) arg).intValue();
                if (cp < 0 || cp > 0x10FFFF) throw new IllegalFormatCodePointException(cp);
            } else {
                throw new IllegalFormatConversionException(c, arg.getClass());
            }
            String s;
            if (cp >= 0x10000) {
                int v = cp - 0x10000;
                s = new String(new char[] {(char) (0xD800 + (v >> 10)), (char) (0xDC00 + (v & 0x3FF))});
            } else {
                s = String.valueOf((char) cp);
            }
            printString(a, s);
        }

        private void printInteger(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            long v;
            int bits;
            if (arg instanceof Integer) {
                v = (Integer) arg;
                bits = 32;
            } else if (arg instanceof Long) {
                v = (Long) arg;
                bits = 64;
            } else if (arg instanceof Byte) {
                v = (Byte) arg;
                bits = 8;
            } else if (arg instanceof Short) {
                v = (Short) arg;
                bits = 16;
            } else if (arg.getClass().getName().equals("java.math.BigInteger")) {
                printBigInteger(a, arg.toString());
                return;
            } else {
                throw new IllegalFormatConversionException(c, arg.getClass());
            }
            StringBuilder sb = new StringBuilder();
            if (c == 'd') {
                boolean neg = v < 0;
                String digits = Long.toString(v);
                leadingSign(sb, neg);
                magnitude(sb, digits, neg ? 1 : 0, adjustWidth(width, neg));
                trailingSign(sb, neg);
            } else {
                checkBadFlags(PAREN, SPACE, PLUS);
                if (v < 0 && bits < 64) v += 1L << bits;
                String s = c == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
                int len = s.length();
                if ((flags & ALT) != 0) {
                    len += c == 'o' ? 1 : 2;
                    sb.append(c == 'o' ? "0" : (flags & UPPER) != 0 ? "0X" : "0x");
                }
                if ((flags & ZERO) != 0) {
                    for (int k = len; k < width; k++) sb.append('0');
                }
                sb.append((flags & UPPER) != 0 ? s.toUpperCase() : s);
            }
            justify(a, sb);
        }

        /** A BigInteger, from its decimal text (java.math is reached by name only). */
        private void printBigInteger(Appendable a, String text) throws IOException {
            StringBuilder sb = new StringBuilder();
            boolean neg = text.startsWith("-");
            String mag = neg ? text.substring(1) : text;
            leadingSign(sb, neg);
            if (c == 'd') {
                magnitude(sb, mag, 0, adjustWidth(width, neg));
            } else {
                String s = Digits.toRadix(mag, c == 'o' ? 8 : 16);
                int len = s.length() + sb.length();
                if (neg && (flags & PAREN) != 0) len++;
                if ((flags & ALT) != 0) {
                    len += c == 'o' ? 1 : 2;
                    sb.append(c == 'o' ? "0" : (flags & UPPER) != 0 ? "0X" : "0x");
                }
                if ((flags & ZERO) != 0) {
                    for (int k = len; k < width; k++) sb.append('0');
                }
                sb.append((flags & UPPER) != 0 ? s.toUpperCase() : s);
            }
            trailingSign(sb, neg);
            justify(a, sb);
        }

        /** A BigDecimal, from its canonical toString (exact digits, HALF_UP as HotSpot's MathContext rounding). */
        private void printBigDecimal(Appendable a, String text) throws IOException {
            if (c == 'a') throw new IllegalFormatConversionException(c, bigDecimalClass);
            boolean neg = text.startsWith("-");
            String t = neg || text.startsWith("+") ? text.substring(1) : text;
            int ePos = t.indexOf('E');
            int exp10 = 0;
            if (ePos >= 0) {
                exp10 = Integer.parseInt(t.charAt(ePos + 1) == '+' ? t.substring(ePos + 2) : t.substring(ePos + 1));
                t = t.substring(0, ePos);
            }
            int dot = t.indexOf('.');
            String unscaled = dot < 0 ? t : t.substring(0, dot) + t.substring(dot + 1);
            int scale = (dot < 0 ? 0 : t.length() - dot - 1) - exp10;
            // strip leading zeros of the unscaled value
            int st = 0;
            while (st < unscaled.length() - 1 && unscaled.charAt(st) == '0') st++;
            unscaled = unscaled.substring(st);
            boolean zero = unscaled.equals("0");
            int point = unscaled.length() - scale; // value = 0.unscaled x 10^point
            String digits = unscaled;
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') end--;
            digits = digits.substring(0, end);
            StringBuilder sb = new StringBuilder();
            leadingSign(sb, neg);
            if (c == 'f') {
                int p = prec == -1 ? 6 : prec;
                String mant = zero ? Digits.fixed(0.0, p) : Digits.fixedOf(digits, point, p);
                if ((flags & ALT) != 0 && p == 0) mant += ".";
                magnitude(sb, mant, 0, adjustWidth(width, neg));
            } else if (c == 'e') {
                int p = prec == -1 ? 6 : prec;
                String[] me = zero ? zeroScientific(p, scale) : bigScientific(unscaled, digits, point, scale, p);
                String mant = me[0];
                if ((flags & ALT) != 0 && p == 0) mant += ".";
                int w = width == -1 ? -1 : adjustWidth(width - me[1].length() - 1, neg);
                magnitude(sb, mant, 0, w);
                sb.append((flags & UPPER) != 0 ? 'E' : 'e').append(me[1]);
            } else {
                int p = prec == -1 ? 6 : prec == 0 ? 1 : prec;
                String mant;
                String exp = null;
                if (zero) {
                    if (scale == 0) {
                        mant = Digits.fixed(0.0, p - 1);
                    } else {
                        String[] me = zeroScientific(p - 1, scale);
                        mant = me[0];
                        exp = me[1];
                    }
                } else {
                    String[] me = bigScientific(unscaled, digits, point, scale, p - 1);
                    int e = Integer.parseInt(me[1].charAt(0) == '+' ? me[1].substring(1) : me[1]);
                    if (e >= -4 && e < p) {
                        mant = Digits.fixedOf(digits, point, p - 1 - e);
                    } else {
                        mant = me[0];
                        exp = me[1];
                    }
                }
                int w = width == -1 ? -1 : exp != null ? adjustWidth(width - exp.length() - 1, neg) : adjustWidth(width, neg);
                magnitude(sb, mant, 0, w);
                if (exp != null) sb.append((flags & UPPER) != 0 ? 'E' : 'e').append(exp);
            }
            trailingSign(sb, neg);
            justify(a, sb);
        }

        /**
         * Scientific form of a non-zero BigDecimal. HotSpot pads the exponent to two digits except when the
         * value rounded to prec+1 digits has scale 0 and exactly ten digits: then it prints "e+9".
         */
        private static String[] bigScientific(String unscaled, String digits, int point, int scale, int p) {
            String[] me = Digits.scientificOf(digits, point, p);
            int origPrec = unscaled.length();
            int finalScale = scale, finalLen = origPrec;
            if (p <= origPrec - 1) {
                int compPrec = p + 1;
                finalScale = scale - (origPrec - compPrec);
                finalLen = compPrec;
                boolean allNines = true;
                for (int k = 0; k < compPrec && allNines; k++) allNines = unscaled.charAt(k) == '9';
                if (allNines && compPrec < origPrec && unscaled.charAt(compPrec) >= '5') finalScale--;
            }
            if (finalScale == 0 && finalLen == 10 && me[1].equals("+09")) me[1] = "+9";
            return me;
        }

        /** A BigDecimal zero in scientific form: its exponent is minus its scale. */
        private static String[] zeroScientific(int p, int scale) {
            String[] me = Digits.scientific(0.0, p);
            int ax = Math.abs(scale);
            me[1] = (scale > 0 ? "-" : "+") + (ax < 10 ? "0" : "") + ax;
            return me;
        }

        private void leadingSign(StringBuilder sb, boolean neg) {
            if (!neg) {
                if ((flags & PLUS) != 0) sb.append('+');
                else if ((flags & SPACE) != 0) sb.append(' ');
            } else {
                sb.append((flags & PAREN) != 0 ? '(' : '-');
            }
        }

        private void trailingSign(StringBuilder sb, boolean neg) {
            if (neg && (flags & PAREN) != 0) sb.append(')');
        }

        private int adjustWidth(int w, boolean neg) {
            return w != -1 && neg && (flags & PAREN) != 0 ? w - 1 : w;
        }

        /** Appends digits (with an optional '.') from offset, grouping the integer part and zero-padding to w. */
        private void magnitude(StringBuilder sb, CharSequence value, int offset, int w) {
            int begin = sb.length();
            int len = value.length();
            int dot = len;
            for (int j = offset; j < len; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            boolean group = (flags & GROUP) != 0;
            for (int j = offset; j < len; j++) {
                if (j == dot) {
                    sb.append('.');
                    group = false;
                    continue;
                }
                sb.append(value.charAt(j));
                if (group && j != dot - 1 && (dot - j) % 3 == 1) sb.append(',');
            }
            if (w != -1 && (flags & ZERO) != 0) {
                for (int k = sb.length(); k < w; k++) sb.insert(begin, '0');
            }
        }

        private void printFloat(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            double value;
            if (arg instanceof Double) {
                value = (Double) arg;
            } else if (arg instanceof Float) {
                value = (Float) arg;
            } else if (arg.getClass().getName().equals("java.math.BigDecimal")) {
                bigDecimalClass = arg.getClass();
                printBigDecimal(a, arg.toString());
                return;
            } else {
                throw new IllegalFormatConversionException(c, arg.getClass());
            }
            StringBuilder sb = new StringBuilder();
            boolean neg = Double.compare(value, 0.0) == -1;
            if (value != value) {
                sb.append((flags & UPPER) != 0 ? "NAN" : "NaN");
            } else {
                double v = Math.abs(value);
                leadingSign(sb, neg);
                if (v == Double.POSITIVE_INFINITY) sb.append((flags & UPPER) != 0 ? "INFINITY" : "Infinity");
                else printFinite(sb, v, neg);
                trailingSign(sb, neg);
            }
            justify(a, sb);
        }

        private void printFinite(StringBuilder sb, double v, boolean neg) {
            if (c == 'e') {
                int p = prec == -1 ? 6 : prec;
                String[] me = Digits.scientific(v, p);
                String mant = me[0];
                if ((flags & ALT) != 0 && p == 0) mant += ".";
                String exp = me[1];
                int w = width == -1 ? -1 : adjustWidth(width - exp.length() - 1, neg);
                magnitude(sb, mant, 0, w);
                sb.append((flags & UPPER) != 0 ? 'E' : 'e').append(exp);
            } else if (c == 'f') {
                int p = prec == -1 ? 6 : prec;
                String mant = Digits.fixed(v, p);
                if ((flags & ALT) != 0 && p == 0) mant += ".";
                magnitude(sb, mant, 0, adjustWidth(width, neg));
            } else if (c == 'g') {
                int p = prec == -1 ? 6 : prec == 0 ? 1 : prec;
                String mant;
                String exp = null;
                if (v == 0.0) {
                    mant = Digits.fixed(0.0, p - 1);
                } else {
                    String[] me = Digits.scientific(v, p - 1);
                    int e = Integer.parseInt(me[1].charAt(0) == '+' ? me[1].substring(1) : me[1]);
                    if (e >= -4 && e < p) {
                        mant = Digits.fixed(v, p - 1 - e);
                    } else {
                        mant = me[0];
                        exp = me[1];
                    }
                }
                int w = width == -1 ? -1 : exp != null ? adjustWidth(width - exp.length() - 1, neg) : adjustWidth(width, neg);
                magnitude(sb, mant, 0, w);
                if (exp != null) sb.append((flags & UPPER) != 0 ? 'E' : 'e').append(exp);
            } else {
                // as HotSpot: zero padding is sized on the shortest form, then the fraction is padded to prec
                int p = prec == 0 ? 1 : prec;
                String s = Digits.hex(v, p);
                int signLen = sb.length();
                sb.append((flags & UPPER) != 0 ? "0X" : "0x");
                if ((flags & ZERO) != 0) {
                    for (int k = s.length() + 2 + signLen; k < width; k++) sb.append('0');
                }
                int idx = s.indexOf('p');
                StringBuilder va = new StringBuilder((flags & UPPER) != 0 ? s.substring(0, idx).toUpperCase() : s.substring(0, idx));
                if (p > 0) {
                    int frac = va.length() - va.indexOf(".") - 1;
                    for (int k = frac; k < p; k++) va.append('0');
                }
                sb.append(va).append((flags & UPPER) != 0 ? 'P' : 'p').append(s, idx + 1, s.length());
            }
        }
    }

    /** Decimal digits of doubles as HotSpot's Formatter takes them: Double.toString's digits, rounded HALF_UP. */
    static final class Digits {
        private Digits() {}

        /** digits (no leading/trailing zeros) of v > 0 and exponent e with v = 0.digits x 10^e; out[0] = e. */
        static String decompose(double v, int[] out) {
            String s = Double.toString(v);
            int ePos = s.indexOf('E');
            int e10 = 0;
            if (ePos >= 0) {
                e10 = Integer.parseInt(s.substring(ePos + 1));
                s = s.substring(0, ePos);
            }
            int dot = s.indexOf('.');
            String digits = s.substring(0, dot) + s.substring(dot + 1);
            int point = dot + e10;
            int start = 0;
            while (start < digits.length() - 1 && digits.charAt(start) == '0') {
                start++;
                point--;
            }
            int end = digits.length();
            while (end > start + 1 && digits.charAt(end - 1) == '0') end--;
            out[0] = point;
            return digits.substring(start, end);
        }

        /** Keeps the first keep digits (keep may be <= 0), rounding half up; out[0] += 1 on a carry. */
        static String round(String d, int keep, int[] out) {
            if (keep >= d.length()) return d;
            if (keep < 0) return "";
            boolean up = d.charAt(keep) >= '5';
            char[] r = d.substring(0, keep).toCharArray();
            if (!up) return new String(r);
            int k = keep - 1;
            while (k >= 0 && r[k] == '9') r[k--] = '0';
            if (k >= 0) {
                r[k]++;
                return new String(r);
            }
            out[0]++;
            return "1" + new String(r);
        }

        static String fixed(double v, int prec) {
            if (v != 0.0) {
                int[] e = new int[1];
                String d = decompose(v, e);
                return fixedOf(d, e[0], prec);
            }
            StringBuilder sb = new StringBuilder("0");
            if (prec > 0) {
                sb.append('.');
                for (int k = 0; k < prec; k++) sb.append('0');
            }
            return sb.toString();
        }

        /** Fixed notation of 0.d x 10^point (d without leading zeros), prec digits after the point, HALF_UP. */
        static String fixedOf(String d, int point0, int prec) {
            StringBuilder sb = new StringBuilder();
            {
                int[] e = {point0};
                d = round(d, e[0] + prec, e);
                int point = e[0];
                if (point <= 0) {
                    sb.append('0');
                } else {
                    for (int k = 0; k < point; k++) sb.append(k < d.length() ? d.charAt(k) : '0');
                }
                if (prec > 0) {
                    sb.append('.');
                    for (int k = 0; k < prec; k++) {
                        int pos = point + k;
                        sb.append(pos >= 0 && pos < d.length() ? d.charAt(pos) : '0');
                    }
                }
                return sb.toString();
            }
        }

        /** {mantissa "d.ddd", exponent "+05"} with prec digits after the point. */
        static String[] scientific(double v, int prec) {
            if (v != 0.0) {
                int[] e = new int[1];
                String d = decompose(v, e);
                return scientificOf(d, e[0], prec);
            }
            StringBuilder sb = new StringBuilder("0");
            if (prec > 0) sb.append('.');
            for (int k = 0; k < prec; k++) sb.append('0');
            return new String[] {sb.toString(), "+00"};
        }

        /** scientific() of 0.d x 10^point. */
        static String[] scientificOf(String d, int point, int prec) {
            StringBuilder sb = new StringBuilder();
            int exp;
            {
                int[] e = {point};
                d = round(d, prec + 1, e);
                exp = e[0] - 1;
                sb.append(d.charAt(0));
                if (prec > 0) sb.append('.');
                for (int k = 1; k <= prec; k++) sb.append(k < d.length() ? d.charAt(k) : '0');
            }
            int ax = Math.abs(exp);
            String es = (exp < 0 ? "-" : "+") + (ax < 10 ? "0" : "") + ax;
            return new String[] {sb.toString(), es};
        }

        /** Non-negative decimal digits in radix 8 or 16 (for BigInteger). */
        static String toRadix(String dec, int radix) {
            int[] num = new int[dec.length()];
            for (int i = 0; i < num.length; i++) num[i] = dec.charAt(i) - '0';
            StringBuilder out = new StringBuilder();
            int start = 0;
            while (start < num.length && num[start] == 0) start++;
            if (start == num.length) return "0";
            while (start < num.length) {
                int rem = 0;
                for (int i = start; i < num.length; i++) {
                    int cur = rem * 10 + num[i];
                    num[i] = cur / radix;
                    rem = cur % radix;
                }
                out.append(Character.forDigit(rem, radix));
                while (start < num.length && num[start] == 0) start++;
            }
            return out.reverse().toString();
        }

        /** The part after "0x" of %a: "1.8p1", subnormals as "0.0...p-1022", rounded half even to prec digits. */
        static String hex(double v, int prec) {
            long bits = Double.doubleToRawLongBits(v);
            long frac = bits & 0xFFFFFFFFFFFFFL;
            int bexp = (int) ((bits >>> 52) & 0x7FF);
            if (v == 0.0) return "0.0p0";
            boolean sub = bexp == 0;
            int exp = sub ? -1022 : bexp - 1023;
            long lead = sub ? 0 : 1;
            if (sub && prec != -1 && prec < 13) {
                // with a precision HotSpot normalizes subnormals
                while ((frac & (1L << 52)) == 0) {
                    frac <<= 1;
                    exp--;
                }
                frac &= 0xFFFFFFFFFFFFFL;
                lead = 1;
                sub = false;
            }
            if (prec != -1 && prec < 13) {
                int p = prec == 0 ? 1 : prec;
                int drop = (13 - p) * 4;
                long mant = (lead << 52) | frac;
                long half = 1L << (drop - 1);
                long rem = mant & ((1L << drop) - 1);
                mant >>>= drop;
                if (rem > half || (rem == half && (mant & 1) != 0)) mant++;
                long fracBits = mant & ((1L << (p * 4)) - 1);
                lead = mant >>> (p * 4);
                if (!sub && lead == 2) {
                    lead = 1;
                    exp++;
                }
                String hs = Long.toHexString(fracBits);
                while (hs.length() < p) hs = "0" + hs;
                return lead + "." + stripZeros(hs) + "p" + exp;
            }
            String hs = Long.toHexString(frac);
            while (hs.length() < 13) hs = "0" + hs;
            return lead + "." + stripZeros(hs) + "p" + exp;
        }

        private static String stripZeros(String hs) {
            int end = hs.length();
            while (end > 1 && hs.charAt(end - 1) == '0') end--;
            return hs.substring(0, end);
        }
    }
}
