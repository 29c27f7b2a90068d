import java.time.*; import java.time.format.*; import java.time.temporal.*;
public class TimeYearMonth {
  interface B { Object r(); }
  static void t(String l, B b){ try { System.out.println(l+" = "+b.r()); } catch (Exception e) { System.out.println(l+" threw "+e.getClass().getName()+": "+e.getMessage()); } }
  public static void main(String[] a) {
    t("ym", () -> YearMonth.of(2020, 2) + " " + YearMonth.of(12345, 1) + " " + YearMonth.of(-5, 12) + " " + YearMonth.of(0, 3) + " " + YearMonth.of(2020,2).hashCode());
    t("ym13", () -> YearMonth.of(2020, 13));
    t("ymparse", () -> YearMonth.parse("2020-07") + " " + YearMonth.parse("+12345-07"));
    try { YearMonth.parse("2020-13"); } catch (DateTimeParseException e) { System.out.println("ymparse bad " + e.getClass().getName() + " " + e.getErrorIndex() + " " + e.getMessage().startsWith("Text '2020-13' could not be parsed: Unable to obtain YearMonth from TemporalAccessor: {")); }
    t("ymparse bad2", () -> YearMonth.parse("2020-7"));
    t("ym ops", () -> YearMonth.of(2020, 1).plusMonths(13) + " " + YearMonth.of(2020, 2).atEndOfMonth() + " " + YearMonth.of(2021, 2).lengthOfMonth() + " " + YearMonth.of(2020, 1).atDay(31) + " " + YearMonth.of(2020,1).isValidDay(32) + " " + YearMonth.of(2020,5).until(YearMonth.of(2022,3), ChronoUnit.MONTHS) + " " + YearMonth.of(2020,5).minusYears(3) + " " + YearMonth.of(2020,5).format(DateTimeFormatter.ofPattern("MMM uuuu")) + " " + YearMonth.from(LocalDate.of(2019, 4, 4)));
    t("atDay bad", () -> YearMonth.of(2021, 2).atDay(29));
    t("md", () -> MonthDay.of(2, 29) + " " + MonthDay.of(12, 3) + " " + MonthDay.of(2, 29).atYear(2021) + " " + MonthDay.of(2, 29).isValidYear(2021) + " " + MonthDay.of(12,3).hashCode() + " " + MonthDay.parse("--04-30") + " " + MonthDay.from(LocalDate.of(2020,1,9)) + " " + MonthDay.of(1,1).isBefore(MonthDay.of(1,2)));
    t("md bad", () -> MonthDay.of(2, 30));
    t("md bad2", () -> MonthDay.of(4, 31));
    t("md bad3", () -> MonthDay.of(13, 1));
    t("md bad4", () -> MonthDay.of(1, 32));
    try { MonthDay.parse("--02-30"); } catch (DateTimeParseException e) { System.out.println("md parse bad " + e.getErrorIndex() + " " + e.getCause().getMessage().startsWith("Unable to obtain MonthDay")); }
    t("md parse bad2", () -> MonthDay.parse("02-03"));
    t("adj", () -> LocalDate.of(2024,3,10).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)) + " " + LocalDate.of(2024,3,10).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)) + " " + LocalDate.of(2024,3,10).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY)) + " " + LocalDate.of(2024,3,10).with(TemporalAdjusters.dayOfWeekInMonth(-1, DayOfWeek.TUESDAY)) + " " + LocalDate.of(2024,3,10).with(TemporalAdjusters.dayOfWeekInMonth(0, DayOfWeek.TUESDAY)) + " " + LocalDate.of(2024,3,10).with(TemporalAdjusters.ofDateAdjuster(d -> d.plusDays(2))));
    t("year", () -> Year.of(2020).atMonth(2) + " " + Year.parse("2021") + " " + Year.of(2020).isValidMonthDay(MonthDay.of(2,29)) + " " + Year.of(2020).atMonthDay(MonthDay.of(2,29)) + " " + Year.of(2020).plus(3, ChronoUnit.DECADES) + " " + Year.of(12345) + " " + Year.of(-5));
  }
}
