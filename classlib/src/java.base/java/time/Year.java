package java.time;

import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

public final class Year implements Temporal, TemporalAdjuster, Comparable<Year>, java.io.Serializable {
    public static final int MIN_VALUE = -999_999_999;
    public static final int MAX_VALUE = 999_999_999;

    private final int year;

    private Year(int year) {
        this.year = year;
    }

    public static Year of(int isoYear) {
        ChronoField.YEAR.checkValidValue(isoYear);
        return new Year(isoYear);
    }

    public static Year now() {
        return of(LocalDate.now().getYear());
    }

    public static Year now(Clock clock) {
        return of(LocalDate.now(clock).getYear());
    }

    public static boolean isLeap(long year) {
        return TimeMath.isLeap(year);
    }

    public int getValue() {
        return year;
    }

    public boolean isLeap() {
        return isLeap(year);
    }

    public int length() {
        return isLeap() ? 366 : 365;
    }

    public static Year from(java.time.temporal.TemporalAccessor t) {
        if (t instanceof Year) return (Year) t;
        try {
            return of(t.get(ChronoField.YEAR));
        } catch (DateTimeException e) {
            throw new DateTimeException("Unable to obtain Year from TemporalAccessor: " + t + " of type "
                    + t.getClass().getName(), e);
        }
    }

    public static Year parse(CharSequence text) {
        return PARSER.parse(text, Year::from);
    }

    private static final java.time.format.DateTimeFormatter PARSER = new java.time.format.DateTimeFormatterBuilder()
            .parseLenient().appendValue(ChronoField.YEAR, 1, 10, java.time.format.SignStyle.EXCEEDS_PAD).toFormatter();

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) {
            return field == ChronoField.YEAR || field == ChronoField.YEAR_OF_ERA || field == ChronoField.ERA;
        }
        return field != null && field.isSupportedBy(this);
    }

    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) {
            return unit == ChronoUnit.YEARS || unit == ChronoUnit.DECADES || unit == ChronoUnit.CENTURIES
                    || unit == ChronoUnit.MILLENNIA || unit == ChronoUnit.ERAS;
        }
        return unit != null && unit.isSupportedBy(this);
    }

    public long getLong(TemporalField field) {
        if (field == ChronoField.YEAR) return year;
        if (field == ChronoField.YEAR_OF_ERA) return year < 1 ? 1 - year : year;
        if (field == ChronoField.ERA) return year < 1 ? 0 : 1;
        if (field instanceof ChronoField) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        return field.getFrom(this);
    }

    public Year with(TemporalField field, long v) {
        if (field instanceof ChronoField) {
            ChronoField f = (ChronoField) field;
            f.checkValidValue(v);
            if (f == ChronoField.YEAR) return of((int) v);
            if (f == ChronoField.YEAR_OF_ERA) return of((int) (year < 1 ? 1 - v : v));
            if (f == ChronoField.ERA) return getLong(ChronoField.ERA) == v ? this : of(1 - year);
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.adjustInto(this, v);
    }

    public Year plus(long amount, TemporalUnit unit) {
        if (unit instanceof ChronoUnit) {
            switch ((ChronoUnit) unit) {
                case YEARS:
                    return plusYears(amount);
                case DECADES:
                    return plusYears(Math.multiplyExact(amount, 10L));
                case CENTURIES:
                    return plusYears(Math.multiplyExact(amount, 100L));
                case MILLENNIA:
                    return plusYears(Math.multiplyExact(amount, 1000L));
                case ERAS:
                    return with(ChronoField.ERA, Math.addExact(getLong(ChronoField.ERA), amount));
                default:
                    throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
            }
        }
        return unit.addTo(this, amount);
    }

    public Year minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        Year end = from(endExclusive);
        long years = (long) end.year - year;
        if (unit instanceof ChronoUnit) {
            switch ((ChronoUnit) unit) {
                case YEARS:
                    return years;
                case DECADES:
                    return years / 10;
                case CENTURIES:
                    return years / 100;
                case MILLENNIA:
                    return years / 1000;
                case ERAS:
                    return end.getLong(ChronoField.ERA) - getLong(ChronoField.ERA);
                default:
                    throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
            }
        }
        return unit.between(this, end);
    }

    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.YEAR, year);
    }

    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public YearMonth atMonth(int month) {
        return YearMonth.of(year, month);
    }

    public YearMonth atMonth(Month month) {
        return YearMonth.of(year, month);
    }

    public boolean isValidMonthDay(MonthDay monthDay) {
        return monthDay != null && monthDay.isValidYear(year);
    }

    public LocalDate atMonthDay(MonthDay monthDay) {
        return monthDay.atYear(year);
    }

    public LocalDate atDay(int dayOfYear) {
        return LocalDate.ofYearDay(year, dayOfYear);
    }

    public Year plusYears(long years) {
        return years == 0 ? this : of(ChronoField.YEAR.checkValidIntValue(year + years));
    }

    public Year minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    public boolean isAfter(Year o) {
        return year > o.year;
    }

    public boolean isBefore(Year o) {
        return year < o.year;
    }

    public int compareTo(Year o) {
        return year - o.year;
    }

    public boolean equals(Object o) {
        return o instanceof Year && ((Year) o).year == year;
    }

    public int hashCode() {
        return year;
    }

    public String toString() {
        return Integer.toString(year);
    }
}
