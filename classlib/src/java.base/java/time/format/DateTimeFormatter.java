package java.time.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;

/**
 * Formats and parses date-times. A formatter is a list of elements (numbers,
 * fractions, texts, literals, offsets, optional sections); parsing collects
 * field values and then resolves them into a date and/or a time.
 */
public final class DateTimeFormatter {
    private final Elem[] elems;
    private final ResolverStyle resolverStyle;
    private final boolean caseInsensitive;
    private final ZoneId zone;
    private String desc; // HotSpot's toString of the predefined formatters

    DateTimeFormatter(Elem[] elems, ResolverStyle style, boolean ci, ZoneId zone) {
        this.elems = elems;
        this.resolverStyle = style;
        this.caseInsensitive = ci;
        this.zone = zone;
        link(elems);
    }

    private DateTimeFormatter described(String d) {
        desc = d;
        return this;
    }

    private static final String D_DATE = "(Value(Year,4,10,EXCEEDS_PAD)'-'Value(MonthOfYear,2)'-'Value(DayOfMonth,2))";
    private static final String D_TIME = "(Value(HourOfDay,2)':'Value(MinuteOfHour,2)[':'Value(SecondOfMinute,2)"
            + "[Fraction(NanoOfSecond,0,9,DecimalPoint)]])";
    private static final String D_LDT = "(ParseCaseSensitive(false)" + D_DATE + "'T'" + D_TIME + ")";
    private static final String D_ODT = "(ParseCaseSensitive(false)" + D_LDT + "ParseStrict(false)Offset(+HH:MM:ss,'Z')ParseStrict(true))";
    private static final String D_OFF = "Offset(+HH:MM:ss,'Z')";
    private static final String D_ZONE = "'['ParseCaseSensitive(true)ZoneRegionId()']'";

    // ------------------------------------------------------------------ predefined

    private static Elem[] isoLocalDate() {
        return new Elem[] {new Num(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD), new Lit("-"),
            new Num(ChronoField.MONTH_OF_YEAR, 2, 2, SignStyle.NOT_NEGATIVE), new Lit("-"),
            new Num(ChronoField.DAY_OF_MONTH, 2, 2, SignStyle.NOT_NEGATIVE)};
    }

    private static Elem[] isoLocalTime() {
        return new Elem[] {new Num(ChronoField.HOUR_OF_DAY, 2, 2, SignStyle.NOT_NEGATIVE), new Lit(":"),
            new Num(ChronoField.MINUTE_OF_HOUR, 2, 2, SignStyle.NOT_NEGATIVE),
            new Opt(new Elem[] {new Lit(":"), new Num(ChronoField.SECOND_OF_MINUTE, 2, 2, SignStyle.NOT_NEGATIVE),
                new Opt(new Elem[] {new Frac(0, 9, true)})})};
    }

    private static Elem[] cat(Object... parts) {
        ArrayList<Elem> l = new ArrayList<>();
        for (Object o : parts) {
            if (o instanceof Elem[]) {
                for (Elem e : (Elem[]) o) l.add(e);
            } else {
                l.add((Elem) o);
            }
        }
        return arr(l);
    }

    private static Elem[] isoLocalDateTime() {
        return cat(isoLocalDate(), new Lit("T"), isoLocalTime());
    }

    private static Elem[] isoOffsetDateTime() {
        return cat(isoLocalDateTime(), new StrictElem(false), new Offset("+HH:MM:ss", "Z"), new StrictElem(true));
    }

