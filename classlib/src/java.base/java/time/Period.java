package java.time;

import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Period implements java.time.chrono.ChronoPeriod, java.io.Serializable {
    public static final Period ZERO = new Period(0, 0, 0);

    private final int years, months, days;

    private Period(int years, int months, int days) {
        this.years = years;
        this.months = months;
        this.days = days;
    }

    private static Period create(int y, int m, int d) {
        if ((y | m | d) == 0) return ZERO;
        return new Period(y, m, d);
    }

    public static Period of(int years, int months, int days) {
        return create(years, months, days);
    }

    public static Period ofYears(int years) {
        return create(years, 0, 0);
    }

    public static Period ofMonths(int months) {
        return create(0, months, 0);
    }

    public static Period ofWeeks(int weeks) {
        return create(0, 0, TimeMath.toInt((long) weeks * 7));
    }

    public static Period ofDays(int days) {
        return create(0, 0, days);
    }

    public static Period between(LocalDate startDateInclusive, LocalDate endDateExclusive) {
        return startDateInclusive.until(endDateExclusive);
    }

    private static final Pattern PATTERN = Pattern.compile(
            "([-+]?)P(?:([-+]?[0-9]+)Y)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)W)?(?:([-+]?[0-9]+)D)?",
            Pattern.CASE_INSENSITIVE);

    public static Period parse(CharSequence text) {
        if (text == null) throw new NullPointerException("text");
        Matcher m = PATTERN.matcher(text);
        if (m.matches()) {
            int sign = "-".equals(m.group(1)) ? -1 : 1;
            String y = m.group(2), mo = m.group(3), w = m.group(4), d = m.group(5);
            if (y != null || mo != null || d != null || w != null) {
                try {
                    int years = num(y, sign), months = num(mo, sign), weeks = num(w, sign), days = num(d, sign);
                    days = TimeMath.toInt((long) days + (long) weeks * 7);
                    if ((long) weeks * 7 != (int) ((long) weeks * 7)) throw new ArithmeticException("integer overflow");
                    return create(years, months, days);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new DateTimeParseException("Text cannot be parsed to a Period", text, 0, e);
                }
            }
        }
        throw new DateTimeParseException("Text cannot be parsed to a Period", text, 0);
    }

    private static int num(String s, int sign) {
        if (s == null) return 0;
        return TimeMath.toInt((long) Integer.parseInt(s) * sign);
    }

    public long get(TemporalUnit unit) {
        if (unit == ChronoUnit.YEARS) return years;
        if (unit == ChronoUnit.MONTHS) return months;
        if (unit == ChronoUnit.DAYS) return days;
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }

    public List<TemporalUnit> getUnits() {
        return List.of(ChronoUnit.YEARS, ChronoUnit.MONTHS, ChronoUnit.DAYS);
    }

    public boolean isZero() {
        return this == ZERO || (years | months | days) == 0;
    }

    public boolean isNegative() {
        return years < 0 || months < 0 || days < 0;
    }

    public int getYears() {
        return years;
    }

    public int getMonths() {
        return months;
    }

    public int getDays() {
        return days;
    }

    public Period withYears(int y) {
        return create(y, months, days);
    }

    public Period withMonths(int m) {
        return create(years, m, days);
    }

    public Period withDays(int d) {
        return create(years, months, d);
    }

    public Period plus(TemporalAmount amount) {
        Period p = from(amount);
        return create(TimeMath.toInt((long) years + p.years), TimeMath.toInt((long) months + p.months),
                TimeMath.toInt((long) days + p.days));
    }

    public Period minus(TemporalAmount amount) {
        Period p = from(amount);
        return create(TimeMath.toInt((long) years - p.years), TimeMath.toInt((long) months - p.months),
                TimeMath.toInt((long) days - p.days));
    }

    public static Period from(TemporalAmount amount) {
        if (amount instanceof Period) return (Period) amount;
        int y = 0, m = 0, d = 0;
        for (TemporalUnit u : amount.getUnits()) {
            long v = amount.get(u);
            if (u == ChronoUnit.YEARS) y = TimeMath.toInt(v);
            else if (u == ChronoUnit.MONTHS) m = TimeMath.toInt(v);
            else if (u == ChronoUnit.DAYS) d = TimeMath.toInt(v);
            else throw new DateTimeException("Unit must be Years, Months or Days, but was " + u);
        }
        return create(y, m, d);
    }

    public Period plusYears(long v) {
        return v == 0 ? this : create(TimeMath.toInt(years + v), months, days);
    }

    public Period plusMonths(long v) {
        return v == 0 ? this : create(years, TimeMath.toInt(months + v), days);
    }

    public Period plusDays(long v) {
        return v == 0 ? this : create(years, months, TimeMath.toInt(days + v));
    }

    public Period minusYears(long v) {
        return plusYears(-v);
    }

    public Period minusMonths(long v) {
        return plusMonths(-v);
    }

    public Period minusDays(long v) {
        return plusDays(-v);
    }

    public Period multipliedBy(int k) {
        if (this == ZERO || k == 1) return this;
        return create(TimeMath.toInt((long) years * k), TimeMath.toInt((long) months * k), TimeMath.toInt((long) days * k));
    }

    public Period negated() {
        return multipliedBy(-1);
    }

    public Period normalized() {
        long total = toTotalMonths();
        int y = (int) (total / 12);
        int m = (int) (total % 12);
        if (y == years && m == months) return this;
        return create(TimeMath.toInt(total / 12), m, days);
    }

    public long toTotalMonths() {
        return years * 12L + months;
    }

    public Temporal addTo(Temporal t) {
        if (years != 0 && months != 0) t = t.plus(toTotalMonths(), ChronoUnit.MONTHS);
        else if (years != 0) t = t.plus(years, ChronoUnit.YEARS);
        else if (months != 0) t = t.plus(months, ChronoUnit.MONTHS);
        if (days != 0) t = t.plus(days, ChronoUnit.DAYS);
        return t;
    }

    public Temporal subtractFrom(Temporal t) {
        if (years != 0 && months != 0) t = t.minus(toTotalMonths(), ChronoUnit.MONTHS);
        else if (years != 0) t = t.minus(years, ChronoUnit.YEARS);
        else if (months != 0) t = t.minus(months, ChronoUnit.MONTHS);
        if (days != 0) t = t.minus(days, ChronoUnit.DAYS);
        return t;
    }

    public boolean equals(Object o) {
        if (!(o instanceof Period)) return false;
        Period p = (Period) o;
        return p.years == years && p.months == months && p.days == days;
    }

    public int hashCode() {
        return years + Integer.rotateLeft(months, 8) + Integer.rotateLeft(days, 16);
    }

    public String toString() {
        if (isZero()) return "P0D";
        StringBuilder sb = new StringBuilder("P");
        if (years != 0) sb.append(years).append('Y');
        if (months != 0) sb.append(months).append('M');
        if (days != 0) sb.append(days).append('D');
        return sb.toString();
    }
}
