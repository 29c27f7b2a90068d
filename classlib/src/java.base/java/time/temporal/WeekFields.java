package java.time.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Week definitions: the first day of the week and the minimal days in the first week. */
public final class WeekFields implements java.io.Serializable {
    public static final WeekFields ISO = new WeekFields(DayOfWeek.MONDAY, 4);
    public static final WeekFields SUNDAY_START = new WeekFields(DayOfWeek.SUNDAY, 1);
    public static final TemporalUnit WEEK_BASED_YEARS = IsoFields.WEEK_BASED_YEARS;

    private final DayOfWeek firstDayOfWeek;
    private final int minimalDays;
    private final transient TemporalField dayOfWeek, weekOfMonth, weekOfYear, weekOfWeekBasedYear, weekBasedYear;

    private WeekFields(DayOfWeek first, int minDays) {
        firstDayOfWeek = first;
        minimalDays = minDays;
        dayOfWeek = new Field(this, 0);
        weekOfMonth = new Field(this, 1);
        weekOfYear = new Field(this, 2);
        weekOfWeekBasedYear = new Field(this, 3);
        weekBasedYear = new Field(this, 4);
    }

    public static WeekFields of(DayOfWeek firstDayOfWeek, int minimalDaysInFirstWeek) {
        if (minimalDaysInFirstWeek < 1 || minimalDaysInFirstWeek > 7) {
            throw new IllegalArgumentException("Minimal number of days is invalid");
        }
        if (firstDayOfWeek == DayOfWeek.MONDAY && minimalDaysInFirstWeek == 4) return ISO;
        if (firstDayOfWeek == DayOfWeek.SUNDAY && minimalDaysInFirstWeek == 1) return SUNDAY_START;
        return new WeekFields(firstDayOfWeek, minimalDaysInFirstWeek);
    }

    public DayOfWeek getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public int getMinimalDaysInFirstWeek() {
        return minimalDays;
    }

    public TemporalField dayOfWeek() {
        return dayOfWeek;
    }

    public TemporalField weekOfMonth() {
        return weekOfMonth;
    }

    public TemporalField weekOfYear() {
        return weekOfYear;
    }

    public TemporalField weekOfWeekBasedYear() {
        return weekOfWeekBasedYear;
    }

    public TemporalField weekBasedYear() {
        return weekBasedYear;
    }

    public boolean equals(Object o) {
        return o instanceof WeekFields && ((WeekFields) o).firstDayOfWeek == firstDayOfWeek
                && ((WeekFields) o).minimalDays == minimalDays;
    }

    public int hashCode() {
        return firstDayOfWeek.ordinal() * 7 + minimalDays;
    }

    public String toString() {
        return "WeekFields[" + firstDayOfWeek + ',' + minimalDays + ']';
    }

    // ---------------------------------------------------------------- computations

    int localizedDayOfWeek(LocalDate d) {
        return Math.floorMod(d.getDayOfWeek().getValue() - firstDayOfWeek.getValue(), 7) + 1;
    }

    /** Epoch day on which week 1 of the period starting at `start` begins. */
    long firstWeekStart(LocalDate start) {
        int ldow = localizedDayOfWeek(start);
        long weekStart = start.toEpochDay() - (ldow - 1);
        return 8 - ldow >= minimalDays ? weekStart : weekStart + 7;
    }

    long weekIn(LocalDate d, LocalDate periodStart) {
        return Math.floorDiv(d.toEpochDay() - firstWeekStart(periodStart), 7) + 1;
    }

    int weekBasedYearOf(LocalDate d) {
        int y = d.getYear();
        long e = d.toEpochDay();
        if (y < 999999999 && e >= firstWeekStart(LocalDate.of(y + 1, 1, 1))) return y + 1;
        if (e < firstWeekStart(LocalDate.of(y, 1, 1))) return y - 1;
        return y;
    }

    long weekOfWeekBasedYearOf(LocalDate d) {
        int wby = weekBasedYearOf(d);
        return Math.floorDiv(d.toEpochDay() - firstWeekStart(LocalDate.of(wby, 1, 1)), 7) + 1;
    }

    int weeksInWeekBasedYear(int wby) {
        long a = firstWeekStart(LocalDate.of(wby, 1, 1));
        long b = firstWeekStart(LocalDate.of(wby + 1, 1, 1));
        return (int) ((b - a) / 7);
    }

