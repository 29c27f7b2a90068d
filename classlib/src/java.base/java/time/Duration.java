package java.time;

import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Duration implements TemporalAmount, Comparable<Duration>, java.io.Serializable {
    private static final long NPS = 1000_000_000L;
    public static final Duration ZERO = new Duration(0, 0);

    private final long seconds;
    private final int nanos;

    private Duration(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Duration create(long seconds, int nanos) {
        if ((seconds | nanos) == 0) return ZERO;
        return new Duration(seconds, nanos);
    }

    public static Duration ofDays(long days) {
        return create(TimeMath.mul(days, 86400), 0);
    }

    public static Duration ofHours(long hours) {
        return create(TimeMath.mul(hours, 3600), 0);
    }

    public static Duration ofMinutes(long minutes) {
        return create(TimeMath.mul(minutes, 60), 0);
    }

    public static Duration ofSeconds(long seconds) {
        return create(seconds, 0);
    }

    public static Duration ofSeconds(long seconds, long nanoAdjustment) {
        long secs = TimeMath.add(seconds, Math.floorDiv(nanoAdjustment, NPS));
        return create(secs, (int) Math.floorMod(nanoAdjustment, NPS));
    }

    public static Duration ofMillis(long millis) {
        return create(Math.floorDiv(millis, 1000), (int) Math.floorMod(millis, 1000) * 1000_000);
    }

    public static Duration ofNanos(long nanos) {
        return create(Math.floorDiv(nanos, NPS), (int) Math.floorMod(nanos, NPS));
    }

    public static Duration of(long amount, TemporalUnit unit) {
        if (unit == null) throw new NullPointerException("unit");
        return ZERO.plus(amount, unit);
    }

    public static Duration from(TemporalAmount amount) {
        Duration d = ZERO;
        for (TemporalUnit u : amount.getUnits()) d = d.plus(amount.get(u), u);
        return d;
    }

    public static Duration between(Temporal startInclusive, Temporal endExclusive) {
        try {
            return ofNanos(startInclusive.until(endExclusive, ChronoUnit.NANOS));
        } catch (DateTimeException | ArithmeticException e) {
            long secs = startInclusive.until(endExclusive, ChronoUnit.SECONDS);
            long nanos;
            try {
                nanos = endExclusive.getLong(ChronoField.NANO_OF_SECOND) - startInclusive.getLong(ChronoField.NANO_OF_SECOND);
                if (secs > 0 && nanos < 0) secs++;
                else if (secs < 0 && nanos > 0) secs--;
            } catch (DateTimeException e2) {
                nanos = 0;
            }
            return ofSeconds(secs, nanos);
        }
    }

    private static final Pattern PATTERN = Pattern.compile("([-+]?)P(?:([-+]?[0-9]+)D)?"
            + "(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?",
            Pattern.CASE_INSENSITIVE);

    public static Duration parse(CharSequence text) {
        if (text == null) throw new NullPointerException("text");
        Matcher m = PATTERN.matcher(text);
        if (m.matches() && !"T".equalsIgnoreCase(m.group(3))) {
            String d = m.group(2), h = m.group(4), mi = m.group(5), s = m.group(6), f = m.group(7);
            if (d != null || h != null || mi != null || s != null) {
                boolean neg = "-".equals(m.group(1));
                try {
                    long secs = TimeMath.add(TimeMath.add(num(d, 86400), num(h, 3600)),
                            TimeMath.add(num(mi, 60), num(s, 1)));
                    long nano = 0;
                    if (f != null && !f.isEmpty()) {
                        nano = Long.parseLong((f + "000000000").substring(0, 9));
                        if (s != null && s.charAt(0) == '-') nano = -nano;
                    }
                    Duration r = ofSeconds(secs, nano);
                    return neg ? r.negated() : r;
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new DateTimeParseException("Text cannot be parsed to a Duration", text, 0, e);
                }
            }
        }
        throw new DateTimeParseException("Text cannot be parsed to a Duration", text, 0);
    }

    private static long num(String s, long mul) {
        if (s == null) return 0;
        return TimeMath.mul(Long.parseLong(s), mul);
    }

    public long get(TemporalUnit unit) {
        if (unit == ChronoUnit.SECONDS) return seconds;
        if (unit == ChronoUnit.NANOS) return nanos;
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }

    public List<TemporalUnit> getUnits() {
        return List.of(ChronoUnit.SECONDS, ChronoUnit.NANOS);
    }

    public boolean isZero() {
        return (seconds | nanos) == 0;
    }

    public boolean isNegative() {
        return seconds < 0;
    }

    public long getSeconds() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public Duration withSeconds(long s) {
        return create(s, nanos);
    }

    public Duration withNanos(int n) {
        ChronoField.NANO_OF_SECOND.checkValidIntValue(n);
        return create(seconds, n);
    }

    public Duration plus(Duration duration) {
        return plus(duration.getSeconds(), duration.getNano());
    }

    public Duration plus(long amount, TemporalUnit unit) {
        if (unit == ChronoUnit.DAYS) return plus(TimeMath.mul(amount, 86400), 0);
        if (unit.isDurationEstimated()) {
            throw new UnsupportedTemporalTypeException("Unit must not have an estimated duration");
        }
        if (amount == 0) return this;
        if (unit instanceof ChronoUnit) {
            switch ((ChronoUnit) unit) {
                case NANOS:
                    return plusNanos(amount);
                case MICROS:
                    return plusSeconds((amount / (1000_000L * 1000)) * 1000).plusNanos((amount % (1000_000L * 1000)) * 1000);
                case MILLIS:
                    return plusMillis(amount);
                case SECONDS:
                    return plusSeconds(amount);
                default:
                    return plusSeconds(TimeMath.mul(unit.getDuration().seconds, amount));
            }
        }
        Duration d = unit.getDuration().multipliedBy(amount);
        return plus(d);
    }

    public Duration plusDays(long v) {
        return plus(TimeMath.mul(v, 86400), 0);
    }

    public Duration plusHours(long v) {
        return plus(TimeMath.mul(v, 3600), 0);
    }

    public Duration plusMinutes(long v) {
        return plus(TimeMath.mul(v, 60), 0);
    }

    public Duration plusSeconds(long v) {
        return plus(v, 0);
    }

    public Duration plusMillis(long v) {
        return plus(v / 1000, (v % 1000) * 1000_000);
    }

    public Duration plusNanos(long v) {
        return plus(0, v);
    }

    private Duration plus(long secs, long nanosToAdd) {
        if ((secs | nanosToAdd) == 0) return this;
        long s = TimeMath.add(seconds, secs);
        s = TimeMath.add(s, nanosToAdd / NPS);
        return ofSeconds(s, nanos + nanosToAdd % NPS);
    }

    public Duration minus(Duration duration) {
        long s = duration.getSeconds();
        int n = duration.getNano();
        if (s == Long.MIN_VALUE) return plus(Long.MAX_VALUE, -n).plus(1, 0);
        return plus(-s, -n);
    }

    public Duration minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public Duration minusDays(long v) {
        return v == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-v);
    }

    public Duration minusHours(long v) {
        return v == Long.MIN_VALUE ? plusHours(Long.MAX_VALUE).plusHours(1) : plusHours(-v);
    }

    public Duration minusMinutes(long v) {
        return v == Long.MIN_VALUE ? plusMinutes(Long.MAX_VALUE).plusMinutes(1) : plusMinutes(-v);
    }

    public Duration minusSeconds(long v) {
        return v == Long.MIN_VALUE ? plusSeconds(Long.MAX_VALUE).plusSeconds(1) : plusSeconds(-v);
    }

    public Duration minusMillis(long v) {
        return v == Long.MIN_VALUE ? plusMillis(Long.MAX_VALUE).plusMillis(1) : plusMillis(-v);
    }

    public Duration minusNanos(long v) {
        return v == Long.MIN_VALUE ? plusNanos(Long.MAX_VALUE).plusNanos(1) : plusNanos(-v);
    }

    public Duration multipliedBy(long k) {
        if (k == 0) return ZERO;
        if (k == 1) return this;
        // seconds * k + nanos * k / 1e9, exactly
        long s = TimeMath.mul(seconds, k);
        long nk = (long) nanos * (k % NPS);
        long extra = (long) nanos * (k / NPS);
        return ofSeconds(TimeMath.add(s, extra), nk);
    }

    public Duration dividedBy(long divisor) {
        if (divisor == 0) throw new ArithmeticException("Cannot divide by zero");
        if (divisor == 1) return this;
        if (seconds > -9_000_000_000L && seconds < 9_000_000_000L) return ofNanos(toNanos() / divisor);
        // large values: divide the seconds, then the remainder (rounding toward zero)
        long q = seconds / divisor;
        long r = seconds % divisor;
        if (r > -9_000_000_000L && r < 9_000_000_000L) return ofSeconds(q, (r * NPS + nanos) / divisor);
        return ofSeconds(q, (long) ((r * 1e9 + nanos) / divisor));
    }

    public long dividedBy(Duration divisor) {
        if (divisor.isZero()) throw new ArithmeticException("Cannot divide by zero");
        long a = toNanos(), b = divisor.toNanos();
        return a / b;
    }

    public Duration negated() {
        return multipliedBy(-1);
    }

    public Duration abs() {
        return isNegative() ? negated() : this;
    }

    public Temporal addTo(Temporal t) {
        if (seconds != 0) t = t.plus(seconds, ChronoUnit.SECONDS);
        if (nanos != 0) t = t.plus(nanos, ChronoUnit.NANOS);
        return t;
    }

    public Temporal subtractFrom(Temporal t) {
        if (seconds != 0) t = t.minus(seconds, ChronoUnit.SECONDS);
        if (nanos != 0) t = t.minus(nanos, ChronoUnit.NANOS);
        return t;
    }

    public long toDays() {
        return seconds / 86400;
    }

    public long toHours() {
        return seconds / 3600;
    }

    public long toMinutes() {
        return seconds / 60;
    }

    public long toSeconds() {
        return seconds;
    }

    public long toMillis() {
        long s = seconds, n = nanos;
        if (s < 0) {
            s++;
            n -= NPS;
        }
        return TimeMath.add(TimeMath.mul(s, 1000), n / 1000_000);
    }

    public long toNanos() {
        long s = seconds, n = nanos;
        if (s < 0) {
            s++;
            n -= NPS;
        }
        return TimeMath.add(TimeMath.mul(s, NPS), n);
    }

    public long toDaysPart() {
        return seconds / 86400;
    }

    public int toHoursPart() {
        return (int) (toHours() % 24);
    }

    public int toMinutesPart() {
        return (int) (toMinutes() % 60);
    }

    public int toSecondsPart() {
        return (int) (seconds % 60);
    }

    public int toMillisPart() {
        return nanos / 1000_000;
    }

    public int toNanosPart() {
        return nanos;
    }

    public Duration truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.SECONDS && (seconds >= 0 || nanos == 0)) return create(seconds, 0);
        if (unit == ChronoUnit.NANOS) return this;
        Duration ud = unit.getDuration();
        if (ud.getSeconds() > 86400) throw new UnsupportedTemporalTypeException("Unit is too large to be used for truncation");
        long dur = ud.toNanos();
        if ((LocalTime.NANOS_PER_DAY % dur) != 0) {
            throw new UnsupportedTemporalTypeException("Unit must divide into a standard day without remainder");
        }
        long nod = (seconds % 86400) * NPS + nanos;
        long result = (nod / dur) * dur;
        return plusNanos(result - nod);
    }

    public int compareTo(Duration otherDuration) {
        int c = Long.compare(seconds, otherDuration.seconds);
        return c != 0 ? c : nanos - otherDuration.nanos;
    }

    public boolean equals(Object o) {
        return o instanceof Duration && ((Duration) o).seconds == seconds && ((Duration) o).nanos == nanos;
    }

    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    public String toString() {
        if (isZero()) return "PT0S";
        boolean borrow = seconds < 0 && nanos > 0;
        long total = borrow ? seconds + 1 : seconds;
        long hours = total / 3600;
        int minutes = (int) ((total % 3600) / 60);
        int secs = (int) (total % 60);
        StringBuilder sb = new StringBuilder("PT");
        if (hours != 0) sb.append(hours).append('H');
        if (minutes != 0) sb.append(minutes).append('M');
        if (secs == 0 && nanos == 0 && sb.length() > 2) return sb.toString();
        if (borrow && secs == 0) sb.append("-0");
        else sb.append(secs);
        if (nanos > 0) {
            StringBuilder f = new StringBuilder();
            TimeMath.pad(f, borrow ? NPS - nanos : nanos, 9);
            int end = 9;
            while (f.charAt(end - 1) == '0') end--;
            sb.append('.').append(f, 0, end);
        }
        return sb.append('S').toString();
    }
}
