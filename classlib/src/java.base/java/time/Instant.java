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

public final class Instant implements Temporal, TemporalAdjuster, Comparable<Instant>, java.io.Serializable {
    private static final long MIN_SECOND = -31557014167219200L;
    private static final long MAX_SECOND = 31556889864403199L;
    public static final Instant EPOCH = new Instant(0, 0);
    public static final Instant MIN = new Instant(MIN_SECOND, 0);
    public static final Instant MAX = new Instant(MAX_SECOND, 999_999_999);

    private final long seconds;
    private final int nanos;

    private Instant(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Instant create(long seconds, int nanos) {
        if ((seconds | nanos) == 0) return EPOCH;
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            throw new DateTimeException("Instant exceeds minimum or maximum instant");
        }
        return new Instant(seconds, nanos);
    }

    public static Instant now() {
        return Clock.systemUTC().instant();
    }

    public static Instant now(Clock clock) {
        return clock.instant();
    }

    public static Instant ofEpochSecond(long epochSecond) {
        return create(epochSecond, 0);
    }

    public static Instant ofEpochSecond(long epochSecond, long nanoAdjustment) {
        long secs = TimeMath.add(epochSecond, Math.floorDiv(nanoAdjustment, LocalTime.NANOS_PER_SECOND));
        int nos = (int) Math.floorMod(nanoAdjustment, LocalTime.NANOS_PER_SECOND);
        return create(secs, nos);
    }

    public static Instant ofEpochMilli(long epochMilli) {
        return create(Math.floorDiv(epochMilli, 1000), (int) Math.floorMod(epochMilli, 1000) * 1000_000);
    }

    public static Instant from(TemporalAccessor t) {
        if (t == null) throw new NullPointerException("temporal");
        if (t instanceof Instant) return (Instant) t;
        if (t instanceof OffsetDateTime) return ((OffsetDateTime) t).toInstant();
        if (t instanceof ZonedDateTime) return ((ZonedDateTime) t).toInstant();
        try {
            return ofEpochSecond(t.getLong(ChronoField.INSTANT_SECONDS), t.getLong(ChronoField.NANO_OF_SECOND));
        } catch (DateTimeException e) {
            throw new DateTimeException("Unable to obtain Instant from TemporalAccessor: " + t + " of type "
                    + t.getClass().getName(), e);
        }
    }

    public static Instant parse(CharSequence text) {
        return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    }