    public static final DateTimeFormatter ISO_LOCAL_DATE = new DateTimeFormatter(isoLocalDate(), ResolverStyle.STRICT, false, null).described(D_DATE.substring(1, D_DATE.length() - 1));
    public static final DateTimeFormatter ISO_LOCAL_TIME = new DateTimeFormatter(isoLocalTime(), ResolverStyle.STRICT, false, null).described(D_TIME.substring(1, D_TIME.length() - 1));
    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = new DateTimeFormatter(isoLocalDateTime(), ResolverStyle.STRICT, true, null).described(D_LDT.substring(1, D_LDT.length() - 1));
    public static final DateTimeFormatter ISO_OFFSET_DATE_TIME = new DateTimeFormatter(isoOffsetDateTime(), ResolverStyle.STRICT, true, null).described(D_ODT.substring(1, D_ODT.length() - 1));
    public static final DateTimeFormatter ISO_ZONED_DATE_TIME = new DateTimeFormatter(cat(isoOffsetDateTime(),
            new Opt(new Elem[] {new Lit("["), new ZoneText(), new Lit("]")})), ResolverStyle.STRICT, true, null).described(D_ODT + "[" + D_ZONE + "]");
    public static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatter(cat(isoLocalDateTime(),
            new Opt(new Elem[] {new Offset("+HH:MM:ss", "Z"),
                new Opt(new Elem[] {new Lit("["), new ZoneText(), new Lit("]")})})), ResolverStyle.STRICT, true, null).described(D_LDT + "[" + D_OFF + "[" + D_ZONE + "]]");
    public static final DateTimeFormatter ISO_DATE = new DateTimeFormatter(cat(isoLocalDate(),
            new Opt(new Elem[] {new Offset("+HH:MM:ss", "Z")})), ResolverStyle.STRICT, true, null).described("ParseCaseSensitive(false)" + D_DATE + "[" + D_OFF + "]");
    public static final DateTimeFormatter ISO_TIME = new DateTimeFormatter(cat(isoLocalTime(),
            new Opt(new Elem[] {new Offset("+HH:MM:ss", "Z")})), ResolverStyle.STRICT, true, null).described("ParseCaseSensitive(false)" + D_TIME + "[" + D_OFF + "]");
    public static final DateTimeFormatter ISO_OFFSET_DATE = new DateTimeFormatter(cat(isoLocalDate(),
            new Offset("+HH:MM:ss", "Z")), ResolverStyle.STRICT, true, null).described("ParseCaseSensitive(false)" + D_DATE + D_OFF);
    public static final DateTimeFormatter ISO_OFFSET_TIME = new DateTimeFormatter(cat(isoLocalTime(),
            new Offset("+HH:MM:ss", "Z")), ResolverStyle.STRICT, true, null).described("ParseCaseSensitive(false)" + D_TIME + D_OFF);
    public static final DateTimeFormatter ISO_ORDINAL_DATE = new DateTimeFormatter(new Elem[] {
        new Num(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD), new Lit("-"),
        new Num(ChronoField.DAY_OF_YEAR, 3, 3, SignStyle.NOT_NEGATIVE),
        new Opt(new Elem[] {new Offset("+HH:MM:ss", "Z")})}, ResolverStyle.STRICT, true, null).described("ParseCaseSensitive(false)Value(Year,4,10,EXCEEDS_PAD)'-'Value(DayOfYear,3)[" + D_OFF + "]");
    public static final DateTimeFormatter ISO_WEEK_DATE = new DateTimeFormatter(new Elem[] {
        new Num(java.time.temporal.IsoFields.WEEK_BASED_YEAR, 4, 10, SignStyle.EXCEEDS_PAD), new Lit("-W"),
        new Num(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2, 2, SignStyle.NOT_NEGATIVE), new Lit("-"),
        new Num(ChronoField.DAY_OF_WEEK, 1, 1, SignStyle.NOT_NEGATIVE),
        new Opt(new Elem[] {new Offset("+HH:MM:ss", "Z")})}, ResolverStyle.STRICT, true, null)
            .described("ParseCaseSensitive(false)Value(WeekBasedYear,4,10,EXCEEDS_PAD)'-W'Value(WeekOfWeekBasedYear,2)'-'"
                    + "Value(DayOfWeek,1)[Offset(+HH:MM:ss,'Z')]");
    public static final DateTimeFormatter ISO_INSTANT = new DateTimeFormatter(new Elem[] {new InstantElem()},
            ResolverStyle.STRICT, true, null).described("ParseCaseSensitive(false)Instant()");
    public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatter(new Elem[] {
        new Num(ChronoField.YEAR, 4, 4, SignStyle.NOT_NEGATIVE), new Num(ChronoField.MONTH_OF_YEAR, 2, 2, SignStyle.NOT_NEGATIVE),
        new Num(ChronoField.DAY_OF_MONTH, 2, 2, SignStyle.NOT_NEGATIVE),
        new Opt(new Elem[] {new StrictElem(false), new Offset("+HHMMss", "Z"), new StrictElem(true)})},
        ResolverStyle.STRICT, true, null).described("ParseCaseSensitive(false)Value(Year,4)Value(MonthOfYear,2)Value(DayOfMonth,2)[ParseStrict(false)Offset(+HHMMss,'Z')ParseStrict(true)]");

    // ------------------------------------------------------------------ patterns

    // English (the default locale's) localized patterns
    private static String datePattern(FormatStyle s) {
        switch (s) {
            case FULL:
                return "EEEE, MMMM d, y";
            case LONG:
                return "MMMM d, y";
            case MEDIUM:
                return "MMM d, y";
            default:
                return "M/d/yy";
        }
    }

    private static String timePattern(FormatStyle s) {
        switch (s) {
            case FULL:
                return "h:mm:ss a zzzz";
            case LONG:
                return "h:mm:ss a z";
            case MEDIUM:
                return "h:mm:ss a";
            default:
                return "h:mm a";
        }
    }

    private static DateTimeFormatter localized(FormatStyle date, FormatStyle time) {
        String p = date != null && time != null ? datePattern(date) + ", " + timePattern(time)
                : date != null ? datePattern(date) : timePattern(time);
        return new DateTimeFormatter(compile(p), ResolverStyle.SMART, false, null)
                .described("Localized(" + (date == null ? "" : date) + "," + (time == null ? "" : time) + ")");
    }

    public static DateTimeFormatter ofLocalizedDate(FormatStyle dateStyle) {
        if (dateStyle == null) throw new NullPointerException("dateStyle");
        return localized(dateStyle, null);
    }

    public static DateTimeFormatter ofLocalizedTime(FormatStyle timeStyle) {
        if (timeStyle == null) throw new NullPointerException("timeStyle");
        return localized(null, timeStyle);
    }

    public static DateTimeFormatter ofLocalizedDateTime(FormatStyle dateTimeStyle) {
        if (dateTimeStyle == null) throw new NullPointerException("dateTimeStyle");
        return localized(dateTimeStyle, dateTimeStyle);
    }

    public static DateTimeFormatter ofLocalizedDateTime(FormatStyle dateStyle, FormatStyle timeStyle) {
        if (dateStyle == null) throw new NullPointerException("dateStyle");
        if (timeStyle == null) throw new NullPointerException("timeStyle");
        return localized(dateStyle, timeStyle);
    }

    public static DateTimeFormatter ofPattern(String pattern) {
        if (pattern == null) throw new NullPointerException("pattern");
        return new DateTimeFormatter(compile(pattern), ResolverStyle.SMART, false, null);
    }

