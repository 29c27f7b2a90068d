import java.time.*;
import java.time.format.*;
import java.time.temporal.*;

public class TimeWeeks {
    interface B { Object r(); }

    static void t(String l, B b) {
        try {
            System.out.println(l + " = " + b.r());
        } catch (Exception e) {
            System.out.println(l + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("YYYY-ww-e c F W Q QQ QQQ QQQQ QQQQQ q eee eeee");
        LocalDate d = LocalDate.of(2018, 12, 20);
        for (int i = 0; i < 40; i++) {
            LocalDate x = d.plusDays(i * 3 + (i % 5) * 17);
            System.out.println(x + " " + x.format(f) + " iso=" + x.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "/" + x.get(IsoFields.WEEK_BASED_YEAR)
                + " q" + x.get(IsoFields.QUARTER_OF_YEAR) + " dq" + x.get(IsoFields.DAY_OF_QUARTER) + " " + x.format(DateTimeFormatter.ISO_WEEK_DATE)
                + " wom=" + x.get(WeekFields.ISO.weekOfMonth()) + " woy=" + x.get(WeekFields.ISO.weekOfYear()) + " sun=" + x.get(WeekFields.SUNDAY_START.weekOfYear())
                + " r=" + x.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + x.range(IsoFields.DAY_OF_QUARTER) + " " + x.range(WeekFields.ISO.weekOfMonth()));
        }
        t("with", () -> d.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1) + " " + d.with(IsoFields.QUARTER_OF_YEAR, 2) + " " + d.with(IsoFields.DAY_OF_QUARTER, 1)
            + " " + d.with(IsoFields.WEEK_BASED_YEAR, 2020) + " " + LocalDate.of(2020, 12, 31).with(IsoFields.WEEK_BASED_YEAR, 2021)
            + " " + d.with(WeekFields.SUNDAY_START.dayOfWeek(), 1) + " " + d.with(WeekFields.ISO.weekOfWeekBasedYear(), 10));
        t("with bad", () -> d.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 54));
        t("units", () -> d.plus(2, IsoFields.QUARTER_YEARS) + " " + d.plus(1, IsoFields.WEEK_BASED_YEARS) + " " + IsoFields.QUARTER_YEARS.between(d, LocalDate.of(2021, 5, 1))
            + " " + IsoFields.WEEK_BASED_YEARS.between(d, LocalDate.of(2021, 5, 1)) + " " + IsoFields.QUARTER_YEARS + " " + IsoFields.WEEK_BASED_YEARS.getDuration());
        t("names", () -> IsoFields.WEEK_OF_WEEK_BASED_YEAR + " " + IsoFields.WEEK_BASED_YEAR + " " + IsoFields.QUARTER_OF_YEAR + " " + IsoFields.DAY_OF_QUARTER
            + " " + WeekFields.ISO + " " + WeekFields.SUNDAY_START.weekOfWeekBasedYear() + " " + WeekFields.of(DayOfWeek.WEDNESDAY, 3)
            + " " + WeekFields.of(DayOfWeek.WEDNESDAY, 3).weekOfYear().range() + " " + IsoFields.DAY_OF_QUARTER.range());
        t("parse iso week", () -> LocalDate.parse("2020-W53-5", DateTimeFormatter.ISO_WEEK_DATE) + " " + LocalDate.parse("2021-W01-1", DateTimeFormatter.ISO_WEEK_DATE));
        t("parse iso week bad", () -> LocalDate.parse("2021-W53-1", DateTimeFormatter.ISO_WEEK_DATE));
        t("parse Yw", () -> LocalDate.parse("2021-02-1", DateTimeFormatter.ofPattern("YYYY-ww-e")) + " " + LocalDate.parse("2020-53-7", DateTimeFormatter.ofPattern("YYYY-ww-e")));
        t("parse quarter", () -> LocalDate.parse("2021 Q3 15", new DateTimeFormatterBuilder().appendPattern("yyyy QQQ ")
            .appendValue(IsoFields.DAY_OF_QUARTER).toFormatter()));
        t("time unsupported", () -> LocalTime.NOON.get(IsoFields.QUARTER_OF_YEAR));
        t("cc", () -> DateTimeFormatter.ofPattern("cc"));
        t("WW", () -> DateTimeFormatter.ofPattern("WW"));
        t("toString", () -> DateTimeFormatter.ISO_WEEK_DATE.toString());
    }
}
