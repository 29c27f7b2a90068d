package java.time;

import java.time.format.DateTimeFormatter;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.temporal.ValueRange;

public final class YearMonth implements Temporal, TemporalAdjuster, Comparable<YearMonth>, java.io.Serializable {
    private final int year;
    private final int month;

    private YearMonth(int year, int month) {
        this.year = year;
        this.month = month;
    }

    public static YearMonth of(int year, int month) {
        ChronoField.YEAR.checkValidValue(year);
        ChronoField.MONTH_OF_YEAR.checkValidValue(month);
        return new YearMonth(year, month);
    }

    public static YearMonth of(int year, Month month) {
        if (month == null) throw new NullPointerException("month");
        return of(year, month.getValue());
    }

    public static YearMonth now() {
        return now(Clock.systemDefaultZone());
    }

    public static YearMonth now(Clock clock) {
        LocalDate d = LocalDate.now(clock);
        return of(d.getYear(), d.getMonthValue());
    }

    public static YearMonth from(TemporalAccessor t) {
        if (t instanceof YearMonth) return (YearMonth) t;
        try {
            if (t instanceof LocalDate) return of(((LocalDate) t).getYear(), ((LocalDate) t).getMonthValue());
            return of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR));
        } catch (DateTimeException e) {
            throw new DateTimeException("Unable to obtain YearMonth from TemporalAccessor: " + t + " of type "
                    + t.getClass().getName(), e);
        }
    }

    private static final DateTimeFormatter PARSER = DateTimeFormatter.ofPattern("uuuu-MM");

    public static YearMonth parse(CharSequence text) {
        return PARSER.parse(text, YearMonth::from);
    }

    public static YearMonth parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parse(text, YearMonth::from);
    }

    public int getYear() {
        return year;
    }

    public int getMonthValue() {
        return month;
    }

    public Month getMonth() {
        return Month.of(month);
    }

    public boolean isLeapYear() {
        return TimeMath.isLeap(year);
    }

    public boolean isValidDay(int day) {
        return day >= 1 && day <= lengthOfMonth();
    }

    public int lengthOfMonth() {
        return getMonth().length(isLeapYear());
    }

    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    public LocalDate atDay(int day) {
        return LocalDate.of(year, month, day);
    }

    public LocalDate atEndOfMonth() {
        return LocalDate.of(year, month, lengthOfMonth());
    }

    private long prolepticMonth() {
        return year * 12L + month - 1;
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) {
            return field == ChronoField.YEAR || field == ChronoField.MONTH_OF_YEAR || field == ChronoField.PROLEPTIC_MONTH
                    || field == ChronoField.YEAR_OF_ERA || field == ChronoField.ERA;
        }
        return field != null && field.isSupportedBy(this);
    }

    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) {
            return unit == ChronoUnit.MONTHS || unit == ChronoUnit.YEARS || unit == ChronoUnit.DECADES
                    || unit == ChronoUnit.CENTURIES || unit == ChronoUnit.MILLENNIA || unit == ChronoUnit.ERAS;
        }
        return unit != null && unit.isSupportedBy(this);
    }

    public ValueRange range(TemporalField field) {
        if (field == ChronoField.YEAR_OF_ERA) {
            return year <= 0 ? ValueRange.of(1, Year.MAX_VALUE + 1) : ValueRange.of(1, Year.MAX_VALUE);
        }
        return Temporal.super.range(field);
    }

    public long getLong(TemporalField field) {
        if (field instanceof ChronoField) {
            switch ((ChronoField) field) {
                case MONTH_OF_YEAR:
                    return month;
                case PROLEPTIC_MONTH:
                    return prolepticMonth();
                case YEAR_OF_ERA:
                    return year < 1 ? 1 - year : year;
                case YEAR:
                    return year;
                case ERA:
                    return year < 1 ? 0 : 1;
                default:
                    throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
            }
        }
        return field.getFrom(this);
    }

    public YearMonth with(TemporalAdjuster adjuster) {
        return (YearMonth) adjuster.adjustInto(this);
    }

    public YearMonth with(TemporalField field, long v) {
        if (field instanceof ChronoField) {
            ChronoField f = (ChronoField) field;
            f.checkValidValue(v);
            switch (f) {
                case MONTH_OF_YEAR:
                    return withMonth((int) v);
                case PROLEPTIC_MONTH:
                    return plusMonths(v - prolepticMonth());
                case YEAR_OF_ERA:
                    return withYear((int) (year < 1 ? 1 - v : v));
                case YEAR:
                    return withYear((int) v);
                case ERA:
                    return getLong(ChronoField.ERA) == v ? this : withYear(1 - year);
                default:
                    throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
            }
        }
        return field.adjustInto(this, v);
    }

    public YearMonth withYear(int y) {
        ChronoField.YEAR.checkValidValue(y);
        return new YearMonth(y, month);
    }

    public YearMonth withMonth(int m) {
        ChronoField.MONTH_OF_YEAR.checkValidValue(m);
        return new YearMonth(year, m);
    }

    public YearMonth plus(TemporalAmount amount) {
        if (amount == null) throw new NullPointerException("amountToAdd");
        return (YearMonth) amount.addTo(this);
    }

    public YearMonth minus(TemporalAmount amount) {
        if (amount == null) throw new NullPointerException("amountToSubtract");
        return (YearMonth) amount.subtractFrom(this);
    }

    public YearMonth plus(long amount, TemporalUnit unit) {
        if (unit instanceof ChronoUnit) {
            switch ((ChronoUnit) unit) {
                case MONTHS:
                    return plusMonths(amount);
                case YEARS:
                    return plusYears(amount);
                case DECADES:
                    return plusYears(TimeMath.mul(amount, 10));
                case CENTURIES:
                    return plusYears(TimeMath.mul(amount, 100));
                case MILLENNIA:
                    return plusYears(TimeMath.mul(amount, 1000));
                case ERAS:
                    return with(ChronoField.ERA, TimeMath.add(getLong(ChronoField.ERA), amount));
                default:
                    throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
            }
        }
        return unit.addTo(this, amount);
    }

    public YearMonth minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public YearMonth plusYears(long years) {
        if (years == 0) return this;
        return new YearMonth(ChronoField.YEAR.checkValidIntValue(year + years), month);
    }

    public YearMonth plusMonths(long months) {
        if (months == 0) return this;
        long pm = prolepticMonth() + months;
        int y = ChronoField.YEAR.checkValidIntValue(Math.floorDiv(pm, 12));
        return new YearMonth(y, (int) Math.floorMod(pm, 12) + 1);
    }

    public YearMonth minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    public YearMonth minusMonths(long months) {
        return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        YearMonth end = from(endExclusive);
        if (unit instanceof ChronoUnit) {
            long months = end.prolepticMonth() - prolepticMonth();
            switch ((ChronoUnit) unit) {
                case MONTHS:
                    return months;
                case YEARS:
                    return months / 12;
                case DECADES:
                    return months / 120;
                case CENTURIES:
                    return months / 1200;
                case MILLENNIA:
                    return months / 12000;
                case ERAS:
                    return end.getLong(ChronoField.ERA) - getLong(ChronoField.ERA);
                default:
                    throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
            }
        }
        return unit.between(this, end);
    }

    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.PROLEPTIC_MONTH, prolepticMonth());
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public int compareTo(YearMonth o) {
        int c = year - o.year;
        return c != 0 ? c : month - o.month;
    }

    public boolean isAfter(YearMonth o) {
        return compareTo(o) > 0;
    }

    public boolean isBefore(YearMonth o) {
        return compareTo(o) < 0;
    }

    public boolean equals(Object o) {
        return o instanceof YearMonth && ((YearMonth) o).year == year && ((YearMonth) o).month == month;
    }

    public int hashCode() {
        return year ^ (month << 27);
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(9);
        int abs = Math.abs(year);
        if (abs < 1000) {
            if (year < 0) sb.append('-');
            TimeMath.pad(sb, abs, 4);
        } else {
            sb.append(year);
        }
        return sb.append(month < 10 ? "-0" : "-").append(month).toString();
    }
}
