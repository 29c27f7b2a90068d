package java.time.temporal;

import java.time.DayOfWeek;

public final class TemporalAdjusters {
    private TemporalAdjusters() {}

    public static TemporalAdjuster firstDayOfMonth() {
        return t -> t.with(ChronoField.DAY_OF_MONTH, 1);
    }

    public static TemporalAdjuster lastDayOfMonth() {
        return t -> t.with(ChronoField.DAY_OF_MONTH, t.range(ChronoField.DAY_OF_MONTH).getMaximum());
    }

    public static TemporalAdjuster firstDayOfNextMonth() {
        return t -> t.with(ChronoField.DAY_OF_MONTH, 1).plus(1, ChronoUnit.MONTHS);
    }

    public static TemporalAdjuster firstDayOfYear() {
        return t -> t.with(ChronoField.DAY_OF_YEAR, 1);
    }

    public static TemporalAdjuster lastDayOfYear() {
        return t -> t.with(ChronoField.DAY_OF_YEAR, t.range(ChronoField.DAY_OF_YEAR).getMaximum());
    }

    public static TemporalAdjuster firstDayOfNextYear() {
        return t -> t.with(ChronoField.DAY_OF_YEAR, 1).plus(1, ChronoUnit.YEARS);
    }

    public static TemporalAdjuster next(DayOfWeek dow) {
        return t -> {
            int cur = t.get(ChronoField.DAY_OF_WEEK);
            int diff = cur - dow.getValue();
            return t.plus(diff >= 0 ? 7 - diff : -diff, ChronoUnit.DAYS);
        };
    }

    public static TemporalAdjuster nextOrSame(DayOfWeek dow) {
        return t -> {
            int cur = t.get(ChronoField.DAY_OF_WEEK);
            if (cur == dow.getValue()) return t;
            int diff = cur - dow.getValue();
            return t.plus(diff >= 0 ? 7 - diff : -diff, ChronoUnit.DAYS);
        };
    }

    public static TemporalAdjuster previous(DayOfWeek dow) {
        return t -> {
            int cur = t.get(ChronoField.DAY_OF_WEEK);
            int diff = dow.getValue() - cur;
            return t.minus(diff >= 0 ? 7 - diff : -diff, ChronoUnit.DAYS);
        };
    }

    public static TemporalAdjuster previousOrSame(DayOfWeek dow) {
        return t -> {
            int cur = t.get(ChronoField.DAY_OF_WEEK);
            if (cur == dow.getValue()) return t;
            int diff = dow.getValue() - cur;
            return t.minus(diff >= 0 ? 7 - diff : -diff, ChronoUnit.DAYS);
        };
    }
}
