package java.time;

import java.time.chrono.ChronoLocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.time.temporal.ValueRange;

public final class LocalDateTime implements ChronoLocalDateTime<LocalDate>, java.io.Serializable {
    public static final LocalDateTime MIN = new LocalDateTime(LocalDate.MIN, LocalTime.MIN);
    public static final LocalDateTime MAX = new LocalDateTime(LocalDate.MAX, LocalTime.MAX);

    private final LocalDate date;
    private final LocalTime time;

    private LocalDateTime(LocalDate date, LocalTime time) {
        this.date = date;
        this.time = time;
    }

    public static LocalDateTime of(LocalDate date, LocalTime time) {
        if (date == null) throw new NullPointerException("date");
        if (time == null) throw new NullPointerException("time");
        return new LocalDateTime(date, time);
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute) {
        return new LocalDateTime(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second) {
        return new LocalDateTime(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second, int nano) {
        return new LocalDateTime(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute) {
        return new LocalDateTime(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute, int second) {
        return new LocalDateTime(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime ofEpochSecond(long epochSecond, int nanoOfSecond, ZoneOffset offset) {
        ChronoField.NANO_OF_SECOND.checkValidValue(nanoOfSecond);
        long local = epochSecond + offset.getTotalSeconds();
        long day = Math.floorDiv(local, 86400);
        int sod = (int) Math.floorMod(local, 86400);
        return new LocalDateTime(LocalDate.ofEpochDay(day),
                LocalTime.ofNanoOfDay(sod * LocalTime.NANOS_PER_SECOND + nanoOfSecond));
    }

    public static LocalDateTime ofInstant(Instant instant, ZoneId zone) {
        return ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.ofTotalSeconds(zone.offsetSeconds()));
    }

    public static LocalDateTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalDateTime now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalDateTime now(Clock clock) {
        if (clock == null) throw new NullPointerException("clock");
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalDateTime from(TemporalAccessor t) {
        if (t == null) throw new NullPointerException("temporal");
        if (t instanceof LocalDateTime) return (LocalDateTime) t;
        if (t instanceof ZonedDateTime) return ((ZonedDateTime) t).toLocalDateTime();
        if (t instanceof OffsetDateTime) return ((OffsetDateTime) t).toLocalDateTime();
        try {
            return new LocalDateTime(LocalDate.from(t), LocalTime.from(t));
        } catch (DateTimeException e) {
            throw new DateTimeException("Unable to obtain LocalDateTime from TemporalAccessor: " + t + " of type "
                    + (t == null ? "null" : t.getClass().getName()), e);
        }
    }

    public static LocalDateTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    public static LocalDateTime parse(CharSequence text, DateTimeFormatter formatter) {
        if (formatter == null) throw new NullPointerException("formatter");
        return formatter.parse(text, LocalDateTime::from);
    }

    public LocalDate toLocalDate() {
        return date;
    }

    public LocalTime toLocalTime() {
        return time;
    }

    public int getYear() {
        return date.getYear();
    }

    public int getMonthValue() {
        return date.getMonthValue();
    }

    public Month getMonth() {
        return date.getMonth();
    }

    public int getDayOfMonth() {
        return date.getDayOfMonth();
    }

    public int getDayOfYear() {
        return date.getDayOfYear();
    }

    public DayOfWeek getDayOfWeek() {
        return date.getDayOfWeek();
    }

    public int getHour() {
        return time.getHour();
    }

    public int getMinute() {
        return time.getMinute();
    }

    public int getSecond() {
        return time.getSecond();
    }

    public int getNano() {
        return time.getNano();
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) return field.isDateBased() || field.isTimeBased();
        return field != null && field.isSupportedBy(this);
    }

    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) return unit != ChronoUnit.FOREVER;
        return unit != null && unit.isSupportedBy(this);
    }

    public ValueRange range(TemporalField field) {
        if (field instanceof ChronoField) {
            return ((ChronoField) field).isTimeBased() ? time.range(field) : date.range(field);
        }
        return field.rangeRefinedBy(this);
    }

    public long getLong(TemporalField field) {
        if (field instanceof ChronoField) {
            return ((ChronoField) field).isTimeBased() ? time.getLong(field) : date.getLong(field);
        }
        return field.getFrom(this);
    }

    private LocalDateTime with(LocalDate d, LocalTime t) {
        if (d == date && t == time) return this;
        return new LocalDateTime(d, t);
    }

    public LocalDateTime with(TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate) return with((LocalDate) adjuster, time);
        if (adjuster instanceof LocalTime) return with(date, (LocalTime) adjuster);
        if (adjuster instanceof LocalDateTime) return (LocalDateTime) adjuster;
        return (LocalDateTime) adjuster.adjustInto(this);
    }

    public LocalDateTime with(TemporalField field, long newValue) {
        if (field instanceof ChronoField) {
            if (((ChronoField) field).isTimeBased()) return with(date, time.with(field, newValue));
            return with(date.with(field, newValue), time);
        }
        return field.adjustInto(this, newValue);
    }

    public LocalDateTime withYear(int year) {
        return with(date.withYear(year), time);
    }

    public LocalDateTime withMonth(int month) {
        return with(date.withMonth(month), time);
    }

    public LocalDateTime withDayOfMonth(int day) {
        return with(date.withDayOfMonth(day), time);
    }

    public LocalDateTime withDayOfYear(int day) {
        return with(date.withDayOfYear(day), time);
    }

    public LocalDateTime withHour(int hour) {
        return with(date, time.withHour(hour));
    }

    public LocalDateTime withMinute(int minute) {
        return with(date, time.withMinute(minute));
    }

    public LocalDateTime withSecond(int second) {
        return with(date, time.withSecond(second));
    }

    public LocalDateTime withNano(int nano) {
        return with(date, time.withNano(nano));
    }

    public LocalDateTime truncatedTo(TemporalUnit unit) {
        return with(date, time.truncatedTo(unit));
    }

    public LocalDateTime plus(TemporalAmount amount) {
        if (amount == null) throw new NullPointerException("amountToAdd");
        if (amount instanceof Period) return with(date.plus(amount), time);
        return (LocalDateTime) amount.addTo(this);
    }

    public LocalDateTime minus(TemporalAmount amount) {
        if (amount == null) throw new NullPointerException("amountToSubtract");
        if (amount instanceof Period) return with(date.minus(amount), time);
        return (LocalDateTime) amount.subtractFrom(this);
    }

    public LocalDateTime plus(long amount, TemporalUnit unit) {
        if (unit instanceof ChronoUnit) {
            switch ((ChronoUnit) unit) {
                case NANOS:
                    return plusNanos(amount);
                case MICROS:
                    return plusDays(amount / 86400_000_000L).plusNanos((amount % 86400_000_000L) * 1000);
                case MILLIS:
                    return plusDays(amount / 86400_000L).plusNanos((amount % 86400_000L) * 1000_000);
                case SECONDS:
                    return plusSeconds(amount);
                case MINUTES:
                    return plusMinutes(amount);
                case HOURS:
                    return plusHours(amount);
                case HALF_DAYS:
                    return plusDays(amount / 256).plusHours((amount % 256) * 12);
                default:
                    return with(date.plus(amount, unit), time);
            }
        }
        return unit.addTo(this, amount);
    }

    public LocalDateTime minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public LocalDateTime plusYears(long years) {
        return with(date.plusYears(years), time);
    }

    public LocalDateTime plusMonths(long months) {
        return with(date.plusMonths(months), time);
    }

    public LocalDateTime plusWeeks(long weeks) {
        return with(date.plusWeeks(weeks), time);
    }

    public LocalDateTime plusDays(long days) {
        return with(date.plusDays(days), time);
    }

    public LocalDateTime plusHours(long hours) {
        return plusWithOverflow(hours / 24, (hours % 24) * 3600 * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime plusMinutes(long minutes) {
        return plusWithOverflow(minutes / 1440, (minutes % 1440) * 60 * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime plusSeconds(long seconds) {
        return plusWithOverflow(seconds / 86400, (seconds % 86400) * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime plusNanos(long nanos) {
        return plusWithOverflow(nanos / LocalTime.NANOS_PER_DAY, nanos % LocalTime.NANOS_PER_DAY);
    }

    /** Adds whole days plus a nano amount smaller than one day in magnitude. */
    private LocalDateTime plusWithOverflow(long days, long nanos) {
        if (days == 0 && nanos == 0) return this;
        long nod = time.toNanoOfDay() + nanos;
        long carry = Math.floorDiv(nod, LocalTime.NANOS_PER_DAY);
        nod = Math.floorMod(nod, LocalTime.NANOS_PER_DAY);
        LocalTime t = nod == time.toNanoOfDay() ? time : LocalTime.ofNanoOfDay(nod);
        return with(date.plusDays(TimeMath.add(days, carry)), t);
    }

    public LocalDateTime minusYears(long v) {
        return v == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-v);
    }

    public LocalDateTime minusMonths(long v) {
        return v == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-v);
    }

    public LocalDateTime minusWeeks(long v) {
        return v == Long.MIN_VALUE ? plusWeeks(Long.MAX_VALUE).plusWeeks(1) : plusWeeks(-v);
    }

    public LocalDateTime minusDays(long v) {
        return v == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-v);
    }

    public LocalDateTime minusHours(long v) {
        return plusWithOverflow(-(v / 24), -(v % 24) * 3600 * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime minusMinutes(long v) {
        return plusWithOverflow(-(v / 1440), -(v % 1440) * 60 * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime minusSeconds(long v) {
        return plusWithOverflow(-(v / 86400), -(v % 86400) * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime minusNanos(long v) {
        return plusWithOverflow(-(v / LocalTime.NANOS_PER_DAY), -(v % LocalTime.NANOS_PER_DAY));
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDateTime end = from(endExclusive);
        if (!(unit instanceof ChronoUnit)) return unit.between(this, end);
        if (unit.isTimeBased()) {
            long days = end.date.toEpochDay() - date.toEpochDay();
            long nanos = end.time.toNanoOfDay() - time.toNanoOfDay();
            if (days > 0 && nanos < 0) {
                days--;
                nanos += LocalTime.NANOS_PER_DAY;
            } else if (days < 0 && nanos > 0) {
                days++;
                nanos -= LocalTime.NANOS_PER_DAY;
            }
            long per;
            switch ((ChronoUnit) unit) {
                case NANOS:
                    return TimeMath.add(TimeMath.mul(days, LocalTime.NANOS_PER_DAY), nanos);
                case MICROS:
                    per = 1000;
                    break;
                case MILLIS:
                    per = 1000_000;
                    break;
                case SECONDS:
                    per = LocalTime.NANOS_PER_SECOND;
                    break;
                case MINUTES:
                    per = 60 * LocalTime.NANOS_PER_SECOND;
                    break;
                case HOURS:
                    per = 3600 * LocalTime.NANOS_PER_SECOND;
                    break;
                default:
                    per = 12 * 3600 * LocalTime.NANOS_PER_SECOND;
                    break;
            }
            return TimeMath.add(TimeMath.mul(days, LocalTime.NANOS_PER_DAY / per), nanos / per);
        }
        LocalDate endDate = end.date;
        if (endDate.isAfter(date) && end.time.isBefore(time)) endDate = endDate.minusDays(1);
        else if (endDate.isBefore(date) && end.time.isAfter(time)) endDate = endDate.plusDays(1);
        return date.until(endDate, unit);
    }

    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.EPOCH_DAY, date.toEpochDay()).with(ChronoField.NANO_OF_DAY, time.toNanoOfDay());
    }

    public String format(DateTimeFormatter formatter) {
        if (formatter == null) throw new NullPointerException("formatter");
        return formatter.format(this);
    }

    public OffsetDateTime atOffset(ZoneOffset offset) {
        return OffsetDateTime.of(this, offset);
    }

    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.of(this, zone);
    }

    public int compareTo(ChronoLocalDateTime<?> other) {
        if (other instanceof LocalDateTime) {
            LocalDateTime o = (LocalDateTime) other;
            int c = date.compareTo(o.date);
            return c != 0 ? c : time.compareTo(o.time);
        }
        return ChronoLocalDateTime.super.compareTo(other);
    }

    public boolean isAfter(ChronoLocalDateTime<?> o) {
        return compareTo(o) > 0;
    }

    public boolean isBefore(ChronoLocalDateTime<?> o) {
        return compareTo(o) < 0;
    }

    public boolean isEqual(ChronoLocalDateTime<?> o) {
        return compareTo(o) == 0;
    }

    public boolean equals(Object o) {
        return o instanceof LocalDateTime && compareTo((LocalDateTime) o) == 0;
    }

    public int hashCode() {
        return date.hashCode() ^ time.hashCode();
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(date.toString());
        sb.append('T');
        time.appendTo(sb);
        return sb.toString();
    }
}
