package java.time;

import java.time.temporal.ChronoField;

public final class Year implements Comparable<Year>, java.io.Serializable {
    public static final int MIN_VALUE = -999_999_999;
    public static final int MAX_VALUE = 999_999_999;

    private final int year;

    private Year(int year) {
        this.year = year;
    }

    public static Year of(int isoYear) {
        ChronoField.YEAR.checkValidValue(isoYear);
        return new Year(isoYear);
    }

    public static Year now() {
        return of(LocalDate.now().getYear());
    }

    public static Year now(Clock clock) {
        return of(LocalDate.now(clock).getYear());
    }

    public static boolean isLeap(long year) {
        return TimeMath.isLeap(year);
    }

    public int getValue() {
        return year;
    }

    public boolean isLeap() {
        return isLeap(year);
    }

    public int length() {
        return isLeap() ? 366 : 365;
    }

    public LocalDate atDay(int dayOfYear) {
        return LocalDate.ofYearDay(year, dayOfYear);
    }

    public Year plusYears(long years) {
        return years == 0 ? this : of(ChronoField.YEAR.checkValidIntValue(year + years));
    }

    public Year minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    public boolean isAfter(Year o) {
        return year > o.year;
    }

    public boolean isBefore(Year o) {
        return year < o.year;
    }

    public int compareTo(Year o) {
        return year - o.year;
    }

    public boolean equals(Object o) {
        return o instanceof Year && ((Year) o).year == year;
    }

    public int hashCode() {
        return year;
    }

    public String toString() {
        return Integer.toString(year);
    }
}
