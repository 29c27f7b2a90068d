package java.time.temporal;

import java.time.Duration;
import java.time.LocalDate;

/** ISO quarter and week-based-year fields and units. */
public final class IsoFields {
    private IsoFields() {}

    public static final TemporalField DAY_OF_QUARTER = new Field(0);
    public static final TemporalField QUARTER_OF_YEAR = new Field(1);
    public static final TemporalField WEEK_OF_WEEK_BASED_YEAR = new Field(2);
    public static final TemporalField WEEK_BASED_YEAR = new Field(3);
    public static final TemporalUnit WEEK_BASED_YEARS = new Unit("WeekBasedYears", Duration.ofSeconds(31556952L));
    public static final TemporalUnit QUARTER_YEARS = new Unit("QuarterYears", Duration.ofSeconds(31556952L / 4));

    private static final WeekFields ISO_WEEKS = WeekFields.ISO;

    private static int firstMonthOfQuarter(int q) {
        return (q - 1) * 3 + 1;
    }

    static final class Field implements TemporalField {
        private final int kind;

        Field(int kind) {
            this.kind = kind;
        }

        public TemporalUnit getBaseUnit() {
            return kind == 0 ? ChronoUnit.DAYS : kind == 1 ? QUARTER_YEARS : kind == 2 ? ChronoUnit.WEEKS : WEEK_BASED_YEARS;
        }

        public TemporalUnit getRangeUnit() {
            return kind == 0 ? QUARTER_YEARS : kind == 1 ? ChronoUnit.YEARS : kind == 2 ? WEEK_BASED_YEARS : ChronoUnit.FOREVER;
        }

        public ValueRange range() {
            switch (kind) {
                case 0:
                    return ValueRange.of(1, 90, 92);
                case 1:
                    return ValueRange.of(1, 4);
                case 2:
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
            if (!isSupportedBy(t)) throw new UnsupportedTemporalTypeException("Unsupported field: " + this);
            LocalDate d = LocalDate.from(t);
            if (kind == 0) {
                int q = (d.getMonthValue() - 1) / 3;
                if (q == 0) return ValueRange.of(1, d.isLeapYear() ? 91 : 90);
                return ValueRange.of(1, q == 1 ? 91 : 92);
            }
            if (kind == 2) return ValueRange.of(1, ISO_WEEKS.weeksInWeekBasedYear(ISO_WEEKS.weekBasedYearOf(d)));
            return range();
        }

        public long getFrom(TemporalAccessor t) {
            if (!isSupportedBy(t)) throw new UnsupportedTemporalTypeException("Unsupported field: " + this);
            LocalDate d = LocalDate.from(t);
            switch (kind) {
                case 0: {
                    int q = (d.getMonthValue() - 1) / 3;
                    return d.getDayOfYear() - LocalDate.of(d.getYear(), firstMonthOfQuarter(q + 1), 1).getDayOfYear() + 1;
                }
                case 1:
                    return (d.getMonthValue() - 1) / 3 + 1;
                case 2:
                    return ISO_WEEKS.weekOfWeekBasedYearOf(d);
                default:
                    return ISO_WEEKS.weekBasedYearOf(d);
            }
        }

        @SuppressWarnings("unchecked")
        public <R extends Temporal> R adjustInto(R temporal, long newValue) {
            long cur = getFrom(temporal);
            range().checkValidValue(newValue, this);
            rangeRefinedBy(temporal).checkValidValue(newValue, this);
            switch (kind) {
                case 0:
                    return (R) temporal.plus(newValue - cur, ChronoUnit.DAYS);
                case 1:
                    return (R) temporal.with(ChronoField.MONTH_OF_YEAR,
                            temporal.getLong(ChronoField.MONTH_OF_YEAR) + (newValue - cur) * 3);
                case 2:
                    return (R) temporal.plus(newValue - cur, ChronoUnit.WEEKS);
                default: {
                    LocalDate d = LocalDate.from(temporal);
                    int week = (int) ISO_WEEKS.weekOfWeekBasedYearOf(d);
                    int wby = ChronoField.YEAR.checkValidIntValue(newValue);
                    int weeks = ISO_WEEKS.weeksInWeekBasedYear(wby);
                    LocalDate r = ISO_WEEKS.dateOf(wby, Math.min(week, weeks), d.getDayOfWeek().getValue());
                    return (R) temporal.plus(r.toEpochDay() - d.toEpochDay(), ChronoUnit.DAYS);
                }
            }
        }

        public String toString() {
            return kind == 0 ? "DayOfQuarter" : kind == 1 ? "QuarterOfYear" : kind == 2 ? "WeekOfWeekBasedYear" : "WeekBasedYear";
        }
    }

    static final class Unit implements TemporalUnit {
        private final String name;
        private final Duration duration;

        Unit(String name, Duration duration) {
            this.name = name;
            this.duration = duration;
        }

        public Duration getDuration() {
            return duration;
        }

        public boolean isDurationEstimated() {
            return true;
        }

        public boolean isDateBased() {
            return true;
        }

        public boolean isTimeBased() {
            return false;
        }

        public boolean isSupportedBy(Temporal t) {
            return t.isSupported(ChronoField.EPOCH_DAY);
        }

        @SuppressWarnings("unchecked")
        public <R extends Temporal> R addTo(R temporal, long amount) {
            if (this == QUARTER_YEARS) return (R) temporal.plus(Math.multiplyExact(amount, 3L), ChronoUnit.MONTHS);
            return (R) temporal.with(WEEK_BASED_YEAR, Math.addExact(temporal.getLong(WEEK_BASED_YEAR), amount));
        }

        public long between(Temporal a, Temporal b) {
            if (this == QUARTER_YEARS) return a.until(b, ChronoUnit.MONTHS) / 3;
            return b.getLong(WEEK_BASED_YEAR) - a.getLong(WEEK_BASED_YEAR);
        }

        public String toString() {
            return name;
        }
    }
}
