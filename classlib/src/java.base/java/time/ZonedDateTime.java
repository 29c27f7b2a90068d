package java.time;

import java.time.chrono.ChronoZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;

/** A date-time in a zone; zones here always have a fixed offset. */
public final class ZonedDateTime implements ChronoZonedDateTime<LocalDate>, java.io.Serializable {
    private final LocalDateTime dateTime;
    private final ZoneOffset offset;
    private final ZoneId zone;

    private ZonedDateTime(LocalDateTime dateTime, ZoneOffset offset, ZoneId zone) {
        this.dateTime = dateTime;
        this.offset = offset;
        this.zone = zone;
    }

    public static ZonedDateTime of(LocalDateTime dateTime, ZoneId zone) {
        if (dateTime == null) throw new NullPointerException("localDateTime");
        if (zone == null) throw new NullPointerException("zone");
        return new ZonedDateTime(dateTime, ZoneOffset.ofTotalSeconds(zone.offsetSeconds()), zone);
    }

    public static ZonedDateTime of(LocalDate date, LocalTime time, ZoneId zone) {
        return of(LocalDateTime.of(date, time), zone);
    }

    public static ZonedDateTime of(int y, int mo, int d, int h, int mi, int s, int n, ZoneId zone) {
        return of(LocalDateTime.of(y, mo, d, h, mi, s, n), zone);
    }

    public static ZonedDateTime ofInstant(Instant instant, ZoneId zone) {
        ZoneOffset off = ZoneOffset.ofTotalSeconds(zone.offsetSeconds());
        return new ZonedDateTime(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), off), off, zone);
    }

    public static ZonedDateTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static ZonedDateTime now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static ZonedDateTime now(Clock clock) {
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static ZonedDateTime from(TemporalAccessor t) {
        if (t instanceof ZonedDateTime) return (ZonedDateTime) t;
        if (t instanceof OffsetDateTime) return ((OffsetDateTime) t).toZonedDateTime();
        ZoneOffset off = ZoneOffset.from(t);
        return of(LocalDateTime.from(t), off);
    }

    public ZoneOffset getOffset() {
        return offset;
    }

    public ZoneId getZone() {
        return zone;
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

    public OffsetDateTime toOffsetDateTime() {
        return OffsetDateTime.of(dateTime, offset);
    }

    public int getYear() {
        return dateTime.getYear();
    }

    public int getMonthValue() {
        return dateTime.getMonthValue();
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

    public ZonedDateTime withZoneSameInstant(ZoneId z) {
        return ofInstant(toInstant(), z);
    }

    public ZonedDateTime withZoneSameLocal(ZoneId z) {
        return of(dateTime, z);
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

    public ZonedDateTime with(TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate || adjuster instanceof LocalTime || adjuster instanceof LocalDateTime) {
            return new ZonedDateTime(dateTime.with(adjuster), offset, zone);
        }
        return (ZonedDateTime) adjuster.adjustInto(this);
    }

    public ZonedDateTime with(TemporalField field, long v) {
        if (field == ChronoField.INSTANT_SECONDS) return ofInstant(Instant.ofEpochSecond(v, getNano()), zone);
        if (field == ChronoField.OFFSET_SECONDS) return this;
        return new ZonedDateTime(dateTime.with(field, v), offset, zone);
    }

    public ZonedDateTime plus(TemporalAmount amount) {
        if (amount == null) throw new NullPointerException("amountToAdd");
        return (ZonedDateTime) amount.addTo(this);
    }

    public ZonedDateTime minus(TemporalAmount amount) {
        if (amount == null) throw new NullPointerException("amountToSubtract");
        return (ZonedDateTime) amount.subtractFrom(this);
    }

    public ZonedDateTime plus(long amount, TemporalUnit unit) {
        return new ZonedDateTime(dateTime.plus(amount, unit), offset, zone);
    }

    public ZonedDateTime minus(long amount, TemporalUnit unit) {
        return new ZonedDateTime(dateTime.minus(amount, unit), offset, zone);
    }

    public ZonedDateTime plusDays(long v) {
        return new ZonedDateTime(dateTime.plusDays(v), offset, zone);
    }

    public ZonedDateTime plusHours(long v) {
        return new ZonedDateTime(dateTime.plusHours(v), offset, zone);
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        ZonedDateTime end = from(endExclusive).withZoneSameInstant(zone);
        return dateTime.until(end.dateTime, unit);
    }

    public String format(DateTimeFormatter f) {
        return f.format(this);
    }

    public boolean equals(Object o) {
        if (!(o instanceof ZonedDateTime)) return false;
        ZonedDateTime x = (ZonedDateTime) o;
        return dateTime.equals(x.dateTime) && offset.equals(x.offset) && zone.equals(x.zone);
    }

    public int hashCode() {
        return dateTime.hashCode() ^ offset.hashCode() ^ Integer.rotateLeft(zone.hashCode(), 3);
    }

    public String toString() {
        String s = dateTime.toString() + offset.toString();
        if (!(zone instanceof ZoneOffset)) s += "[" + zone.toString() + "]";
        return s;
    }
}
