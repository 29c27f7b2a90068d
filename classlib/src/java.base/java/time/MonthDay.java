package java.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalField;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.temporal.ValueRange;

public final class MonthDay implements TemporalAccessor, TemporalAdjuster, Comparable<MonthDay>, java.io.Serializable {
    private final int month;
    private final int day;

    private MonthDay(int month, int day) {
        this.month = month;
        this.day = day;
    }

    public static MonthDay of(Month month, int dayOfMonth) {
        if (month == null) throw new NullPointerException("month");
        ChronoField.DAY_OF_MONTH.checkValidValue(dayOfMonth);
        if (dayOfMonth > month.maxLength()) {
            throw new DateTimeException("Illegal value for DayOfMonth field, value " + dayOfMonth
                    + " is not valid for month " + month.name());
        }
        return new MonthDay(month.getValue(), dayOfMonth);
    }

    public static MonthDay of(int month, int dayOfMonth) {
        return of(Month.of(month), dayOfMonth);
    }

    public static MonthDay now() {
        return now(Clock.systemDefaultZone());
    }

    public static MonthDay now(Clock clock) {
        LocalDate d = LocalDate.now(clock);
        return of(d.getMonthValue(), d.getDayOfMonth());
    }

    public static MonthDay from(TemporalAccessor t) {
        if (t instanceof MonthDay) return (MonthDay) t;
        try {
            return of(t.get(ChronoField.MONTH_OF_YEAR), t.get(ChronoField.DAY_OF_MONTH));
        } catch (DateTimeException e) {
            throw new DateTimeException("Unable to obtain MonthDay from TemporalAccessor: " + t + " of type "
                    + t.getClass().getName(), e);
        }
    }

    private static final DateTimeFormatter PARSER = DateTimeFormatter.ofPattern("'--'MM-dd");

    public static MonthDay parse(CharSequence text) {
        return PARSER.parse(text, MonthDay::from);
    }

    public static MonthDay parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parse(text, MonthDay::from);
    }

    public int getMonthValue() {
        return month;
    }

    public Month getMonth() {
        return Month.of(month);
    }

    public int getDayOfMonth() {
        return day;
    }

    public boolean isValidYear(int year) {
        return !(day == 29 && month == 2 && !Year.isLeap(year));
    }

    public LocalDate atYear(int year) {
        return LocalDate.of(year, month, isValidYear(year) ? day : 28);
    }

    public MonthDay withMonth(int m) {
        return with(Month.of(m));
    }

    public MonthDay with(Month m) {
        if (m.getValue() == month) return this;
        return new MonthDay(m.getValue(), Math.min(day, m.maxLength()));
    }

    public MonthDay withDayOfMonth(int d) {
        if (d == day) return this;
        return of(month, d);
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) return field == ChronoField.MONTH_OF_YEAR || field == ChronoField.DAY_OF_MONTH;
        return field != null && field.isSupportedBy(this);
    }

    public ValueRange range(TemporalField field) {
        if (field == ChronoField.MONTH_OF_YEAR) return field.range();
        if (field == ChronoField.DAY_OF_MONTH) return ValueRange.of(1, getMonth().minLength(), getMonth().maxLength());
        return TemporalAccessor.super.range(field);
    }

    public long getLong(TemporalField field) {
        if (field == ChronoField.DAY_OF_MONTH) return day;
        if (field == ChronoField.MONTH_OF_YEAR) return month;
        if (field instanceof ChronoField) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        return field.getFrom(this);
    }

    public Temporal adjustInto(Temporal temporal) {
        temporal = temporal.with(ChronoField.MONTH_OF_YEAR, month);
        return temporal.with(ChronoField.DAY_OF_MONTH, Math.min(temporal.range(ChronoField.DAY_OF_MONTH).getMaximum(), day));
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public int compareTo(MonthDay o) {
        int c = month - o.month;
        return c != 0 ? c : day - o.day;
    }

    public boolean isAfter(MonthDay o) {
        return compareTo(o) > 0;
    }

    public boolean isBefore(MonthDay o) {
        return compareTo(o) < 0;
    }

    public boolean equals(Object o) {
        return o instanceof MonthDay && ((MonthDay) o).month == month && ((MonthDay) o).day == day;
    }

    public int hashCode() {
        return (month << 6) + day;
    }

    public String toString() {
        return (month < 10 ? "--0" : "--") + month + (day < 10 ? "-0" : "-") + day;
    }
}
