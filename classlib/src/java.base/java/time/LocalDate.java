package java.time;

import java.time.chrono.ChronoLocalDate;
import java.time.format.DateTimeFormatter;
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

public final class LocalDate implements ChronoLocalDate, java.io.Serializable {
    public static final LocalDate MIN = new LocalDate(-999999999, 1, 1);
    public static final LocalDate MAX = new LocalDate(999999999, 12, 31);
    public static final LocalDate EPOCH = new LocalDate(1970, 1, 1);

    private final int year;
    private final short month, day;

    private LocalDate(int year, int month, int day) {
        this.year = year;
        this.month = (short) month;
        this.day = (short) day;
    }

    static String title(String enumName) {
        return enumName.charAt(0) + enumName.substring(1).toLowerCase();
    }

    public static LocalDate of(int year, int month, int dayOfMonth) {
        ChronoField.YEAR.checkValidValue(year);
        ChronoField.MONTH_OF_YEAR.checkValidValue(month);
        ChronoField.DAY_OF_MONTH.checkValidValue(dayOfMonth);
        if (dayOfMonth > 28) {
            int len = Month.of(month).length(TimeMath.isLeap(year));
            if (dayOfMonth > len) {
                if (dayOfMonth == 29) {
                    throw new DateTimeException("Invalid date 'February 29' as '" + year + "' is not a leap year");
                }
                throw new DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'");
            }
        }
        return new LocalDate(year, month, dayOfMonth);
    }

    public static LocalDate of(int year, Month month, int dayOfMonth) {
        if (month == null) throw new NullPointerException("month");
        return of(year, month.getValue(), dayOfMonth);
    }

    public static LocalDate ofYearDay(int year, int dayOfYear) {
        ChronoField.YEAR.checkValidValue(year);
        ChronoField.DAY_OF_YEAR.checkValidValue(dayOfYear);
        boolean leap = TimeMath.isLeap(year);
        if (dayOfYear == 366 && !leap) {
            throw new DateTimeException("Invalid date 'DayOfYear 366' as '" + year + "' is not a leap year");
        }
        return ofEpochDay(TimeMath.epochDay(year, 1, 1) + dayOfYear - 1);
    }

    public static LocalDate ofEpochDay(long epochDay) {
        ChronoField.EPOCH_DAY.checkValidValue(epochDay);
        long[] c = TimeMath.civil(epochDay);
        return new LocalDate((int) c[0], (int) c[1], (int) c[2]);
    }

    public static LocalDate ofInstant(Instant instant, ZoneId zone) {
        long secs = instant.getEpochSecond() + zone.offsetSeconds();
        return ofEpochDay(Math.floorDiv(secs, 86400));
    }