    static Elem[] compile(String p) {
        ArrayList<ArrayList<Elem>> stack = new ArrayList<>();
        stack.add(new ArrayList<>());
        int n = p.length();
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            ArrayList<Elem> cur = stack.get(stack.size() - 1);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                int j = i;
                while (j < n && p.charAt(j) == c) j++;
                cur.add(letter(c, j - i));
                i = j;
            } else if (c == '\'') {
                int j = i + 1;
                StringBuilder sb = new StringBuilder();
                while (true) {
                    if (j >= n) throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + p);
                    char d = p.charAt(j);
                    if (d == '\'') {
                        if (j + 1 < n && p.charAt(j + 1) == '\'') {
                            sb.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    sb.append(d);
                    j++;
                }
                if (j == i + 1) cur.add(new Lit("'"));
                else cur.add(new Lit(sb.toString()));
                i = j + 1;
            } else if (c == '[') {
                stack.add(new ArrayList<>());
                i++;
            } else if (c == ']') {
                if (stack.size() == 1) throw new IllegalArgumentException("Pattern invalid as it contains ] without previous [");
                ArrayList<Elem> inner = stack.remove(stack.size() - 1);
                stack.get(stack.size() - 1).add(new Opt(arr(inner)));
                i++;
            } else if (c == '{' || c == '}' || c == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + c + "'");
            } else {
                cur.add(new Lit(String.valueOf(c)));
                i++;
            }
        }
        while (stack.size() > 1) {
            ArrayList<Elem> inner = stack.remove(stack.size() - 1);
            stack.get(stack.size() - 1).add(new Opt(arr(inner)));
        }
        return arr(stack.get(0));
    }

    private static IllegalArgumentException tooMany(char c) {
        return new IllegalArgumentException("Too many pattern letters: " + c);
    }

    private static Elem value(ChronoField f, int count, int max) {
        if (count == 1) return new Num(f, 1, 19, SignStyle.NORMAL);
        if (count == 2) return new Num(f, 2, 2, SignStyle.NOT_NEGATIVE);
        if (count > max) throw tooMany(f == ChronoField.DAY_OF_MONTH ? 'd' : '?');
        return new Num(f, count, count, SignStyle.NOT_NEGATIVE);
    }

    private static Elem letter(char c, int count) {
        switch (c) {
            case 'G':
                if (count > 5) throw tooMany(c);
                return new Text(ChronoField.ERA, count == 4 ? 1 : count == 5 ? 2 : 0);
            case 'y':
            case 'u': {
                ChronoField f = c == 'y' ? ChronoField.YEAR_OF_ERA : ChronoField.YEAR;
                if (count == 2) return new Reduced(f);
                if (count < 4) return new Num(f, count, 19, SignStyle.NORMAL);
                return new Num(f, count, 19, SignStyle.EXCEEDS_PAD);
            }
            case 'M':
            case 'L':
                if (count == 1) return new Num(ChronoField.MONTH_OF_YEAR, 1, 19, SignStyle.NORMAL);
                if (count == 2) return new Num(ChronoField.MONTH_OF_YEAR, 2, 2, SignStyle.NOT_NEGATIVE);
                if (count == 3) return new Text(ChronoField.MONTH_OF_YEAR, 0);
                if (count == 4) return new Text(ChronoField.MONTH_OF_YEAR, 1);
                if (count == 5) return new Text(ChronoField.MONTH_OF_YEAR, 2);
                throw tooMany(c);
            case 'd':
            case 'h':
            case 'H':
            case 'k':
            case 'K':
            case 'm':
            case 's': {
                ChronoField f = c == 'd' ? ChronoField.DAY_OF_MONTH : c == 'h' ? ChronoField.CLOCK_HOUR_OF_AMPM
                        : c == 'H' ? ChronoField.HOUR_OF_DAY : c == 'k' ? ChronoField.CLOCK_HOUR_OF_DAY
                        : c == 'K' ? ChronoField.HOUR_OF_AMPM : c == 'm' ? ChronoField.MINUTE_OF_HOUR
                        : ChronoField.SECOND_OF_MINUTE;
                if (count == 1) return new Num(f, 1, 19, SignStyle.NORMAL);
                if (count == 2) return new Num(f, 2, 2, SignStyle.NOT_NEGATIVE);
                throw tooMany(c);
            }
            case 'D':
                if (count == 1) return new Num(ChronoField.DAY_OF_YEAR, 1, 19, SignStyle.NORMAL);
                if (count == 2) return new Num(ChronoField.DAY_OF_YEAR, 2, 3, SignStyle.NOT_NEGATIVE);
                if (count == 3) return new Num(ChronoField.DAY_OF_YEAR, 3, 3, SignStyle.NOT_NEGATIVE);
                throw tooMany(c);
            case 'E':
                if (count <= 3) return new Text(ChronoField.DAY_OF_WEEK, 0);
                if (count == 4) return new Text(ChronoField.DAY_OF_WEEK, 1);
                if (count == 5) return new Text(ChronoField.DAY_OF_WEEK, 2);
                throw tooMany(c);
            case 'a':
                if (count == 1) return new Text(ChronoField.AMPM_OF_DAY, 0);
                throw tooMany(c);
            case 'S':
                if (count > 9) throw new IllegalArgumentException("Minimum width must be from 0 to 9 inclusive but was " + count);
                return new Frac(count, count, false);
            case 'n':
                return new Num(ChronoField.NANO_OF_SECOND, count, 19, SignStyle.NOT_NEGATIVE);
            case 'N':
                return new Num(ChronoField.NANO_OF_DAY, count, 19, SignStyle.NOT_NEGATIVE);
            case 'A':
                return new Num(ChronoField.MILLI_OF_DAY, count, 19, SignStyle.NOT_NEGATIVE);
            case 'V':
                if (count != 2) throw new IllegalArgumentException("Pattern letter count must be 2: " + c);
                return new ZoneText();
            case 'z':
                if (count > 4) throw tooMany(c);
                return new ZoneText();
            case 'X':
                if (count > 5) throw tooMany(c);
                return new Offset(OFFSET_PATTERNS[count == 1 ? 0 : count == 2 ? 1 : count == 3 ? 2 : count == 4 ? 3 : 4], "Z");
            case 'x': {
                if (count > 5) throw tooMany(c);
                String pat = OFFSET_PATTERNS[count == 1 ? 0 : count == 2 ? 1 : count == 3 ? 2 : count == 4 ? 3 : 4];
                String zero = count == 1 ? "+00" : count % 2 == 0 ? "+0000" : "+00:00";
                return new Offset(pat, zero);
            }
            case 'Z':
                if (count < 4) return new Offset("+HHMM", "+0000");
                if (count == 4) return new LocalizedOffset(true);
                if (count == 5) return new Offset("+HH:MM:ss", "Z");
                throw tooMany(c);
            case 'O':
                if (count == 1) return new LocalizedOffset(false);
                if (count == 4) return new LocalizedOffset(true);
                throw new IllegalArgumentException("Pattern letter count must be 1 or 4: " + c);
            case 'Q':
            case 'q':
                if (count == 1) return new Num(java.time.temporal.IsoFields.QUARTER_OF_YEAR, 1, 19, SignStyle.NORMAL);
                if (count == 2) return new Num(java.time.temporal.IsoFields.QUARTER_OF_YEAR, 2, 2, SignStyle.NOT_NEGATIVE);
                if (count <= 5) return new QuarterText(count == 3 ? 0 : count == 4 ? 1 : 2);
                throw tooMany(c);
            // the localized week fields parse like HotSpot's: e/c/W one digit, w one or two
            case 'Y': {
                TemporalField f = WEEKS.weekBasedYear();
                if (count == 2) return new Reduced(f);
                return new Num(f, count, 19, count < 4 ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD);
            }
            case 'w':
                if (count == 1) return new Num(WEEKS.weekOfWeekBasedYear(), 1, 2, SignStyle.NOT_NEGATIVE);
                if (count == 2) return new Num(WEEKS.weekOfWeekBasedYear(), 2, 2, SignStyle.NOT_NEGATIVE);
                throw tooMany(c);
            case 'W':
                if (count == 1) return new Num(WEEKS.weekOfMonth(), 1, 1, SignStyle.NOT_NEGATIVE);
                throw tooMany(c);
            case 'e':
            case 'c':
                if (count == 1) return new Num(WEEKS.dayOfWeek(), 1, 1, SignStyle.NOT_NEGATIVE);
                if (count == 2) {
                    if (c == 'c') throw new IllegalArgumentException("Invalid pattern \"cc\"");
                    return new Num(WEEKS.dayOfWeek(), 2, 2, SignStyle.NOT_NEGATIVE);
                }
                if (count <= 5) return new Text(ChronoField.DAY_OF_WEEK, count == 3 ? 0 : count == 4 ? 1 : 2);
                throw tooMany(c);
            case 'F':
                if (count == 1) return new Num(ChronoField.ALIGNED_DAY_OF_WEEK_IN_MONTH, 1, 19, SignStyle.NORMAL);
                throw tooMany(c);
            default:
                throw new IllegalArgumentException("Unknown pattern letter: " + c);
        }
    }

    /** Week definition of the default locale (English): weeks start on Sunday, one day makes a first week. */
    static final java.time.temporal.WeekFields WEEKS = java.time.temporal.WeekFields.SUNDAY_START;

    static final class QuarterText extends Elem {
        final int style; // 0 short "Q1", 1 full "1st quarter", 2 narrow "1"

        QuarterText(int style) {
            this.style = style;
        }

        static final String[] FULL = {"1st quarter", "2nd quarter", "3rd quarter", "4th quarter"};

        String name(int q) {
            return style == 0 ? "Q" + q : style == 1 ? FULL[q - 1] : String.valueOf(q);
        }

        boolean supported(TemporalAccessor t) {
            return t.isSupported(java.time.temporal.IsoFields.QUARTER_OF_YEAR);
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            sb.append(name((int) t.getLong(java.time.temporal.IsoFields.QUARTER_OF_YEAR)));
        }

        int parse(Parsed st, String s, int pos) {
            for (int q = 4; q >= 1; q--) {
                if (region(s, pos, name(q), st.ci)) {
                    return st.put(java.time.temporal.IsoFields.QUARTER_OF_YEAR, q, pos, pos + name(q).length());
                }
            }
            return ~pos;
        }

        public String toString() {
            return "Text(QuarterOfYear" + (style == 1 ? "" : style == 0 ? ",SHORT" : ",NARROW") + ")";
        }
    }

    private static final String[] OFFSET_PATTERNS = {"+HHmm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss"};

    /** Adjacent value parsing: a variable-width number leaves room for the fixed-width numbers after it. */
    private static void link(Elem[] es) {
        for (int i = 0; i < es.length; i++) {
            if (es[i] instanceof Opt) link(((Opt) es[i]).elems);
            if (es[i] instanceof Composite) link(((Composite) es[i]).elems);
            if (es[i] instanceof Num && ((Num) es[i]).min != ((Num) es[i]).max) {
                int reserved = 0;
                for (int j = i + 1; j < es.length; j++) {
                    if (es[j] instanceof Num && ((Num) es[j]).min == ((Num) es[j]).max
                            && ((Num) es[j]).sign == SignStyle.NOT_NEGATIVE) {
                        reserved += ((Num) es[j]).min;
                    } else if (es[j] instanceof Frac && !((Frac) es[j]).point && ((Frac) es[j]).min == ((Frac) es[j]).max) {
                        reserved += ((Frac) es[j]).min;
                    } else if (es[j] instanceof Reduced) {
                        reserved += 2;
                    } else {
                        // another variable-width number in the same run takes over, and this one parses greedily
                        if (es[j] instanceof Num || es[j] instanceof Frac) reserved = 0;
                        break;
                    }
                }
                ((Num) es[i]).reserved = reserved;
            }
        }
    }

    // ------------------------------------------------------------------ configuration

    public DateTimeFormatter withZone(ZoneId z) {
        return new DateTimeFormatter(elems, resolverStyle, caseInsensitive, z).described(desc);
    }

    public ZoneId getZone() {
        return zone;
    }

    public DateTimeFormatter withResolverStyle(ResolverStyle style) {
        return new DateTimeFormatter(elems, style, caseInsensitive, zone).described(desc);
    }

    public ResolverStyle getResolverStyle() {
        return resolverStyle;
    }

    // ------------------------------------------------------------------ formatting

    public String format(TemporalAccessor temporal) {
        StringBuilder sb = new StringBuilder(32);
        formatTo(temporal, sb);
        return sb.toString();
    }

    public void formatTo(TemporalAccessor temporal, Appendable appendable) {
        if (temporal == null) throw new NullPointerException("temporal");
        if (zone != null && temporal instanceof Instant) temporal = ZonedDateTime.ofInstant((Instant) temporal, zone);
        StringBuilder sb = new StringBuilder();
        for (Elem e : elems) e.format(temporal, sb);
        if (appendable instanceof StringBuilder) {
            ((StringBuilder) appendable).append(sb);
            return;
        }
        try {
            appendable.append(sb);
        } catch (Exception ex) {
            throw new DateTimeException(ex.getMessage(), ex);
        }
    }

    // ------------------------------------------------------------------ parsing

    public TemporalAccessor parse(CharSequence text) {
        return parse(text, t -> t);
    }

    public <T> T parse(CharSequence text, TemporalQuery<T> query) {
        if (text == null) throw new NullPointerException("text");
        if (query == null) throw new NullPointerException("query");
        String s = text.toString();
        Parsed st = new Parsed();
        st.ci = caseInsensitive;
        int pos;
        try {
            pos = parseSeq(elems, st, s, 0);
        } catch (DateTimeParseException e) {
            throw e;
        } catch (DateTimeException e) {
            throw new DateTimeParseException("Text '" + abbreviate(s) + "' could not be parsed: " + e.getMessage(), s, 0, e);
        }
        if (pos < 0) {
            throw new DateTimeParseException("Text '" + abbreviate(s) + "' could not be parsed at index " + ~pos, s, ~pos);
        }
        if (pos < s.length()) {
            throw new DateTimeParseException("Text '" + abbreviate(s) + "' could not be parsed, unparsed text found at index "
                    + pos, s, pos);
        }
        try {
            st.resolve(resolverStyle, zone);
            return query.queryFrom(st);
        } catch (DateTimeParseException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!(e instanceof DateTimeException) && !(e instanceof ArithmeticException)) throw e;
            throw new DateTimeParseException("Text '" + abbreviate(s) + "' could not be parsed: " + e.getMessage(), s, 0, e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }

    static int parseSeq(Elem[] es, Parsed st, String s, int pos) {
        for (Elem e : es) {
            pos = e.parse(st, s, pos);
            if (pos < 0) return pos;
        }
        return pos;
    }

    public String toString() {
        if (desc != null) return desc;
        StringBuilder sb = new StringBuilder();
        for (Elem e : elems) sb.append(e);
        return sb.toString();
    }

    // ------------------------------------------------------------------ elements

    abstract static class Elem {
        abstract void format(TemporalAccessor t, StringBuilder sb);

        /** New position, or ~errorIndex. */
        abstract int parse(Parsed st, String s, int pos);

        boolean supported(TemporalAccessor t) {
            return true;
        }
    }

    static final class Lit extends Elem {
        final String text;

        Lit(String text) {
            this.text = text;
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            sb.append(text);
        }

        int parse(Parsed st, String s, int pos) {
            if (pos + text.length() > s.length()) return ~pos;
            if (!region(s, pos, text, st.ci)) return ~pos;
            return pos + text.length();
        }

        public String toString() {
            if (text.equals("'")) return "''";
            return "'" + text.replace("'", "''") + "'";
        }
    }

    /** parseCaseSensitive()/parseCaseInsensitive() from the builder. */
    static final class CaseElem extends Elem {
        final boolean insensitive;

        CaseElem(boolean insensitive) {
            this.insensitive = insensitive;
        }

        void format(TemporalAccessor t, StringBuilder sb) {}

        int parse(Parsed st, String s, int pos) {
            st.ci = insensitive;
            return pos;
        }

        public String toString() {
            return "ParseCaseSensitive(" + !insensitive + ")";
        }
    }

    /** parseStrict()/parseLenient(): recorded for toString; parsing here is always strict. */
    static final class StrictElem extends Elem {
        final boolean strict;

        StrictElem(boolean strict) {
            this.strict = strict;
        }

        void format(TemporalAccessor t, StringBuilder sb) {}

        int parse(Parsed st, String s, int pos) {
            st.lenient = !strict;
            return pos;
        }

        public String toString() {
            return "ParseStrict(" + strict + ")";
        }
    }

    /** parseDefaulting(field, value): used when the field was not parsed. */
    static final class DefaultElem extends Elem {
        final TemporalField field;
        final long value;

        DefaultElem(TemporalField field, long value) {
            this.field = field;
            this.value = value;
        }

        void format(TemporalAccessor t, StringBuilder sb) {}

        int parse(Parsed st, String s, int pos) {
            st.addDefault(field, value);
            return pos;
        }

        public String toString() {
            return "Default[" + field + "," + value + "]";
        }
    }

    /** A formatter appended to a builder: its elements in parentheses. */
    static final class Composite extends Elem {
        final Elem[] elems;

        Composite(Elem[] elems) {
            this.elems = elems;
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            for (Elem e : elems) e.format(t, sb);
        }

        boolean supported(TemporalAccessor t) {
            for (Elem e : elems) {
                if (!e.supported(t)) return false;
            }
            return true;
        }

        int parse(Parsed st, String s, int pos) {
            return parseSeq(elems, st, s, pos);
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("(");
            for (Elem e : elems) sb.append(e);
            return sb.append(')').toString();
        }
    }

    Elem[] elements() {
        return elems;
    }

    boolean caseInsensitive() {
        return caseInsensitive;
    }

    static final class Opt extends Elem {
        final Elem[] elems;

        Opt(Elem[] elems) {
            this.elems = elems;
        }

        /** A nested optional section never stops its parent from printing. */
        boolean supported(TemporalAccessor t) {
            return true;
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            for (Elem e : elems) {
                if (!e.supported(t)) return;
            }
            for (Elem e : elems) e.format(t, sb);
        }

        int parse(Parsed st, String s, int pos) {
            Parsed copy = st.copy();
            int r = parseSeq(elems, st, s, pos);
            if (r < 0) {
                st.restore(copy);
                return pos;
            }
            return r;
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Elem e : elems) sb.append(e);
            return sb.append(']').toString();
        }
    }

    static final class Num extends Elem {
        final TemporalField field;
        final int min, max;
        final SignStyle sign;
        int reserved;

        Num(TemporalField field, int min, int max, SignStyle sign) {
            this.field = field;
            this.min = min;
            this.max = max;
            this.sign = sign;
        }

        boolean supported(TemporalAccessor t) {
            return t.isSupported(field);
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            long v = t.getLong(field);
            String digits = v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(v));
            if (digits.length() > max) {
                throw new DateTimeException("Field " + field + " cannot be printed as the value " + v
                        + " exceeds the maximum print width of " + max);
            }
            if (v >= 0) {
                if (sign == SignStyle.EXCEEDS_PAD && min < 19 && digits.length() > min) sb.append('+');
                else if (sign == SignStyle.ALWAYS) sb.append('+');
            } else {
                if (sign == SignStyle.NOT_NEGATIVE || sign == SignStyle.NEVER) {
                    throw new DateTimeException("Field " + field + " cannot be printed as the value " + v
                            + " cannot be negative according to the SignStyle");
                }
                sb.append('-');
            }
            for (int i = digits.length(); i < min; i++) sb.append('0');
            sb.append(digits);
        }

        int parse(Parsed st, String s, int pos) {
            int len = s.length();
            if (pos == len) return ~pos;
            char c = s.charAt(pos);
            boolean neg = false, pos0 = false;
            int start = pos;
            if (c == '+' || c == '-') {
                if (c == '+') {
                    if (sign != SignStyle.EXCEEDS_PAD && sign != SignStyle.ALWAYS && !st.lenient) return ~pos;
                    pos0 = true;
                } else {
                    if ((sign == SignStyle.NOT_NEGATIVE || sign == SignStyle.NEVER) && !st.lenient) return ~pos;
                    neg = true;
                }
                pos++;
            } else if (sign == SignStyle.ALWAYS && !st.lenient) {
                return ~pos;
            }
            int avail = 0;
            int cap = max + reserved;
            while (avail < cap && pos + avail < len && isDigit(s.charAt(pos + avail))) avail++;
            int take = Math.min(max, avail - reserved);
            if (take < min) take = Math.min(min, avail);
            if (take < min) return ~pos;
            if (sign == SignStyle.EXCEEDS_PAD && !st.lenient) {
                if (!pos0 && !neg && take > min) return ~start;
                if (pos0 && take <= min) return ~start;
            }
            long v = 0;
            for (int i = 0; i < take; i++) {
                long nv = v * 10 + (s.charAt(pos + i) - '0');
                if (nv < v) return ~start;
                v = nv;
            }
            if (neg) {
                if (v == 0) return ~start;
                v = -v;
            }
            return st.put(field, v, pos, pos + take); // a conflict is reported after the sign, as HotSpot
        }

        public String toString() {
            if (min == 1 && max == 19 && sign == SignStyle.NORMAL) return "Value(" + field + ")";
            if (min == max && sign == SignStyle.NOT_NEGATIVE) return "Value(" + field + "," + min + ")";
            return "Value(" + field + "," + min + "," + max + "," + sign + ")";
        }
    }

    static Elem[] arr(ArrayList<Elem> l) {
        Elem[] a = new Elem[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = l.get(i);
        return a;
    }

    /** Does `t` occur in `s` at `pos` (ignoring case when `ci`)? */
    static boolean region(String s, int pos, String t, boolean ci) {
        if (pos < 0 || pos + t.length() > s.length()) return false;
        for (int i = 0; i < t.length(); i++) {
            char a = s.charAt(pos + i), b = t.charAt(i);
            if (a == b) continue;
            if (!ci || Character.toUpperCase(a) != Character.toUpperCase(b)) return false;
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Two-digit year, base 2000. */
    static final class Reduced extends Elem {
        final TemporalField field;

        Reduced(TemporalField field) {
            this.field = field;
        }

        boolean supported(TemporalAccessor t) {
            return t.isSupported(field);
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            long v = Math.abs(t.getLong(field)) % 100;
            if (v < 10) sb.append('0');
            sb.append(v);
        }

        public String toString() {
            return "ReducedValue(" + field + ",2,2,2000-01-01)";
        }

        int parse(Parsed st, String s, int pos) {
            if (pos + 2 > s.length() || !isDigit(s.charAt(pos)) || !isDigit(s.charAt(pos + 1))) return ~pos;
            long v = 2000 + (s.charAt(pos) - '0') * 10 + (s.charAt(pos + 1) - '0');
            return st.put(field, v, pos, pos + 2);
        }
    }

    static final class Frac extends Elem {
        final int min, max;
        final boolean point;

        Frac(int min, int max, boolean point) {
            this.min = min;
            this.max = max;
            this.point = point;
        }

        boolean supported(TemporalAccessor t) {
            return t.isSupported(ChronoField.NANO_OF_SECOND);
        }

        public String toString() {
            return "Fraction(NanoOfSecond," + min + "," + max + (point ? ",DecimalPoint" : "") + ")";
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            long nano = t.getLong(ChronoField.NANO_OF_SECOND);
            ChronoField.NANO_OF_SECOND.checkValidValue(nano);
            String d = Long.toString(nano + 1000_000_000L).substring(1);
            int n = 9;
            while (n > min && d.charAt(n - 1) == '0') n--;
            if (n > max) n = max;
            if (n == 0) return;
            if (point) sb.append('.');
            sb.append(d, 0, n);
        }

        int parse(Parsed st, String s, int pos) {
            int len = s.length();
            int start = pos;
            if (point) {
                if (pos >= len || s.charAt(pos) != '.') {
                    return min > 0 ? ~pos : pos;
                }
                pos++;
            }
            int n = 0;
            while (n < max && pos + n < len && isDigit(s.charAt(pos + n))) n++;
            if (n < min) return ~start;
            long v = 0;
            for (int i = 0; i < 9; i++) v = v * 10 + (i < n ? s.charAt(pos + i) - '0' : 0);
            return st.put(ChronoField.NANO_OF_SECOND, v, start, pos + n);
        }
    }

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    static final class Text extends Elem {
        final ChronoField field;
        final int style; // 0 short, 1 full, 2 narrow

        Text(ChronoField field, int style) {
            this.field = field;
            this.style = style;
        }

        boolean supported(TemporalAccessor t) {
            return t.isSupported(field);
        }

        public String toString() {
            return "Text(" + field + (style == 1 ? "" : style == 0 ? ",SHORT" : ",NARROW") + ")";
        }

        String name(long v) {
            if (field == ChronoField.MONTH_OF_YEAR) {
                String f = MONTHS[(int) v - 1];
                return style == 1 ? f : style == 0 ? f.substring(0, 3) : f.substring(0, 1);
            }
            if (field == ChronoField.DAY_OF_WEEK) {
                String f = DAYS[(int) v - 1];
                return style == 1 ? f : style == 0 ? f.substring(0, 3) : f.substring(0, 1);
            }
            if (field == ChronoField.AMPM_OF_DAY) return v == 0 ? "AM" : "PM";
            if (field == ChronoField.ERA) {
                if (style == 1) return v == 0 ? "Before Christ" : "Anno Domini";
                if (style == 2) return v == 0 ? "B" : "A";
                return v == 0 ? "BC" : "AD";
            }
            return Long.toString(v);
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            sb.append(name(t.getLong(field)));
        }

        int parse(Parsed st, String s, int pos) {
            long lo = field.range().getMinimum(), hi = field.range().getMaximum();
            int best = -1;
            long bestV = 0;
            for (long v = lo; v <= hi; v++) {
                String n = name(v);
                if (n.length() >= best && region(s, pos, n, st.ci)) { // equal names: the last value wins
                    best = n.length();
                    bestV = v;
                }
            }
            if (best < 0) return ~pos;
            return st.put(field, bestV, pos, pos + best);
        }
    }

    static final class Offset extends Elem {
        final String pattern, noOffset;

        Offset(String pattern, String noOffset) {
            this.pattern = pattern;
            this.noOffset = noOffset;
        }

        boolean supported(TemporalAccessor t) {
            return t.isSupported(ChronoField.OFFSET_SECONDS);
        }

        public String toString() {
            return "Offset(" + pattern + ",'" + noOffset.replace("'", "''") + "')";
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            int total = (int) t.getLong(ChronoField.OFFSET_SECONDS);
            if (total == 0) {
                sb.append(noOffset);
                return;
            }
            int abs = Math.abs(total);
            int h = abs / 3600, m = (abs / 60) % 60, sec = abs % 60;
            boolean colon = pattern.indexOf(':') >= 0;
            sb.append(total < 0 ? '-' : '+');
            if (h < 10) sb.append('0');
            sb.append(h);
            String rest = pattern.substring(3).replace(":", "");
            boolean optMin = rest.startsWith("mm");
            boolean hasMin = rest.length() >= 2;
            boolean hasSec = rest.length() >= 4;
            boolean optSec = hasSec && rest.charAt(2) == 's';
            if (hasMin && (!optMin || m != 0 || (hasSec && sec != 0))) {
                if (colon) sb.append(':');
                if (m < 10) sb.append('0');
                sb.append(m);
                if (hasSec && (!optSec || sec != 0)) {
                    if (colon) sb.append(':');
                    if (sec < 10) sb.append('0');
                    sb.append(sec);
                }
            }
        }

        int parse(Parsed st, String s, int pos) {
            int len = s.length();
            if (region(s, pos, noOffset, st.ci)) {
                int end = pos + noOffset.length();
                if (noOffset.equals("Z") || end >= len || (s.charAt(end) != ':' && !isDigit(s.charAt(end)))) {
                    return st.put(ChronoField.OFFSET_SECONDS, 0, pos, end);
                }
            }
            if (pos >= len) return ~pos;
            char c = s.charAt(pos);
            if (c != '+' && c != '-') return ~pos;
            boolean colon = pattern.indexOf(':') >= 0;
            String rest = pattern.substring(3).replace(":", "");
            int p = pos + 1;
            int[] parts = new int[3];
            int count = 0;
            for (int k = 0; k < 3; k++) {
                if (k > 0) {
                    if (k == 1 && rest.length() < 2) break;
                    if (k == 2 && rest.length() < 4) break;
                    boolean optional = st.lenient || (k == 1 ? rest.startsWith("mm") : rest.length() >= 4 && rest.charAt(2) == 's');
                    int q = p;
                    if (colon) {
                        if (q < len && s.charAt(q) == ':') q++;
                        else if (optional) break;
                        else return ~pos;
                    }
                    if (q + 2 > len || !isDigit(s.charAt(q)) || !isDigit(s.charAt(q + 1))) {
                        if (optional) break;
                        return ~pos;
                    }
                    p = q;
                } else if (p + 2 > len || !isDigit(s.charAt(p)) || !isDigit(s.charAt(p + 1))) {
                    return ~pos;
                }
                int v = (s.charAt(p) - '0') * 10 + (s.charAt(p + 1) - '0');
                if (k > 0 && v > 59) {
                    boolean optional = st.lenient || (k == 1 ? rest.startsWith("mm") : rest.length() >= 4 && rest.charAt(2) == 's');
                    if (!optional) return ~pos;
                    p = colon ? p - 1 : p; // not part of the offset
                    break;
                }
                parts[k] = v;
                p += 2;
                count++;
            }
            if (parts[0] > 23) throw new DateTimeException("Value out of range: Hour[0-23], Minute[0-59], Second[0-59]");
            if (parts[1] > 59 || parts[2] > 59) return ~pos;
            long total = parts[0] * 3600L + parts[1] * 60L + parts[2];
            return st.put(ChronoField.OFFSET_SECONDS, c == '-' ? -total : total, pos, p);
        }
    }

    /** "GMT+05:30" (full) or "GMT+5:30" (short) offsets. */
    static final class LocalizedOffset extends Elem {
        final boolean full;

        LocalizedOffset(boolean full) {
            this.full = full;
        }

        public String toString() {
            return "LocalizedOffset(" + (full ? "FULL" : "SHORT") + ")";
        }

        boolean supported(TemporalAccessor t) {
            return t.isSupported(ChronoField.OFFSET_SECONDS);
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            int total = (int) t.getLong(ChronoField.OFFSET_SECONDS);
            sb.append("GMT");
            if (total == 0) return;
            int abs = Math.abs(total);
            int h = abs / 3600, m = (abs / 60) % 60, sec = abs % 60;
            sb.append(total < 0 ? '-' : '+');
            if (full) {
                if (h < 10) sb.append('0');
                sb.append(h).append(m < 10 ? ":0" : ":").append(m);
                if (sec != 0) sb.append(sec < 10 ? ":0" : ":").append(sec);
            } else {
                sb.append(h);
                if (m != 0 || sec != 0) {
                    sb.append(m < 10 ? ":0" : ":").append(m);
                    if (sec != 0) sb.append(sec < 10 ? ":0" : ":").append(sec);
                }
            }
        }

        int parse(Parsed st, String s, int pos) {
            if (!region(s, pos, "GMT", st.ci)) return ~pos;
            int p = pos + 3;
            int len = s.length();
            if (p >= len || (s.charAt(p) != '+' && s.charAt(p) != '-')) return st.put(ChronoField.OFFSET_SECONDS, 0, pos, p);
            int sign = s.charAt(p) == '-' ? -1 : 1;
            p++;
            int[] v = new int[3];
            for (int k = 0; k < 3; k++) {
                int start = p;
                if (k > 0) {
                    if (p >= len || s.charAt(p) != ':') break;
                    p++;
                }
                int d = 0, q = p;
                while (q < len && q - p < 2 && isDigit(s.charAt(q))) d = d * 10 + (s.charAt(q++) - '0');
                if (q == p || (full && q - p != 2) || (k > 0 && q - p != 2)) {
                    if (k == 0) return ~pos;
                    p = start; // the ':' belongs to what follows
                    break;
                }
                v[k] = d;
                p = q;
            }
            if (v[0] > 18 || v[1] > 59 || v[2] > 59) return ~pos;
            return st.put(ChronoField.OFFSET_SECONDS, sign * (v[0] * 3600L + v[1] * 60L + v[2]), pos, p);
        }
    }

    static final class ZoneText extends Elem {
        public String toString() {
            return "ZoneId()";
        }

        boolean supported(TemporalAccessor t) {
            return t instanceof ZonedDateTime;
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            if (!(t instanceof ZonedDateTime)) {
                throw new DateTimeException("Unable to extract ZoneId from temporal " + t);
            }
            sb.append(((ZonedDateTime) t).getZone().getId());
        }

        int parse(Parsed st, String s, int pos) {
            int e = pos;
            while (e < s.length()) {
                char c = s.charAt(e);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '/' || c == '_' || c == '+'
                        || c == '-' || c == ':' || c == '.' || c == '~') {
                    e++;
                } else {
                    break;
                }
            }
            if (e == pos) return ~pos;
            try {
                st.zone = ZoneId.of(s.substring(pos, e));
            } catch (DateTimeException ex) {
                return ~pos;
            }
            return e;
        }
    }

    static final class InstantElem extends Elem {
        public String toString() {
            return "Instant()";
        }

        boolean supported(TemporalAccessor t) {
            return t.isSupported(ChronoField.INSTANT_SECONDS);
        }

        void format(TemporalAccessor t, StringBuilder sb) {
            long secs = t.getLong(ChronoField.INSTANT_SECONDS);
            int nano = t.isSupported(ChronoField.NANO_OF_SECOND) ? (int) t.getLong(ChronoField.NANO_OF_SECOND) : 0;
            sb.append(Instant.ofEpochSecond(secs, nano).toString());
        }

        private static final Elem[] PARSER = cat(isoLocalDate(), new Lit("T"),
                new Num(ChronoField.HOUR_OF_DAY, 2, 2, SignStyle.NOT_NEGATIVE), new Lit(":"),
                new Num(ChronoField.MINUTE_OF_HOUR, 2, 2, SignStyle.NOT_NEGATIVE), new Lit(":"),
                new Num(ChronoField.SECOND_OF_MINUTE, 2, 2, SignStyle.NOT_NEGATIVE), new Frac(0, 9, true),
                new Offset("+HH:MM:ss", "Z"));

        int parse(Parsed st, String s, int pos) {
            Parsed sub = new Parsed();
            sub.ci = st.ci;
            int r = parseSeq(PARSER, sub, s, pos);
            if (r < 0) return r;
            long year = sub.val(ChronoField.YEAR);
            int month = (int) sub.val(ChronoField.MONTH_OF_YEAR);
            int day = (int) sub.val(ChronoField.DAY_OF_MONTH);
            int hour = (int) sub.val(ChronoField.HOUR_OF_DAY);
            int min = (int) sub.val(ChronoField.MINUTE_OF_HOUR);
            int sec = (int) sub.val(ChronoField.SECOND_OF_MINUTE);
            long nano = sub.has(ChronoField.NANO_OF_SECOND) ? sub.val(ChronoField.NANO_OF_SECOND) : 0;
            int days = 0;
            if (hour == 24 && min == 0 && sec == 0 && nano == 0) {
                hour = 0;
                days = 1;
            } else if (hour == 23 && min == 59 && sec == 60) {
                sec = 59;
            }
            long secs;
            try {
                LocalDate d = LocalDate.of((int) year, month, day).plusDays(days);
                LocalTime t = LocalTime.of(hour, min, sec, 0);
                secs = d.toEpochDay() * 86400 + t.toSecondOfDay() - sub.val(ChronoField.OFFSET_SECONDS);
            } catch (RuntimeException e) {
                return ~pos;
            }
            int p = st.put(ChronoField.INSTANT_SECONDS, secs, pos, r);
            if (p < 0) return p;
            return st.put(ChronoField.NANO_OF_SECOND, nano, pos, r);
        }
    }
}