    public long getEpochSecond() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public long toEpochMilli() {
        if (seconds < 0 && nanos > 0) {
            long millis = TimeMath.mul(seconds + 1, 1000);
            return TimeMath.add(millis, nanos / 1000_000 - 1000);
        }
        return TimeMath.add(TimeMath.mul(seconds, 1000), nanos / 1000_000);
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) {
            return field == ChronoField.INSTANT_SECONDS || field == ChronoField.NANO_OF_SECOND
                    || field == ChronoField.MICRO_OF_SECOND || field == ChronoField.MILLI_OF_SECOND;
        }
        return field != null && field.isSupportedBy(this);
    }

    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) return unit.isTimeBased() || unit == ChronoUnit.DAYS;
        return unit != null && unit.isSupportedBy(this);
    }

    public long getLong(TemporalField field) {
        if (field instanceof ChronoField) {
            switch ((ChronoField) field) {
                case NANO_OF_SECOND:
                    return nanos;
                case MICRO_OF_SECOND:
                    return nanos / 1000;
                case MILLI_OF_SECOND:
                    return nanos / 1000_000;
                case INSTANT_SECONDS:
                    return seconds;
                default:
                    throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
            }
        }
        return field.getFrom(this);
    }

    public Instant with(TemporalAdjuster adjuster) {
        return (Instant) adjuster.adjustInto(this);
    }

    public Instant with(TemporalField field, long v) {
        if (field instanceof ChronoField) {
            ChronoField f = (ChronoField) field;
            f.checkValidValue(v);
            switch (f) {
                case MILLI_OF_SECOND:
                    return create(seconds, (int) v * 1000_000);
                case MICRO_OF_SECOND:
                    return create(seconds, (int) v * 1000);
                case NANO_OF_SECOND:
                    return create(seconds, (int) v);
                case INSTANT_SECONDS:
                    return create(v, nanos);
                default:
                    throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
            }
        }
        return field.adjustInto(this, v);
    }

    public Instant truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.NANOS) return this;
        Duration d = unit.getDuration();
        if (d.getSeconds() > 86400) throw new UnsupportedTemporalTypeException("Unit is too large to be used for truncation");
        long dur = d.toNanos();
        if (LocalTime.NANOS_PER_DAY % dur != 0) {
            throw new UnsupportedTemporalTypeException("Unit must divide into a standard day without remainder");
        }
        long nod = Math.floorMod(seconds, 86400) * LocalTime.NANOS_PER_SECOND + nanos;
        long result = (nod / dur) * dur;
        return plusNanos(result - nod);
    }

    public Instant plus(TemporalAmount amountToAdd) {
        return (Instant) amountToAdd.addTo(this);
    }

    public Instant minus(TemporalAmount amountToSubtract) {
        return (Instant) amountToSubtract.subtractFrom(this);
    }

    public Instant plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) return unit.addTo(this, amount);
        switch ((ChronoUnit) unit) {
            case NANOS:
                return plusNanos(amount);
            case MICROS:
                return plus(amount / 1000_000, (amount % 1000_000) * 1000);
            case MILLIS:
                return plusMillis(amount);
            case SECONDS:
                return plusSeconds(amount);
            case MINUTES:
                return plusSeconds(TimeMath.mul(amount, 60));
            case HOURS:
                return plusSeconds(TimeMath.mul(amount, 3600));
            case HALF_DAYS:
                return plusSeconds(TimeMath.mul(amount, 43200));
            case DAYS:
                return plusSeconds(TimeMath.mul(amount, 86400));
            default:
                throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public Instant minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public Instant plusSeconds(long s) {
        return plus(s, 0);
    }

    public Instant plusMillis(long ms) {
        return plus(ms / 1000, (ms % 1000) * 1000_000);
    }

    public Instant plusNanos(long n) {
        return plus(0, n);
    }

    public Instant minusSeconds(long s) {
        return s == Long.MIN_VALUE ? plusSeconds(Long.MAX_VALUE).plusSeconds(1) : plusSeconds(-s);
    }

    public Instant minusMillis(long ms) {
        return ms == Long.MIN_VALUE ? plusMillis(Long.MAX_VALUE).plusMillis(1) : plusMillis(-ms);
    }

    public Instant minusNanos(long n) {
        return n == Long.MIN_VALUE ? plusNanos(Long.MAX_VALUE).plusNanos(1) : plusNanos(-n);
    }

    private Instant plus(long secs, long nanosToAdd) {
        if ((secs | nanosToAdd) == 0) return this;
        long s = TimeMath.add(seconds, secs);
        s = TimeMath.add(s, nanosToAdd / LocalTime.NANOS_PER_SECOND);
        long n = nanos + nanosToAdd % LocalTime.NANOS_PER_SECOND;
        return ofEpochSecond(s, n);
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        Instant end = from(endExclusive);
        if (!(unit instanceof ChronoUnit)) return unit.between(this, end);
        switch ((ChronoUnit) unit) {
            case NANOS:
                return nanosUntil(end);
            case MICROS:
                return nanosUntil(end) / 1000;
            case MILLIS:
                return TimeMath.sub(end.toEpochMilli(), toEpochMilli());
            case SECONDS:
                return secondsUntil(end);
            case MINUTES:
                return secondsUntil(end) / 60;
            case HOURS:
                return secondsUntil(end) / 3600;
            case HALF_DAYS:
                return secondsUntil(end) / 43200;
            case DAYS:
                return secondsUntil(end) / 86400;
            default:
                throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    private long nanosUntil(Instant end) {
        long secs = TimeMath.sub(end.seconds, seconds);
        return TimeMath.add(TimeMath.mul(secs, LocalTime.NANOS_PER_SECOND), end.nanos - nanos);
    }

    private long secondsUntil(Instant end) {
        long secs = TimeMath.sub(end.seconds, seconds);
        long nd = end.nanos - nanos;
        if (secs > 0 && nd < 0) secs--;
        else if (secs < 0 && nd > 0) secs++;
        return secs;
    }

    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.INSTANT_SECONDS, seconds).with(ChronoField.NANO_OF_SECOND, nanos);
    }

    public OffsetDateTime atOffset(ZoneOffset offset) {
        if (offset == null) throw new NullPointerException("zone");
        return OffsetDateTime.ofInstant(this, offset);
    }

    public ZonedDateTime atZone(ZoneId zone) {
        if (zone == null) throw new NullPointerException("zone");
        return ZonedDateTime.ofInstant(this, zone);
    }

    public int compareTo(Instant otherInstant) {
        int c = Long.compare(seconds, otherInstant.seconds);
        return c != 0 ? c : nanos - otherInstant.nanos;
    }

    public boolean isAfter(Instant otherInstant) {
        return compareTo(otherInstant) > 0;
    }

    public boolean isBefore(Instant otherInstant) {
        return compareTo(otherInstant) < 0;
    }

    public boolean equals(Object o) {
        return o instanceof Instant && ((Instant) o).seconds == seconds && ((Instant) o).nanos == nanos;
    }

    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(32);
        appendIso(sb, seconds, nanos);
        sb.append('Z');
        return sb.toString();
    }

    /** yyyy-MM-ddTHH:mm:ss[.fff] for a UTC epoch second (no range limits). */
    static void appendIso(StringBuilder sb, long secs, int nanos) {
        long day = Math.floorDiv(secs, 86400);
        int sod = (int) Math.floorMod(secs, 86400);
        long[] c = TimeMath.civil(day);
        TimeMath.year(sb, c[0]);
        sb.append('-');
        TimeMath.pad(sb, c[1], 2);
        sb.append('-');
        TimeMath.pad(sb, c[2], 2);
        sb.append('T');
        TimeMath.pad(sb, sod / 3600, 2);
        sb.append(':');
        TimeMath.pad(sb, (sod / 60) % 60, 2);
        sb.append(':');
        TimeMath.pad(sb, sod % 60, 2);
        TimeMath.fraction(sb, nanos);
    }
}
