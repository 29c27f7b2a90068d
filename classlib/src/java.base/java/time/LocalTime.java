package java.time;

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

public final class LocalTime implements Temporal, TemporalAdjuster, Comparable<LocalTime>, java.io.Serializable {
    static final long NANOS_PER_SECOND = 1000_000_000L;
    static final long NANOS_PER_DAY = 86400L * NANOS_PER_SECOND;

    public static final LocalTime MIN = new LocalTime(0, 0, 0, 0);
    public static final LocalTime MAX = new LocalTime(23, 59, 59, 999_999_999);
    public static final LocalTime MIDNIGHT = MIN;
    public static final LocalTime NOON = new LocalTime(12, 0, 0, 0);

    private final byte hour, minute, second;
    private final int nano;

    private LocalTime(int hour, int minute, int second, int nano) {
        this.hour = (byte) hour;
        this.minute = (byte) minute;
        this.second = (byte) second;
        this.nano = nano;
    }

    public static LocalTime of(int hour, int minute) {
        ChronoField.HOUR_OF_DAY.checkValidValue(hour);
        ChronoField.MINUTE_OF_HOUR.checkValidValue(minute);
        return new LocalTime(hour, minute, 0, 0);
    }

    public static LocalTime of(int hour, int minute, int second) {
        ChronoField.HOUR_OF_DAY.checkValidValue(hour);
        ChronoField.MINUTE_OF_HOUR.checkValidValue(minute);
        ChronoField.SECOND_OF_MINUTE.checkValidValue(second);
        return new LocalTime(hour, minute, second, 0);
    }

    public static LocalTime of(int hour, int minute, int second, int nanoOfSecond) {
        ChronoField.HOUR_OF_DAY.checkValidValue(hour);
        ChronoField.MINUTE_OF_HOUR.checkValidValue(minute);
        ChronoField.SECOND_OF_MINUTE.checkValidValue(second);
        ChronoField.NANO_OF_SECOND.checkValidValue(nanoOfSecond);
        return new LocalTime(hour, minute, second, nanoOfSecond);
    }

    public static LocalTime ofSecondOfDay(long secondOfDay) {
        ChronoField.SECOND_OF_DAY.checkValidValue(secondOfDay);
        int s = (int) secondOfDay;
        return new LocalTime(s / 3600, (s / 60) % 60, s % 60, 0);
    }

    public static LocalTime ofNanoOfDay(long nanoOfDay) {
        ChronoField.NANO_OF_DAY.checkValidValue(nanoOfDay);
        long secs = nanoOfDay / NANOS_PER_SECOND;
        int s = (int) secs;
        return new LocalTime(s / 3600, (s / 60) % 60, s % 60, (int) (nanoOfDay % NANOS_PER_SECOND));
    }

    public static LocalTime ofInstant(Instant instant, ZoneId zone) {
        long secs = instant.getEpochSecond() + zone.offsetSeconds();
        return ofNanoOfDay(Math.floorMod(secs, 86400) * NANOS_PER_SECOND + instant.getNano());
    }

    public static LocalTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalTime now(Clock clock) {
        if (clock == null) throw new NullPointerException("clock");
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalTime from(TemporalAccessor t) {
        if (t == null) throw new NullPointerException("temporal");
        if (t instanceof LocalTime) return (LocalTime) t;
        if (t instanceof LocalDateTime) return ((LocalDateTime) t).toLocalTime();
        if (t instanceof OffsetDateTime) return ((OffsetDateTime) t).toLocalTime();
        if (t instanceof ZonedDateTime) return ((ZonedDateTime) t).toLocalTime();
        if (t != null && t.isSupported(ChronoField.NANO_OF_DAY)) return ofNanoOfDay(t.getLong(ChronoField.NANO_OF_DAY));
        throw new DateTimeException("Unable to obtain LocalTime from TemporalAccessor: " + t + " of type "
                + (t == null ? "null" : t.getClass().getName()));
    }

    public static LocalTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    }

    public static LocalTime parse(CharSequence text, DateTimeFormatter formatter) {
        if (formatter == null) throw new NullPointerException("formatter");
        return formatter.parse(text, LocalTime::from);
    }

    public int getHour() {
        return hour;
    }

    public int getMinute() {
        return minute;
    }

    public int getSecond() {
        return second;
    }

    public int getNano() {
        return nano;
    }

    public int toSecondOfDay() {
        return hour * 3600 + minute * 60 + second;
    }

    public long toNanoOfDay() {
        return toSecondOfDay() * NANOS_PER_SECOND + nano;
    }

