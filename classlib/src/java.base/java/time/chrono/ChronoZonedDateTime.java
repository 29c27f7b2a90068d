package java.time.chrono;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

public interface ChronoZonedDateTime<D extends ChronoLocalDate> extends Temporal, Comparable<ChronoZonedDateTime<?>> {
    D toLocalDate();

    LocalTime toLocalTime();

    ChronoLocalDateTime<D> toLocalDateTime();

    ZoneOffset getOffset();

    ZoneId getZone();

    default long toEpochSecond() {
        return toLocalDate().toEpochDay() * 86400 + toLocalTime().toSecondOfDay() - getOffset().getTotalSeconds();
    }

    default Instant toInstant() {
        return Instant.ofEpochSecond(toEpochSecond(), toLocalTime().getNano());
    }

    default int compareTo(ChronoZonedDateTime<?> other) {
        int c = Long.compare(toEpochSecond(), other.toEpochSecond());
        if (c == 0) c = toLocalTime().getNano() - other.toLocalTime().getNano();
        if (c == 0) c = toLocalDateTime().compareTo(other.toLocalDateTime());
        if (c == 0) c = getZone().getId().compareTo(other.getZone().getId());
        return c;
    }

    default boolean isAfter(ChronoZonedDateTime<?> other) {
        long a = toEpochSecond(), b = other.toEpochSecond();
        return a > b || (a == b && toLocalTime().getNano() > other.toLocalTime().getNano());
    }

    default boolean isBefore(ChronoZonedDateTime<?> other) {
        long a = toEpochSecond(), b = other.toEpochSecond();
        return a < b || (a == b && toLocalTime().getNano() < other.toLocalTime().getNano());
    }

    default boolean isEqual(ChronoZonedDateTime<?> other) {
        return toEpochSecond() == other.toEpochSecond() && toLocalTime().getNano() == other.toLocalTime().getNano();
    }
}
