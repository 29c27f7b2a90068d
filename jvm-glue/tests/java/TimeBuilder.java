import java.time.*;
import java.time.format.*;
import java.time.temporal.ChronoField;

public class TimeBuilder {
    interface B { Object r(); }

    static void t(String l, B b) {
        try {
            System.out.println(l + " = " + b.r());
        } catch (Exception e) {
            System.out.println(l + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        DateTimeFormatter f1 = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendValue(ChronoField.YEAR, 4)
                .appendLiteral('-')
                .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT)
                .appendLiteral('-')
                .appendValue(ChronoField.DAY_OF_MONTH, 2)
                .optionalStart().appendLiteral(' ').appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
                .appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalEnd()
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 12)
                .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 30)
                .toFormatter();
        t("f1 format", () -> f1.format(LocalDateTime.of(2021, 3, 4, 5, 6)) + " " + f1.format(LocalDate.of(2021, 3, 4)));
        t("f1 parse", () -> LocalDateTime.parse("2021-MAR-04 05:06", f1) + " " + LocalDateTime.parse("2021-mar-04", f1));
        t("f1 parse bad", () -> LocalDateTime.parse("2021-Mrz-04", f1));
        DateTimeFormatter f2 = new DateTimeFormatterBuilder()
                .append(DateTimeFormatter.ISO_LOCAL_DATE)
                .appendLiteral('T')
                .appendPattern("HH:mm[:ss]")
                .appendOffset("+HH:mm", "Z")
                .toFormatter();
        t("f2", () -> f2.format(OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2))) + " "
            + OffsetDateTime.parse("2020-01-02T03:04+02", f2) + " " + OffsetDateTime.parse("2020-01-02T03:04:59Z", f2));
        DateTimeFormatter f3 = new DateTimeFormatterBuilder()
                .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendLiteral("h")
                .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                .appendLiteral(':')
                .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                .appendFraction(ChronoField.NANO_OF_SECOND, 0, 3, true)
                .toFormatter();
        t("f3", () -> f3.format(LocalTime.of(7, 5, 0, 120_000_000)) + " " + LocalTime.parse("7h05:00.5", f3) + " " + LocalTime.parse("17h59:01", f3));
        DateTimeFormatter f4 = new DateTimeFormatterBuilder().appendInstant().toFormatter();
        t("f4", () -> f4.format(Instant.ofEpochSecond(1, 5)) + " " + Instant.from(f4.parse("2020-02-02T02:02:02.2Z")));
        DateTimeFormatter f5 = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR).appendLiteral("/")
                .appendValue(ChronoField.DAY_OF_YEAR, 3).appendLocalizedOffset(TextStyle.SHORT).toFormatter();
        t("f5", () -> f5.format(OffsetDateTime.of(2020, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(-4, -30))) + " "
            + OffsetDateTime.of(2020, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC).format(f5));
        t("bad width", () -> new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 0));
        t("bad width2", () -> new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 5, 3, SignStyle.NORMAL));
        t("bad offset", () -> new DateTimeFormatterBuilder().appendOffset("+HHH", "Z"));
        t("optionalEnd", () -> new DateTimeFormatterBuilder().optionalEnd());
        t("fraction", () -> new DateTimeFormatterBuilder().appendFraction(ChronoField.NANO_OF_SECOND, 3, 10, false));
        t("toString", () -> f3 + " | " + f2);
    }
}
