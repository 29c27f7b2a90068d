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

public final class OffsetDateTime implements Temporal, TemporalAdjuster, Comparable<OffsetDateTime>, java.io.Serializable {
    private final LocalDateTime dateTime;
    private final ZoneOffset offset;

    private OffsetDateTime(LocalDateTime dateTime, ZoneOffset offset) {
        this.dateTime = dateTime;
        this.offset = offset;
    }

    public static OffsetDateTime of(LocalDateTime dateTime, ZoneOffset offset) {
        if (dateTime == null) throw new NullPointerException("dateTime");
        if (offset == null) throw new NullPointerException("offset");
        return new OffsetDateTime(dateTime, offset);
    }

    public static OffsetDateTime of(LocalDate date, LocalTime time, ZoneOffset offset) {
        return of(LocalDateTime.of(date, time), offset);
    }

    public static OffsetDateTime of(int y, int mo, int d, int h, int mi, int s, int n, ZoneOffset offset) {
        return of(LocalDateTime.of(y, mo, d, h, mi, s, n), offset);
    }

    public static OffsetDateTime ofInstant(Instant instant, ZoneId zone) {
        ZoneOffset off = ZoneOffset.ofTotalSeconds(zone.offsetSeconds());
        return new OffsetDateTime(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), off), off);
    }

    public static OffsetDateTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static OffsetDateTime now(Clock clock) {
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static OffsetDateTime from(TemporalAccessor t) {
        if (t instanceof OffsetDateTime) return (OffsetDateTime) t;
        if (t instanceof ZonedDateTime) return ((ZonedDateTime) t).toOffsetDateTime();
        ZoneOffset off = ZoneOffset.from(t);
        try {
            return of(LocalDateTime.from(t), off);
        } catch (DateTimeException e) {
            return ofInstant(Instant.from(t), off);
        }
    }

    public static OffsetDateTime parse(CharSequence text) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, OffsetDateTime::from);
    }

    public static OffsetDateTime parse(CharSequence text, DateTimeFormatter f) {
        return f.parse(text, OffsetDateTime::from);
    }

    public ZoneOffset getOffset() {
        return offset;
    }

    public LocalDateTime toLocalDateTime() {
        return dateTime;
    }

    public LocalDate toLocalDate() {
        return dateTime.toLocalDate();
    }

    public LocalTime toLocalTime() {
        return dateTime.toLocalTime();
    }

    public int getYear() {
        return dateTime.getYear();
    }

    public int getMonthValue() {
        return dateTime.getMonthValue();
    }

    public Month getMonth() {
        return dateTime.getMonth();
    }

    public int getDayOfMonth() {
        return dateTime.getDayOfMonth();
    }

    public DayOfWeek getDayOfWeek() {
        return dateTime.getDayOfWeek();
    }

    public int getHour() {
        return dateTime.getHour();
    }

    public int getMinute() {
        return dateTime.getMinute();
    }

    public int getSecond() {
        return dateTime.getSecond();
    }

    public int getNano() {
        return dateTime.getNano();
    }

    public long toEpochSecond() {
        return dateTime.toEpochSecond(offset);
    }

    public Instant toInstant() {
        return dateTime.toInstant(offset);
    }

    public ZonedDateTime toZonedDateTime() {
        return ZonedDateTime.of(dateTime, offset);
    }

    public ZonedDateTime atZoneSameInstant(ZoneId zone) {
        return ZonedDateTime.ofInstant(toInstant(), zone);
    }

    public OffsetDateTime withOffsetSameInstant(ZoneOffset o) {
        if (o.equals(offset)) return this;
        return new OffsetDateTime(dateTime.plusSeconds(o.getTotalSeconds() - offset.getTotalSeconds()), o);
    }

    public OffsetDateTime withOffsetSameLocal(ZoneOffset o) {
        return new OffsetDateTime(dateTime, o);
    }

    public boolean isSupported(TemporalField field) {
        return field instanceof ChronoField || (field != null && field.isSupportedBy(this));
    }

    public boolean isSupported(TemporalUnit unit) {
        return dateTime.isSupported(unit);
    }

    public long getLong(TemporalField field) {
        if (field == ChronoField.INSTANT_SECONDS) return toEpochSecond();
        if (field == ChronoField.OFFSET_SECONDS) return offset.getTotalSeconds();
        return dateTime.getLong(field);
    }

    public OffsetDateTime with(TemporalAdjuster adjuster) {
        if (adjuster instanceof ZoneOffset) return new OffsetDateTime(dateTime, (ZoneOffset) adjuster);
        if (adjuster instanceof LocalDate || adjuster instanceof LocalTime || adjuster instanceof LocalDateTime) {
            return new OffsetDateTime(dateTime.with(adjuster), offset);
        }
        return (OffsetDateTime) adjuster.adjustInto(this);
    }

    public OffsetDateTime with(TemporalField field, long v) {
        if (field == ChronoField.INSTANT_SECONDS) return ofInstant(Instant.ofEpochSecond(v, getNano()), offset);
        if (field == ChronoField.OFFSET_SECONDS) {
            return new OffsetDateTime(dateTime, ZoneOffset.ofTotalSeconds(ChronoField.OFFSET_SECONDS.checkValidIntValue(v)));
        }
        return new OffsetDateTime(dateTime.with(field, v), offset);
    }

    public OffsetDateTime plus(TemporalAmount amountToAdd) {
        return (OffsetDateTime) amountToAdd.addTo(this);
    }

    public OffsetDateTime minus(TemporalAmount amountToSubtract) {
        return (OffsetDateTime) amountToSubtract.subtractFrom(this);
    }

    public OffsetDateTime plus(long amount, TemporalUnit unit) {
        return new OffsetDateTime(dateTime.plus(amount, unit), offset);
    }

    public OffsetDateTime minus(long amount, TemporalUnit unit) {
        return new OffsetDateTime(dateTime.minus(amount, unit), offset);
    }

    public OffsetDateTime plusDays(long v) {
        return new OffsetDateTime(dateTime.plusDays(v), offset);
    }

    public OffsetDateTime plusHours(long v) {
        return new OffsetDateTime(dateTime.plusHours(v), offset);
    }

    public OffsetDateTime plusMinutes(long v) {
        return new OffsetDateTime(dateTime.plusMinutes(v), offset);
    }

    public OffsetDateTime plusSeconds(long v) {
        return new OffsetDateTime(dateTime.plusSeconds(v), offset);
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        OffsetDateTime end = from(endExclusive).withOffsetSameInstant(offset);
        return dateTime.until(end.dateTime, unit);
    }

    public Temporal adjustInto(Temporal t) {
        return t.with(ChronoField.EPOCH_DAY, toLocalDate().toEpochDay())
                .with(ChronoField.NANO_OF_DAY, toLocalTime().toNanoOfDay())
                .with(ChronoField.OFFSET_SECONDS, offset.getTotalSeconds());
    }

    public String format(DateTimeFormatter f) {
        return f.format(this);
    }

    public int compareTo(OffsetDateTime o) {
        if (offset.equals(o.offset)) return dateTime.compareTo(o.dateTime);
        int c = Long.compare(toEpochSecond(), o.toEpochSecond());
        if (c == 0) c = getNano() - o.getNano();
        if (c == 0) c = dateTime.compareTo(o.dateTime);
        return c;
    }

    public boolean isAfter(OffsetDateTime o) {
        long a = toEpochSecond(), b = o.toEpochSecond();
        return a > b || (a == b && getNano() > o.getNano());
    }

    public boolean isBefore(OffsetDateTime o) {
        long a = toEpochSecond(), b = o.toEpochSecond();
        return a < b || (a == b && getNano() < o.getNano());
    }

    public boolean isEqual(OffsetDateTime o) {
        return toEpochSecond() == o.toEpochSecond() && getNano() == o.getNano();
    }

    public boolean equals(Object o) {
        if (!(o instanceof OffsetDateTime)) return false;
        OffsetDateTime x = (OffsetDateTime) o;
        return dateTime.equals(x.dateTime) && offset.equals(x.offset);
    }

    public int hashCode() {
        return dateTime.hashCode() ^ offset.hashCode();
    }

    public String toString() {
        return dateTime.toString() + offset.toString();
    }
}
