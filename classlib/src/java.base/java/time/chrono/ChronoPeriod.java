package java.time.chrono;

import java.time.temporal.TemporalAmount;

public interface ChronoPeriod extends TemporalAmount {
    boolean isZero();

    boolean isNegative();
}
