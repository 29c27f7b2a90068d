package java.util.concurrent;

/** Time units with saturating conversions (overflow clamps to Long.MIN/MAX_VALUE). */
public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000_000L),
    SECONDS(1000_000_000L),
    MINUTES(60_000_000_000L),
    HOURS(3600_000_000_000L),
    DAYS(86400_000_000_000L);

    private final long scale;

    TimeUnit(long scale) {
        this.scale = scale;
    }

    /** Converts `d` of this unit into a unit of `targetScale` nanos. */
    private long to(long d, long targetScale) {
        if (scale == targetScale) return d;
        if (scale > targetScale) {
            long ratio = scale / targetScale;
            long max = Long.MAX_VALUE / ratio;
            if (d > max) return Long.MAX_VALUE;
            if (d < -max) return Long.MIN_VALUE;
            return d * ratio;
        }
        return d / (targetScale / scale);
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return sourceUnit.to(sourceDuration, scale);
    }

    public long toNanos(long d) {
        return to(d, NANOSECONDS.scale);
    }

    public long toMicros(long d) {
        return to(d, MICROSECONDS.scale);
    }

    public long toMillis(long d) {
        return to(d, MILLISECONDS.scale);
    }

    public long toSeconds(long d) {
        return to(d, SECONDS.scale);
    }

    public long toMinutes(long d) {
        return to(d, MINUTES.scale);
    }

    public long toHours(long d) {
        return to(d, HOURS.scale);
    }

    public long toDays(long d) {
        return to(d, DAYS.scale);
    }

    /** Milliseconds and extra nanos for the Object.wait/Thread.sleep style APIs. */
    private int excessNanos(long d, long ms) {
        if (this == NANOSECONDS) return (int) (d - ms * 1000_000L);
        if (this == MICROSECONDS) return (int) (d * 1000L - ms * 1000_000L);
        return 0;
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            obj.wait(ms, excessNanos(timeout, ms));
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            thread.join(ms, excessNanos(timeout, ms));
        }
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            Thread.sleep(ms, excessNanos(timeout, ms));
        }
    }
}