    /** The date of a week-based-year, week and localized day of week. */
    LocalDate dateOf(int wby, long week, long ldow) {
        long start = firstWeekStart(LocalDate.of(wby, 1, 1));
        return LocalDate.ofEpochDay(start + (week - 1) * 7 + (ldow - 1));
    }

    static final class Field implements TemporalField {
        private final WeekFields weekDef;
        private final int kind; // 0 day-of-week, 1 week-of-month, 2 week-of-year, 3 week-of-wby, 4 wby

        Field(WeekFields weekDef, int kind) {
            this.weekDef = weekDef;
            this.kind = kind;
        }

        public TemporalUnit getBaseUnit() {
            return kind == 0 ? ChronoUnit.DAYS : kind == 4 ? IsoFields.WEEK_BASED_YEARS : ChronoUnit.WEEKS;
        }

        public TemporalUnit getRangeUnit() {
            switch (kind) {
                case 0:
                    return ChronoUnit.WEEKS;
                case 1:
                    return ChronoUnit.MONTHS;
                case 2:
                    return ChronoUnit.YEARS;
                case 3:
                    return IsoFields.WEEK_BASED_YEARS;
                default:
                    return ChronoUnit.FOREVER;
            }
        }

        public ValueRange range() {
            switch (kind) {
                case 0:
                    return ValueRange.of(1, 7);
                case 1:
                    return ValueRange.of(0, 1, 4, 6);
                case 2:
                    return ValueRange.of(0, 1, 52, 54);
                case 3:
                    return ValueRange.of(1, 52, 53);
                default:
                    return ChronoField.YEAR.range();
            }
        }

        public boolean isDateBased() {
            return true;
        }

        public boolean isTimeBased() {
            return false;
        }

        public boolean isSupportedBy(TemporalAccessor t) {
            return t.isSupported(ChronoField.EPOCH_DAY);
        }

        public ValueRange rangeRefinedBy(TemporalAccessor t) {
            LocalDate d = LocalDate.from(t);
            switch (kind) {
                case 0:
                    return range();
                case 1:
                    return ValueRange.of(weekDef.weekIn(d.withDayOfMonth(1), d.withDayOfMonth(1)),
                            weekDef.weekIn(d.withDayOfMonth(d.lengthOfMonth()), d.withDayOfMonth(1)));
                case 2:
                    return ValueRange.of(weekDef.weekIn(d.withDayOfYear(1), d.withDayOfYear(1)),
                            weekDef.weekIn(d.withDayOfYear(d.lengthOfYear()), d.withDayOfYear(1)));
                case 3:
                    return ValueRange.of(1, weekDef.weeksInWeekBasedYear(weekDef.weekBasedYearOf(d)));
                default:
                    return range();
            }
        }

        public long getFrom(TemporalAccessor t) {
            LocalDate d = LocalDate.from(t);
            switch (kind) {
                case 0:
                    return weekDef.localizedDayOfWeek(d);
                case 1:
                    return weekDef.weekIn(d, d.withDayOfMonth(1));
                case 2:
                    return weekDef.weekIn(d, d.withDayOfYear(1));
                case 3:
                    return weekDef.weekOfWeekBasedYearOf(d);
                default:
                    return weekDef.weekBasedYearOf(d);
            }
        }

        @SuppressWarnings("unchecked")
        public <R extends Temporal> R adjustInto(R temporal, long newValue) {
            LocalDate d = LocalDate.from(temporal);
            int cur = (int) getFrom(d);
            if (kind == 4) {
                int week = (int) weekDef.weekOfWeekBasedYearOf(d);
                int ldow = weekDef.localizedDayOfWeek(d);
                int wby = ChronoField.YEAR.checkValidIntValue(newValue);
                int weeks = weekDef.weeksInWeekBasedYear(wby);
                LocalDate r = weekDef.dateOf(wby, Math.min(week, weeks), ldow);
                return (R) temporal.plus(r.toEpochDay() - d.toEpochDay(), ChronoUnit.DAYS);
            }
            range().checkValidValue(newValue, this);
            long diff = newValue - cur;
            return (R) temporal.plus(kind == 0 ? diff : diff * 7, ChronoUnit.DAYS);
        }

        public String toString() {
            String n = kind == 0 ? "DayOfWeek" : kind == 1 ? "WeekOfMonth" : kind == 2 ? "WeekOfYear"
                    : kind == 3 ? "WeekOfWeekBasedYear" : "WeekBasedYear";
            return n + "[" + weekDef + "]";
        }
    }
}