    public static LocalDate now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalDate now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalDate now(Clock clock) {
        if (clock == null) throw new NullPointerException("clock");
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalDate from(TemporalAccessor t) {
        if (t == null) throw new NullPointerException("temporal");
        if (t instanceof LocalDate) return (LocalDate) t;
        if (t instanceof LocalDateTime) return ((LocalDateTime) t).toLocalDate();
        if (t instanceof OffsetDateTime) return ((OffsetDateTime) t).toLocalDate();
        if (t instanceof ZonedDateTime) return ((ZonedDateTime) t).toLocalDate();
        if (t != null && t.isSupported(ChronoField.EPOCH_DAY)) return ofEpochDay(t.getLong(ChronoField.EPOCH_DAY));
        throw new DateTimeException("Unable to obtain LocalDate from TemporalAccessor: " + t + " of type "
                + (t == null ? "null" : t.getClass().getName()));
    }

    public static LocalDate parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public static LocalDate parse(CharSequence text, DateTimeFormatter formatter) {
        if (formatter == null) throw new NullPointerException("formatter");
        return formatter.parse(text, LocalDate::from);
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

    public int getDayOfMonth() {
        return day;
    }

    public int getDayOfYear() {
        return getMonth().firstDayOfYear(isLeapYear()) + day - 1;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of((int) Math.floorMod(toEpochDay() + 3, 7) + 1);
    }

    public boolean isLeapYear() {
        return TimeMath.isLeap(year);
    }

    public int lengthOfMonth() {
        return getMonth().length(isLeapYear());
    }

    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    public long toEpochDay() {
        return TimeMath.epochDay(year, month, day);
    }

    public long toEpochSecond(LocalTime time, ZoneOffset offset) {
        return toEpochDay() * 86400 + time.toSecondOfDay() - offset.getTotalSeconds();
    }

    private long prolepticMonth() {
        return year * 12L + month - 1;
    }

    // ---------------------------------------------------------------- fields

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) return ((ChronoField) field).isDateBased();
        return field != null && field.isSupportedBy(this);
    }

    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) return unit.isDateBased();
        return unit != null && unit.isSupportedBy(this);
    }

    public ValueRange range(TemporalField field) {
        if (field instanceof ChronoField) {
            if (!isSupported(field)) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
            switch ((ChronoField) field) {
                case DAY_OF_MONTH:
                    return ValueRange.of(1, lengthOfMonth());
                case DAY_OF_YEAR:
                    return ValueRange.of(1, lengthOfYear());
                case ALIGNED_WEEK_OF_MONTH:
                    return ValueRange.of(1, getMonth() == Month.FEBRUARY && !isLeapYear() ? 4 : 5);
                case YEAR_OF_ERA:
                    return year <= 0 ? ValueRange.of(1, 1000000000) : ValueRange.of(1, 999999999);
                default:
                    return field.range();
            }
        }
        return field.rangeRefinedBy(this);
    }

    public long getLong(TemporalField field) {
        if (!(field instanceof ChronoField)) return field.getFrom(this);
        switch ((ChronoField) field) {
            case DAY_OF_WEEK:
                return getDayOfWeek().getValue();
            case ALIGNED_DAY_OF_WEEK_IN_MONTH:
                return ((day - 1) % 7) + 1;
            case ALIGNED_DAY_OF_WEEK_IN_YEAR:
                return ((getDayOfYear() - 1) % 7) + 1;
            case DAY_OF_MONTH:
                return day;
            case DAY_OF_YEAR:
                return getDayOfYear();
            case EPOCH_DAY:
                return toEpochDay();
            case ALIGNED_WEEK_OF_MONTH:
                return ((day - 1) / 7) + 1;
            case ALIGNED_WEEK_OF_YEAR:
                return ((getDayOfYear() - 1) / 7) + 1;
            case MONTH_OF_YEAR:
                return month;
            case PROLEPTIC_MONTH:
                return prolepticMonth();
            case YEAR_OF_ERA:
                return year >= 1 ? year : 1 - year;
            case YEAR:
                return year;
            case ERA:
                return year >= 1 ? 1 : 0;
            default:
                throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    // ---------------------------------------------------------------- with

    public LocalDate with(TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate) return (LocalDate) adjuster;
        return (LocalDate) adjuster.adjustInto(this);
    }

    public LocalDate with(TemporalField field, long newValue) {
        if (!(field instanceof ChronoField)) return field.adjustInto(this, newValue);
        ChronoField f = (ChronoField) field;
        f.checkValidValue(newValue);
        switch (f) {
            case DAY_OF_WEEK:
                return plusDays(newValue - getDayOfWeek().getValue());
            case ALIGNED_DAY_OF_WEEK_IN_MONTH:
                return plusDays(newValue - getLong(ChronoField.ALIGNED_DAY_OF_WEEK_IN_MONTH));
            case ALIGNED_DAY_OF_WEEK_IN_YEAR:
                return plusDays(newValue - getLong(ChronoField.ALIGNED_DAY_OF_WEEK_IN_YEAR));
            case DAY_OF_MONTH:
                return withDayOfMonth((int) newValue);
            case DAY_OF_YEAR:
                return withDayOfYear((int) newValue);
            case EPOCH_DAY:
                return ofEpochDay(newValue);
            case ALIGNED_WEEK_OF_MONTH:
                return plusWeeks(newValue - getLong(ChronoField.ALIGNED_WEEK_OF_MONTH));
            case ALIGNED_WEEK_OF_YEAR:
                return plusWeeks(newValue - getLong(ChronoField.ALIGNED_WEEK_OF_YEAR));
            case MONTH_OF_YEAR:
                return withMonth((int) newValue);
            case PROLEPTIC_MONTH:
                return plusMonths(newValue - prolepticMonth());
            case YEAR_OF_ERA:
                return withYear((int) (year >= 1 ? newValue : 1 - newValue));
            case YEAR:
                return withYear((int) newValue);
            case ERA:
                return getLong(ChronoField.ERA) == newValue ? this : withYear(1 - year);
            default:
                throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    private static LocalDate clamp(int year, int month, int day) {
        int len = Month.of(month).length(TimeMath.isLeap(year));
        return new LocalDate(year, month, Math.min(day, len));
    }

    public LocalDate withYear(int year) {
        if (this.year == year) return this;
        ChronoField.YEAR.checkValidValue(year);
        return clamp(year, month, day);
    }

    public LocalDate withMonth(int month) {
        if (this.month == month) return this;
        ChronoField.MONTH_OF_YEAR.checkValidValue(month);
        return clamp(year, month, day);
    }

    public LocalDate withDayOfMonth(int dayOfMonth) {
        if (this.day == dayOfMonth) return this;
        return of(year, month, dayOfMonth);
    }

    public LocalDate withDayOfYear(int dayOfYear) {
        if (getDayOfYear() == dayOfYear) return this;
        return ofYearDay(year, dayOfYear);
    }

    // ---------------------------------------------------------------- arithmetic

    public LocalDate plus(TemporalAmount amount) {
        if (amount == null) throw new NullPointerException("amountToAdd");
        if (amount instanceof Period) {
            Period p = (Period) amount;
            return plusMonths(p.toTotalMonths()).plusDays(p.getDays());
        }
        return (LocalDate) amount.addTo(this);
    }

    public LocalDate minus(TemporalAmount amount) {
        if (amount == null) throw new NullPointerException("amountToSubtract");
        if (amount instanceof Period) {
            Period p = (Period) amount;
            return minusMonths(p.toTotalMonths()).minusDays(p.getDays());
        }
        return (LocalDate) amount.subtractFrom(this);
    }

    public LocalDate plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) return unit.addTo(this, amount);
        switch ((ChronoUnit) unit) {
            case DAYS:
                return plusDays(amount);
            case WEEKS:
                return plusWeeks(amount);
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

    public LocalDate minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public LocalDate plusDays(long days) {
        if (days == 0) return this;
        return ofEpochDay(TimeMath.add(toEpochDay(), days));
    }

    public LocalDate plusWeeks(long weeks) {
        return plusDays(TimeMath.mul(weeks, 7));
    }

    public LocalDate plusMonths(long months) {
        if (months == 0) return this;
        long pm = prolepticMonth() + months;
        long y = Math.floorDiv(pm, 12);
        ChronoField.YEAR.checkValidValue(y);
        return clamp((int) y, (int) Math.floorMod(pm, 12) + 1, day);
    }

    public LocalDate plusYears(long years) {
        if (years == 0) return this;
        long y = year + years;
        ChronoField.YEAR.checkValidValue(y);
        return clamp((int) y, month, day);
    }

    public LocalDate minusDays(long days) {
        return days == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-days);
    }

    public LocalDate minusWeeks(long weeks) {
        return weeks == Long.MIN_VALUE ? plusWeeks(Long.MAX_VALUE).plusWeeks(1) : plusWeeks(-weeks);
    }

    public LocalDate minusMonths(long months) {
        return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
    }

    public LocalDate minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDate end = from(endExclusive);
        if (!(unit instanceof ChronoUnit)) return unit.between(this, end);
        switch ((ChronoUnit) unit) {
            case DAYS:
                return end.toEpochDay() - toEpochDay();
            case WEEKS:
                return (end.toEpochDay() - toEpochDay()) / 7;
            case MONTHS:
                return monthsUntil(end);
            case YEARS:
                return monthsUntil(end) / 12;
            case DECADES:
                return monthsUntil(end) / 120;
            case CENTURIES:
                return monthsUntil(end) / 1200;
            case MILLENNIA:
                return monthsUntil(end) / 12000;
            case ERAS:
                return end.getLong(ChronoField.ERA) - getLong(ChronoField.ERA);
            default:
                throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    private long monthsUntil(LocalDate end) {
        long months = end.prolepticMonth() - prolepticMonth();
        if (months > 0 && end.day < day) months--;
        else if (months < 0 && end.day > day) months++;
        return months;
    }

    public Period until(ChronoLocalDate endDateExclusive) {
        LocalDate end = from(endDateExclusive);
        long totalMonths = end.prolepticMonth() - prolepticMonth();
        int days = end.day - day;
        if (totalMonths > 0 && days < 0) {
            totalMonths--;
            days = (int) (end.toEpochDay() - plusMonths(totalMonths).toEpochDay());
        } else if (totalMonths < 0 && days > 0) {
            totalMonths++;
            days -= end.lengthOfMonth();
        }
        return Period.of(TimeMath.toInt(totalMonths / 12), (int) (totalMonths % 12), days);
    }

    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.EPOCH_DAY, toEpochDay());
    }

    public String format(DateTimeFormatter formatter) {
        if (formatter == null) throw new NullPointerException("formatter");
        return formatter.format(this);
    }

    public LocalDateTime atTime(LocalTime time) {
        return LocalDateTime.of(this, time);
    }

    public LocalDateTime atTime(int hour, int minute) {
        return atTime(LocalTime.of(hour, minute));
    }

    public LocalDateTime atTime(int hour, int minute, int second) {
        return atTime(LocalTime.of(hour, minute, second));
    }

    public LocalDateTime atTime(int hour, int minute, int second, int nano) {
        return atTime(LocalTime.of(hour, minute, second, nano));
    }

    public LocalDateTime atStartOfDay() {
        return LocalDateTime.of(this, LocalTime.MIDNIGHT);
    }

    public ZonedDateTime atStartOfDay(ZoneId zone) {
        return ZonedDateTime.of(atStartOfDay(), zone);
    }

    // ---------------------------------------------------------------- comparison

    public int compareTo(ChronoLocalDate other) {
        if (!(other instanceof LocalDate)) return Long.compare(toEpochDay(), other.toEpochDay());
        LocalDate o = (LocalDate) other;
        int c = year - o.year;
        if (c == 0) {
            c = month - o.month;
            if (c == 0) c = day - o.day;
        }
        return c;
    }

    public boolean isAfter(ChronoLocalDate o) {
        return compareTo(o) > 0;
    }

    public boolean isBefore(ChronoLocalDate o) {
        return compareTo(o) < 0;
    }

    public boolean isEqual(ChronoLocalDate o) {
        return compareTo(o) == 0;
    }

    public boolean equals(Object o) {
        return o instanceof LocalDate && compareTo((LocalDate) o) == 0;
    }

    public int hashCode() {
        return (year & 0xFFFFF800) ^ ((year << 11) + (month << 6) + day);
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        TimeMath.year(sb, year);
        sb.append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day);
        return sb.toString();
    }
}
