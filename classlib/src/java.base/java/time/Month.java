package java.time;

import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalField;
import java.time.temporal.UnsupportedTemporalTypeException;

public enum Month implements TemporalAccessor, TemporalAdjuster {
    JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER;

    private static final Month[] ALL = values();

    public static Month of(int month) {
        if (month < 1 || month > 12) throw new DateTimeException("Invalid value for MonthOfYear: " + month);
        return ALL[month - 1];
    }

    public static Month from(TemporalAccessor temporal) {
        if (temporal == null) throw new NullPointerException("temporal");
        if (temporal instanceof Month) return (Month) temporal;
        return of(temporal.get(ChronoField.MONTH_OF_YEAR));
    }

    public int getValue() {
        return ordinal() + 1;
    }

    public Month plus(long months) {
        int amount = (int) (months % 12);
        return ALL[(ordinal() + (amount + 12)) % 12];
    }

    public Month minus(long months) {
        return plus(-(months % 12));
    }

    public int length(boolean leapYear) {
        switch (this) {
            case FEBRUARY:
                return leapYear ? 29 : 28;
            case APRIL:
            case JUNE:
            case SEPTEMBER:
            case NOVEMBER:
                return 30;
            default:
                return 31;
        }
    }

    public int minLength() {
        return length(false);
    }

    public int maxLength() {
        return length(true);
    }

    public int firstDayOfYear(boolean leapYear) {
        int leap = leapYear ? 1 : 0;
        int d = 1;
        for (int m = 0; m < ordinal(); m++) d += ALL[m].length(false);
        return ordinal() >= 2 ? d + leap : d;
    }

    public Month firstMonthOfQuarter() {
        return ALL[(ordinal() / 3) * 3];
    }

    public boolean isSupported(TemporalField field) {
        return field == ChronoField.MONTH_OF_YEAR;
    }

    public long getLong(TemporalField field) {
        if (field == ChronoField.MONTH_OF_YEAR) return getValue();
        throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }

    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.MONTH_OF_YEAR, getValue());
    }
}
