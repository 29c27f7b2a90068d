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

    public static TemporalAdjuster ofDateAdjuster(java.util.function.UnaryOperator<java.time.LocalDate> dateBasedAdjuster) {
        if (dateBasedAdjuster == null) throw new NullPointerException("dateBasedAdjuster");
        return t -> {
            java.time.LocalDate input = java.time.LocalDate.from(t);
            java.time.LocalDate output = dateBasedAdjuster.apply(input);
            return t.with(output);
        };
    }

    public static TemporalAdjuster firstInMonth(DayOfWeek dow) {
        return dayOfWeekInMonth(1, dow);
    }

    public static TemporalAdjuster lastInMonth(DayOfWeek dow) {
        return dayOfWeekInMonth(-1, dow);
    }

    public static TemporalAdjuster dayOfWeekInMonth(int ordinal, DayOfWeek dow) {
        int dowValue = dow.getValue();
        if (ordinal >= 0) {
            return t -> {
                Temporal first = t.with(ChronoField.DAY_OF_MONTH, 1);
                int curDow = first.get(ChronoField.DAY_OF_WEEK);
                int diff = (dowValue - curDow + 7) % 7;
                diff += (ordinal - 1L) * 7L;
                return first.plus(diff, ChronoUnit.DAYS);
            };
        }
        return t -> {
            Temporal last = t.with(ChronoField.DAY_OF_MONTH, t.range(ChronoField.DAY_OF_MONTH).getMaximum());
            int curDow = last.get(ChronoField.DAY_OF_WEEK);
            int diff = dowValue - curDow;
            diff = (diff == 0 ? 0 : (diff > 0 ? diff - 7 : diff));
            diff -= (-ordinal - 1L) * 7L;
            return last.plus(diff, ChronoUnit.DAYS);
        };
    }
}
