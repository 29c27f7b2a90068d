package java.time.format;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalField;
import java.util.ArrayList;

/** Builds formatters from the same elements that DateTimeFormatter.ofPattern uses. */
public final class DateTimeFormatterBuilder {
    private final ArrayList<ArrayList<DateTimeFormatter.Elem>> stack = new ArrayList<>();

    public DateTimeFormatterBuilder() {
        stack.add(new ArrayList<>());
    }

    private DateTimeFormatterBuilder add(DateTimeFormatter.Elem e) {
        stack.get(stack.size() - 1).add(e);
        return this;
    }

    public DateTimeFormatterBuilder parseCaseSensitive() {
        return add(new DateTimeFormatter.CaseElem(false));
    }

    public DateTimeFormatterBuilder parseCaseInsensitive() {
        return add(new DateTimeFormatter.CaseElem(true));
    }

    public DateTimeFormatterBuilder parseStrict() {
        return add(new DateTimeFormatter.StrictElem(true));
    }

    public DateTimeFormatterBuilder parseLenient() {
        return add(new DateTimeFormatter.StrictElem(false));
    }

    public DateTimeFormatterBuilder parseDefaulting(TemporalField field, long value) {
        if (field == null) throw new NullPointerException("field");
        return add(new DateTimeFormatter.DefaultElem(field, value));
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field) {
        if (field == null) throw new NullPointerException("field");
        return add(new DateTimeFormatter.Num(field, 1, 19, SignStyle.NORMAL));
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int width) {
        if (field == null) throw new NullPointerException("field");
        if (width < 1 || width > 19) {
            throw new IllegalArgumentException("The width must be from 1 to 19 inclusive but was " + width);
        }
        return add(new DateTimeFormatter.Num(field, width, width, SignStyle.NOT_NEGATIVE));
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle) {
        if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) return appendValue(field, maxWidth);
        if (field == null) throw new NullPointerException("field");
        if (signStyle == null) throw new NullPointerException("signStyle");
        if (minWidth < 1 || minWidth > 19) {
            throw new IllegalArgumentException("The minimum width must be from 1 to 19 inclusive but was " + minWidth);
        }
        if (maxWidth < 1 || maxWidth > 19) {
            throw new IllegalArgumentException("The maximum width must be from 1 to 19 inclusive but was " + maxWidth);
        }
        if (maxWidth < minWidth) {
            throw new IllegalArgumentException("The maximum width must exceed or equal the minimum width but "
                    + maxWidth + " < " + minWidth);
        }
        return add(new DateTimeFormatter.Num(field, minWidth, maxWidth, signStyle));
    }

    public DateTimeFormatterBuilder appendFraction(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint) {
        if (field != ChronoField.NANO_OF_SECOND) {
            throw new UnsupportedOperationException("appendFraction is only available for NanoOfSecond here");
        }
        if (minWidth < 0 || minWidth > 9) {
            throw new IllegalArgumentException("Minimum width must be from 0 to 9 inclusive but was " + minWidth);
        }
        if (maxWidth < 1 || maxWidth > 9) {
            throw new IllegalArgumentException("Maximum width must be from 1 to 9 inclusive but was " + maxWidth);
        }
        if (maxWidth < minWidth) {
            throw new IllegalArgumentException("Maximum width must exceed or equal the minimum width but "
                    + maxWidth + " < " + minWidth);
        }
        return add(new DateTimeFormatter.Frac(minWidth, maxWidth, decimalPoint));
    }

    public DateTimeFormatterBuilder appendText(TemporalField field) {
        return appendText(field, TextStyle.FULL);
    }

    public DateTimeFormatterBuilder appendText(TemporalField field, TextStyle style) {
        if (!(field instanceof ChronoField)) throw new UnsupportedOperationException("text of " + field);
        int st = style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE ? 1
                : style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE ? 2 : 0;
        return add(new DateTimeFormatter.Text((ChronoField) field, st));
    }

    public DateTimeFormatterBuilder appendInstant() {
        return add(new DateTimeFormatter.InstantElem());
    }

    public DateTimeFormatterBuilder appendOffsetId() {
        return add(new DateTimeFormatter.Offset("+HH:MM:ss", "Z"));
    }

    private static final String[] OFFSET_PATTERNS = {"+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss",
        "+HHMMSS", "+HH:MM:SS", "+HHmmss", "+HH:mm:ss"};

    public DateTimeFormatterBuilder appendOffset(String pattern, String noOffsetText) {
        if (pattern == null) throw new NullPointerException("pattern");
        if (noOffsetText == null) throw new NullPointerException("noOffsetText");
        for (String p : OFFSET_PATTERNS) {
            if (p.equals(pattern)) return add(new DateTimeFormatter.Offset(pattern, noOffsetText));
        }
        throw new IllegalArgumentException("Invalid zone offset pattern: " + pattern);
    }

    public DateTimeFormatterBuilder appendLocalizedOffset(TextStyle style) {
        if (style != TextStyle.FULL && style != TextStyle.SHORT) {
            throw new IllegalArgumentException("Style must be either full or short");
        }
        return add(new DateTimeFormatter.LocalizedOffset(style == TextStyle.FULL));
    }

    public DateTimeFormatterBuilder appendZoneId() {
        return add(new DateTimeFormatter.ZoneText());
    }

    public DateTimeFormatterBuilder appendZoneRegionId() {
        return add(new DateTimeFormatter.ZoneText());
    }

    public DateTimeFormatterBuilder appendZoneOrOffsetId() {
        return add(new DateTimeFormatter.ZoneText());
    }

    public DateTimeFormatterBuilder appendLiteral(char literal) {
        return add(new DateTimeFormatter.Lit(String.valueOf(literal)));
    }

    public DateTimeFormatterBuilder appendLiteral(String literal) {
        if (literal == null) throw new NullPointerException("literal");
        if (literal.isEmpty()) return this;
        return add(new DateTimeFormatter.Lit(literal));
    }

    public DateTimeFormatterBuilder append(DateTimeFormatter formatter) {
        if (formatter == null) throw new NullPointerException("formatter");
        return add(new DateTimeFormatter.Composite(withCase(formatter)));
    }

    public DateTimeFormatterBuilder appendOptional(DateTimeFormatter formatter) {
        if (formatter == null) throw new NullPointerException("formatter");
        return add(new DateTimeFormatter.Opt(withCase(formatter)));
    }

    private static DateTimeFormatter.Elem[] withCase(DateTimeFormatter f) {
        DateTimeFormatter.Elem[] es = f.elements();
        if (!f.caseInsensitive()) return es;
        DateTimeFormatter.Elem[] r = new DateTimeFormatter.Elem[es.length + 1];
        r[0] = new DateTimeFormatter.CaseElem(true);
        System.arraycopy(es, 0, r, 1, es.length);
        return r;
    }

    public DateTimeFormatterBuilder appendPattern(String pattern) {
        if (pattern == null) throw new NullPointerException("pattern");
        for (DateTimeFormatter.Elem e : DateTimeFormatter.compile(pattern)) add(e);
        return this;
    }

    public DateTimeFormatterBuilder optionalStart() {
        stack.add(new ArrayList<>());
        return this;
    }

    public DateTimeFormatterBuilder optionalEnd() {
        if (stack.size() == 1) {
            throw new IllegalStateException("Cannot call optionalEnd() as there was no previous call to optionalStart()");
        }
        ArrayList<DateTimeFormatter.Elem> inner = stack.remove(stack.size() - 1);
        if (!inner.isEmpty()) add(new DateTimeFormatter.Opt(DateTimeFormatter.arr(inner)));
        return this;
    }

    public DateTimeFormatter toFormatter() {
        while (stack.size() > 1) optionalEnd();
        return new DateTimeFormatter(DateTimeFormatter.arr(stack.get(0)), ResolverStyle.SMART, false, null);
    }
}
