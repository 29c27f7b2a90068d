package java.time.chrono;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;

/** The ISO calendar is the only one here; this interface exists for HotSpot-compatible signatures. */
public interface ChronoLocalDate extends Temporal, TemporalAdjuster, Comparable<ChronoLocalDate> {
    long toEpochDay();

    ChronoPeriod until(ChronoLocalDate endDateExclusive);

    default boolean isAfter(ChronoLocalDate other) {
        return toEpochDay() > other.toEpochDay();
    }

    default boolean isBefore(ChronoLocalDate other) {
        return toEpochDay() < other.toEpochDay();
    }

    default boolean isEqual(ChronoLocalDate other) {
        return toEpochDay() == other.toEpochDay();
    }

    default int compareTo(ChronoLocalDate other) {
        return Long.compare(toEpochDay(), other.toEpochDay());
    }
}
