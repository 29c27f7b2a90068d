import java.time.*; import java.time.format.*; import java.time.temporal.*;
public class TimeErrors {
  interface B { Object r(); }
  static void t(String l, B b){ try { System.out.println(l+" = "+b.r()); } catch (Exception e) { System.out.println(l+" threw "+e.getClass().getName()+": "+e.getMessage()); } }
  public static void main(String[] a) {
    t("feb30", () -> LocalDate.of(2021,2,30));
    t("feb29", () -> LocalDate.of(2021,2,29));
    t("apr31", () -> LocalDate.of(2021,4,31));
    t("m13", () -> LocalDate.of(2021,13,1));
    t("d32", () -> LocalDate.of(2021,1,32));
    t("d0", () -> LocalDate.of(2021,1,0));
    t("y", () -> LocalDate.of(1000000000,1,1));
    t("doy", () -> LocalDate.ofYearDay(2021,366));
    t("doy0", () -> LocalDate.ofYearDay(2021,0));
    t("p1", () -> LocalDate.parse("2021-02-30"));
    t("p2", () -> LocalDate.parse("2021-13-01"));
    t("p3", () -> LocalDate.parse("2021-1-01"));
    t("p4", () -> LocalDate.parse("2021-01-011"));
    t("p5", () -> LocalDate.parse("abc"));
    t("p6", () -> LocalDate.parse("2021-02-30", DateTimeFormatter.ofPattern("yyyy-MM-dd")));
    t("p7", () -> LocalDate.parse("2021-02-32", DateTimeFormatter.ofPattern("yyyy-MM-dd")));
    t("p8", () -> LocalTime.parse("25:00"));
    t("p9", () -> LocalTime.parse("12:00:60"));
    t("p10", () -> LocalDate.parse("2020-01-01T10:00", DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    t("p11", () -> LocalDateTime.parse("2020-01-01"));
    t("p12", () -> Instant.parse("2020-01-01T00:00:00"));
    t("p13", () -> Duration.parse("P1X"));
    t("p14", () -> LocalDate.parse("+10000-01-01"));
    t("p15", () -> LocalDate.parse("10000-01-01"));
    t("fmt1", () -> LocalDate.of(2020,1,1).format(DateTimeFormatter.ofPattern("HH")));
    t("fmt2", () -> DateTimeFormatter.ofPattern("yyyy-bb"));
    t("fmt3", () -> DateTimeFormatter.ofPattern("yyyy#"));
    t("fmt4", () -> DateTimeFormatter.ofPattern("'abc"));
    t("fmt5", () -> DateTimeFormatter.ofPattern("MMMMMM"));
    t("fmt6", () -> LocalDate.of(2020,3,5).format(DateTimeFormatter.ofPattern("EEE EEEE E MMM MMMM d/M/yy D")));
    t("lt", () -> LocalTime.of(24,0));
    t("lt2", () -> LocalTime.of(1,60));
    t("lt3", () -> LocalTime.of(1,1,1,1000000000));
    t("dow", () -> DayOfWeek.of(8));
    t("mon", () -> Month.of(0));
    t("zo", () -> ZoneOffset.ofHours(19));
    t("zo2", () -> ZoneOffset.ofHoursMinutes(5,-30));
    t("zo3", () -> ZoneOffset.of("+5:30"));
    t("inst", () -> Instant.ofEpochSecond(Long.MAX_VALUE));
    t("inst2", () -> Instant.ofEpochSecond(1L<<40).toEpochMilli());
    t("unsup", () -> LocalDate.of(2020,1,1).plus(1, ChronoUnit.HOURS));
    t("unsup2", () -> LocalTime.of(1,1).plus(1, ChronoUnit.DAYS));
    t("unsup3", () -> LocalDate.of(2020,1,1).get(ChronoField.HOUR_OF_DAY));
    t("dur", () -> Duration.of(1, ChronoUnit.MONTHS));
    t("between", () -> Duration.between(LocalDate.of(2020,1,1), LocalDate.of(2020,1,2)));
    t("ldstr", () -> LocalDate.of(-1,1,1) + " " + LocalDate.of(10000,1,1) + " " + LocalDate.of(0,1,1) + " " + LocalDate.of(999,1,1) + " " + LocalDate.MIN + " " + LocalDate.MAX);
    t("inststr", () -> Instant.MIN + " " + Instant.MAX + " " + Instant.ofEpochSecond(-1) + " " + Instant.ofEpochSecond(253402300800L) + " " + Instant.ofEpochSecond(-62167219200L-1));
    t("chrono", () -> ChronoUnit.DAYS + " " + ChronoField.DAY_OF_MONTH + " " + ChronoUnit.HALF_DAYS + " " + ChronoField.NANO_OF_SECOND);
    t("range", () -> ChronoField.DAY_OF_MONTH.range() + " " + ChronoField.YEAR.range());
    t("ldt str", () -> LocalDateTime.of(2020,1,2,3,4) + " " + LocalDateTime.of(2020,1,2,3,4,5,6000));
    t("odt", () -> OffsetDateTime.of(2020,1,2,3,4,5,0,ZoneOffset.UTC) + " " + ZonedDateTime.of(2020,1,2,3,4,5,0,ZoneOffset.ofHours(2)) + " " + ZonedDateTime.of(2020,1,2,3,4,5,0,ZoneId.of("UTC")));
    t("period", () -> Period.between(LocalDate.of(2020,1,31), LocalDate.of(2021,3,1)) + " " + Period.ZERO + " " + Period.of(1,-2,3));
    t("dur str", () -> Duration.ofMillis(-1500) + " " + Duration.ofSeconds(-1) + " " + Duration.ofSeconds(3661, 500) + " " + Duration.ofDays(2) + " " + Duration.ofNanos(-1) + " " + Duration.ofSeconds(-60,-1));
  }
}
