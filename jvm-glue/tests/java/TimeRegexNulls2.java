import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.util.regex.*;

public class TimeRegexNulls2 {
    interface B { Object r(); }

    static void t(String l, B b) {
        try {
            System.out.println(l + " = " + b.r());
        } catch (Exception e) {
            System.out.println(l + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2020, 1, 1);
        LocalTime tm = LocalTime.NOON;
        LocalDateTime dt = d.atTime(tm);
        Instant in = Instant.EPOCH;
        Duration du = Duration.ofSeconds(5);
        Matcher m = Pattern.compile("(a)").matcher("xa");
        t("LocalDate.plus unit null", () -> d.plus(1, null));
        t("LocalDate.until null", () -> d.until(null, ChronoUnit.DAYS));
        t("LocalDate.until unit null", () -> d.until(d, null));
        t("LocalDate.with null", () -> d.with(null));
        t("LocalDate.with field null", () -> d.with(null, 1));
        t("LocalDate.get null", () -> d.get(null));
        t("LocalDate.isAfter null", () -> d.isAfter(null));
        t("LocalDate.compareTo null", () -> d.compareTo(null));
        t("LocalDate.atTime null", () -> d.atTime(null));
        t("LocalDate.from null", () -> LocalDate.from(null));
        t("LocalDate.parse fmt null", () -> LocalDate.parse("2020-01-01", null));
        t("LocalDate.now clock null", () -> LocalDate.now((Clock) null));
        t("LocalTime.parse null", () -> LocalTime.parse(null));
        t("LocalTime.plus null", () -> tm.plus(null));
        t("LocalDateTime.of null", () -> LocalDateTime.of(null, tm));
        t("LocalDateTime.of null2", () -> LocalDateTime.of(d, null));
        t("LocalDateTime.parse null", () -> LocalDateTime.parse(null));
        t("LocalDateTime.atZone null", () -> dt.atZone(null));
        t("LocalDateTime.atOffset null", () -> dt.atOffset(null));
        t("LocalDateTime.toEpochSecond null", () -> dt.toEpochSecond(null));
        t("Instant.plus null", () -> in.plus(null));
        t("Instant.plus unit null", () -> in.plus(1, null));
        t("Instant.atZone null", () -> in.atZone(null));
        t("Instant.compareTo null", () -> in.compareTo(null));
        t("Instant.isBefore null", () -> in.isBefore(null));
        t("Duration.between null", () -> Duration.between(null, in));
        t("Duration.plus null", () -> du.plus(null));
        t("Duration.of unit null", () -> Duration.of(1, null));
        t("Duration.compareTo null", () -> du.compareTo(null));
        t("Period.between null", () -> Period.between(null, d));
        t("ChronoUnit.between null", () -> ChronoUnit.DAYS.between(null, d));
        t("ZoneOffset.of null", () -> ZoneOffset.of(null));
        t("OffsetDateTime.of null", () -> OffsetDateTime.of(dt, null));
        t("ZonedDateTime.of null", () -> ZonedDateTime.of(dt, null));
        t("Clock.fixed null", () -> Clock.fixed(null, ZoneOffset.UTC));
        t("Clock.fixed zone null", () -> Clock.fixed(in, null));
        t("format null temporal", () -> DateTimeFormatter.ISO_LOCAL_DATE.format(null));
        t("parse null text", () -> DateTimeFormatter.ISO_LOCAL_DATE.parse(null));
        t("builder appendLiteral null", () -> new DateTimeFormatterBuilder().appendLiteral(null));
        t("DayOfWeek.from null", () -> DayOfWeek.from(null));
        t("Month.from null", () -> Month.from(null));
        t("YearMonth.of month null", () -> YearMonth.of(2020, (Month) null));
        t("Matcher.reset null", () -> m.reset(null));
        t("Matcher.appendReplacement sb null", () -> { m.reset(); m.find(); return m.appendReplacement(null, "x"); });
        t("Matcher.appendTail null", () -> m.appendTail((StringBuilder) null));
        t("Matcher.replaceAll fn null", () -> m.replaceAll((java.util.function.Function<MatchResult, String>) null));
        t("Matcher.group name null", () -> { m.reset(); m.find(); return m.group(null); });
        t("Matcher.quoteReplacement null", () -> Matcher.quoteReplacement(null));
        t("Pattern.split null", () -> Pattern.compile(",").split(null));
        t("Pattern.compile flags", () -> Pattern.compile("a", -1));
        t("Matcher.usePattern null", () -> m.usePattern(null));
        t("Matcher.region ok", () -> m.region(0, 1).regionEnd());
    }
}