    public long toEpochSecond(LocalDate date, ZoneOffset offset) {
        return date.toEpochDay() * 86400 + toSecondOfDay() - offset.getTotalSeconds();
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) return ((ChronoField) field).isTimeBased();
        return field != null && field.isSupportedBy(this);
    }

    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) return unit.isTimeBased();
        return unit != null && unit.isSupportedBy(this);
    }

    public long getLong(TemporalField field) {
        if (!(field instanceof ChronoField)) return field.getFrom(this);
        switch ((ChronoField) field) {
            case NANO_OF_SECOND:
                return nano;
            case NANO_OF_DAY:
                return toNanoOfDay();
            case MICRO_OF_SECOND:
                return nano / 1000;
            case MICRO_OF_DAY:
                return toNanoOfDay() / 1000;
            case MILLI_OF_SECOND:
                return nano / 1000_000;
            case MILLI_OF_DAY:
                return toNanoOfDay() / 1000_000;
            case SECOND_OF_MINUTE:
                return second;
            case SECOND_OF_DAY:
                return toSecondOfDay();
            case MINUTE_OF_HOUR:
                return minute;
            case MINUTE_OF_DAY:
                return hour * 60 + minute;
            case HOUR_OF_AMPM:
                return hour % 12;
            case CLOCK_HOUR_OF_AMPM: {
                int h = hour % 12;
                return h == 0 ? 12 : h;
            }
            case HOUR_OF_DAY:
                return hour;
            case CLOCK_HOUR_OF_DAY:
                return hour == 0 ? 24 : hour;
            case AMPM_OF_DAY:
                return hour / 12;
            default:
                throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    public LocalTime with(TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalTime) return (LocalTime) adjuster;
        return (LocalTime) adjuster.adjustInto(this);
    }

    public LocalTime with(TemporalField field, long v) {
        if (!(field instanceof ChronoField)) return field.adjustInto(this, v);
        ChronoField f = (ChronoField) field;
        f.checkValidValue(v);
        switch (f) {
            case NANO_OF_SECOND:
                return withNano((int) v);
            case NANO_OF_DAY:
                return ofNanoOfDay(v);
            case MICRO_OF_SECOND:
                return withNano((int) v * 1000);
            case MICRO_OF_DAY:
                return ofNanoOfDay(v * 1000);
            case MILLI_OF_SECOND:
                return withNano((int) v * 1000_000);
            case MILLI_OF_DAY:
                return ofNanoOfDay(v * 1000_000);
            case SECOND_OF_MINUTE:
                return withSecond((int) v);
            case SECOND_OF_DAY:
                return plusSeconds(v - toSecondOfDay());
            case MINUTE_OF_HOUR:
                return withMinute((int) v);
            case MINUTE_OF_DAY:
                return plusMinutes(v - (hour * 60 + minute));
            case HOUR_OF_AMPM:
                return plusHours(v - (hour % 12));
            case CLOCK_HOUR_OF_AMPM:
                return plusHours((v == 12 ? 0 : v) - (hour % 12));
            case HOUR_OF_DAY:
                return withHour((int) v);
            case CLOCK_HOUR_OF_DAY:
                return withHour((int) (v == 24 ? 0 : v));
            case AMPM_OF_DAY:
                return plusHours((v - (hour / 12)) * 12);
            default:
                throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    public LocalTime withHour(int hour) {
        ChronoField.HOUR_OF_DAY.checkValidValue(hour);
        return new LocalTime(hour, minute, second, nano);
    }

    public LocalTime withMinute(int minute) {
        ChronoField.MINUTE_OF_HOUR.checkValidValue(minute);
        return new LocalTime(hour, minute, second, nano);
    }

    public LocalTime withSecond(int second) {
        ChronoField.SECOND_OF_MINUTE.checkValidValue(second);
        return new LocalTime(hour, minute, second, nano);
    }

    public LocalTime withNano(int nano) {
        ChronoField.NANO_OF_SECOND.checkValidValue(nano);
        return new LocalTime(hour, minute, second, nano);
    }

    public LocalTime truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.NANOS) return this;
        if (unit == ChronoUnit.DAYS) return MIDNIGHT;
        Duration d = unit.getDuration();
        if (d.getSeconds() > 86400) throw new UnsupportedTemporalTypeException("Unit is too large to be used for truncation");
        long dur = d.toNanos();
        if (NANOS_PER_DAY % dur != 0) throw new UnsupportedTemporalTypeException("Unit must divide into a standard day without remainder");
        long nod = toNanoOfDay();
        return ofNanoOfDay((nod / dur) * dur);
    }

    public LocalTime plus(TemporalAmount amountToAdd) {
        return (LocalTime) amountToAdd.addTo(this);
    }

    public LocalTime minus(TemporalAmount amountToSubtract) {
        return (LocalTime) amountToSubtract.subtractFrom(this);
    }

    public LocalTime plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) return unit.addTo(this, amount);
        switch ((ChronoUnit) unit) {
            case NANOS:
                return plusNanos(amount);
            case MICROS:
                return plusNanos((amount % 86400_000_000L) * 1000);
            case MILLIS:
                return plusNanos((amount % 86400_000L) * 1000_000);
            case SECONDS:
                return plusSeconds(amount);
            case MINUTES:
                return plusMinutes(amount);
            case HOURS:
                return plusHours(amount);
            case HALF_DAYS:
                return plusHours((amount % 2) * 12);
            default:
                throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public LocalTime minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public LocalTime plusHours(long hours) {
        if (hours == 0) return this;
        int h = (int) ((hours % 24 + hour + 24) % 24);
        return new LocalTime(h, minute, second, nano);
    }

    public LocalTime plusMinutes(long minutes) {
        if (minutes == 0) return this;
        int mod = hour * 60 + minute;
        int n = (int) ((minutes % 1440 + mod + 1440) % 1440);
        if (n == mod) return this;
        return new LocalTime(n / 60, n % 60, second, nano);
    }

    public LocalTime plusSeconds(long seconds) {
        if (seconds == 0) return this;
        int sod = toSecondOfDay();
        int n = (int) ((seconds % 86400 + sod + 86400) % 86400);
        if (n == sod) return this;
        return new LocalTime(n / 3600, (n / 60) % 60, n % 60, nano);
    }

    public LocalTime plusNanos(long nanos) {
        if (nanos == 0) return this;
        long nod = toNanoOfDay();
        long n = ((nanos % NANOS_PER_DAY) + nod + NANOS_PER_DAY) % NANOS_PER_DAY;
        if (n == nod) return this;
        return ofNanoOfDay(n);
    }

    public LocalTime minusHours(long hours) {
        return plusHours(-(hours % 24));
    }

    public LocalTime minusMinutes(long minutes) {
        return plusMinutes(-(minutes % 1440));
    }

    public LocalTime minusSeconds(long seconds) {
        return plusSeconds(-(seconds % 86400));
    }

    public LocalTime minusNanos(long nanos) {
        return plusNanos(-(nanos % NANOS_PER_DAY));
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalTime end = from(endExclusive);
        if (!(unit instanceof ChronoUnit)) return unit.between(this, end);
        long diff = end.toNanoOfDay() - toNanoOfDay();
        switch ((ChronoUnit) unit) {
            case NANOS:
                return diff;
            case MICROS:
                return diff / 1000;
            case MILLIS:
                return diff / 1000_000;
            case SECONDS:
                return diff / NANOS_PER_SECOND;
            case MINUTES:
                return diff / (60 * NANOS_PER_SECOND);
            case HOURS:
                return diff / (3600 * NANOS_PER_SECOND);
            case HALF_DAYS:
                return diff / (12 * 3600 * NANOS_PER_SECOND);
            default:
                throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.NANO_OF_DAY, toNanoOfDay());
    }

    public String format(DateTimeFormatter formatter) {
        if (formatter == null) throw new NullPointerException("formatter");
        return formatter.format(this);
    }

    public LocalDateTime atDate(LocalDate date) {
        return LocalDateTime.of(date, this);
    }

    public int compareTo(LocalTime o) {
        return Long.compare(toNanoOfDay(), o.toNanoOfDay());
    }

    public boolean isAfter(LocalTime o) {
        return compareTo(o) > 0;
    }

    public boolean isBefore(LocalTime o) {
        return compareTo(o) < 0;
    }

    public boolean equals(Object o) {
        return o instanceof LocalTime && compareTo((LocalTime) o) == 0;
    }

    public int hashCode() {
        long n = toNanoOfDay();
        return (int) (n ^ (n >>> 32));
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(18);
        appendTo(sb);
        return sb.toString();
    }

    void appendTo(StringBuilder sb) {
        sb.append(hour < 10 ? "0" : "").append(hour).append(minute < 10 ? ":0" : ":").append(minute);
        if (second > 0 || nano > 0) {
            sb.append(second < 10 ? ":0" : ":").append(second);
            TimeMath.fraction(sb, nano);
        }
    }
}
