import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.util.*;

public class TimeTable {
    interface B { Object r(); }

    static void t(String l, B b) {
        try {
            System.out.println(l + " = " + b.r());
        } catch (Exception e) {
            System.out.println(l + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        // LocalDate arithmetic table
        int[][] dates = {{2020, 1, 31}, {2020, 2, 29}, {2021, 2, 28}, {2019, 12, 31}, {2000, 3, 1}, {1900, 2, 28},
            {1970, 1, 1}, {1, 1, 1}, {0, 12, 31}, {-1, 3, 15}, {9999, 12, 31}, {2024, 7, 4}, {1600, 2, 29}, {2023, 11, 30}};
        long[] deltas = {0, 1, -1, 30, 365, -366, 1000, -100000};
        for (int[] d : dates) {
            LocalDate ld = LocalDate.of(d[0], d[1], d[2]);
            StringBuilder sb = new StringBuilder();
            sb.append(ld).append(" dow=").append(ld.getDayOfWeek()).append(" doy=").append(ld.getDayOfYear())
                .append(" leap=").append(ld.isLeapYear()).append(" lom=").append(ld.lengthOfMonth())
                .append(" loy=").append(ld.lengthOfYear()).append(" epoch=").append(ld.toEpochDay())
                .append(" hash=").append(ld.hashCode()).append(" month=").append(ld.getMonth());
            System.out.println(sb);
            StringBuilder p = new StringBuilder("  ");
            for (long k : deltas) p.append(" d").append(k).append('=').append(ld.plusDays(k));
            System.out.println(p);
            p = new StringBuilder("  ");
            for (long k : new long[] {1, -1, 12, 13, -25, 1200}) p.append(" m").append(k).append('=').append(ld.plusMonths(k));
            for (long k : new long[] {1, -1, 4, 100}) p.append(" y").append(k).append('=').append(ld.plusYears(k));
            p.append(" w3=").append(ld.plusWeeks(3)).append(" -w2=").append(ld.minusWeeks(2));
            System.out.println(p);
            LocalDate other = LocalDate.of(2022, 6, 15);
            System.out.println("  until 2022-06-15: " + ld.until(other) + " days=" + ChronoUnit.DAYS.between(ld, other)
                + " weeks=" + ChronoUnit.WEEKS.between(ld, other) + " months=" + ChronoUnit.MONTHS.between(ld, other)
                + " years=" + ChronoUnit.YEARS.between(ld, other) + " decades=" + ld.until(other, ChronoUnit.DECADES)
                + " back=" + other.until(ld) + " cmp=" + ld.compareTo(other) + " before=" + ld.isBefore(other));
            System.out.println("  fields: " + ld.get(ChronoField.ALIGNED_WEEK_OF_YEAR) + " " + ld.get(ChronoField.ALIGNED_DAY_OF_WEEK_IN_MONTH)
                + " " + ld.getLong(ChronoField.PROLEPTIC_MONTH) + " " + ld.get(ChronoField.YEAR_OF_ERA) + " " + ld.get(ChronoField.ERA)
                + " range=" + ld.range(ChronoField.DAY_OF_MONTH) + " with=" + ld.with(ChronoField.DAY_OF_MONTH, 1)
                + " " + ld.withDayOfYear(60) + " " + ld.with(TemporalAdjusters.lastDayOfMonth()) + " "
                + ld.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) + " " + ld.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
                + " " + ld.with(DayOfWeek.FRIDAY) + " " + ld.with(Month.FEBRUARY));
        }
        // Periods
        t("period plus", () -> LocalDate.of(2020, 1, 31).plus(Period.of(1, 1, 1)) + " " + LocalDate.of(2020, 3, 31).minus(Period.ofMonths(1))
            + " " + Period.ofWeeks(3) + " " + Period.of(1, 14, 40).normalized() + " " + Period.of(-1, 2, 0).normalized()
            + " " + Period.parse("P1Y2M3W4D") + " " + Period.parse("-P1Y2M") + " " + Period.ofDays(5).multipliedBy(-3)
            + " " + Period.of(1, 2, 3).toTotalMonths() + " " + Period.of(1, 2, 3).hashCode() + " " + Period.between(LocalDate.of(2020, 5, 31), LocalDate.of(2020, 2, 1)));
        t("period parse bad", () -> Period.parse("P1H"));
        // LocalTime
        int[][] times = {{0, 0, 0, 0}, {12, 0, 0, 0}, {23, 59, 59, 999999999}, {1, 2, 3, 0}, {1, 2, 0, 500000000},
            {1, 2, 3, 4000}, {13, 45, 0, 7}, {9, 5, 0, 120000000}};
        for (int[] x : times) {
            LocalTime lt = LocalTime.of(x[0], x[1], x[2], x[3]);
            System.out.println(lt + " iso=" + lt.format(DateTimeFormatter.ISO_LOCAL_TIME) + " sod=" + lt.toSecondOfDay()
                + " nod=" + lt.toNanoOfDay() + " +90m=" + lt.plusMinutes(90) + " -25h=" + lt.minusHours(25)
                + " +3601s=" + lt.plusSeconds(3601) + " +1ns=" + lt.plusNanos(1) + " hash=" + lt.hashCode()
                + " trunc=" + lt.truncatedTo(ChronoUnit.MINUTES) + " ampm=" + lt.get(ChronoField.AMPM_OF_DAY)
                + " ch=" + lt.get(ChronoField.CLOCK_HOUR_OF_AMPM) + " untilNoon=" + lt.until(LocalTime.NOON, ChronoUnit.MINUTES)
                + " fmt=" + lt.format(DateTimeFormatter.ofPattern("hh:mm:ss a SSS")) + " " + lt.format(DateTimeFormatter.ofPattern("H.m.s k K")));
        }
        // LocalDateTime
        LocalDateTime base = LocalDateTime.of(2020, 2, 28, 23, 30, 15, 250_000_000);
        System.out.println(base + " +1h=" + base.plusHours(1) + " +36h=" + base.plusHours(36) + " -1d=" + base.minusDays(1)
            + " +1M=" + base.plusMonths(1) + " +90s=" + base.plusSeconds(90) + " -1ns=" + base.minusNanos(1)
            + " +1y=" + base.plusYears(1) + " trunc=" + base.truncatedTo(ChronoUnit.HOURS) + " hash=" + base.hashCode());
        LocalDateTime later = LocalDateTime.of(2021, 3, 1, 1, 0);
        System.out.println("between: " + ChronoUnit.HOURS.between(base, later) + " " + ChronoUnit.DAYS.between(base, later) + " "
            + ChronoUnit.MONTHS.between(base, later) + " " + ChronoUnit.MINUTES.between(later, base) + " "
            + Duration.between(base, later) + " " + Duration.between(later, base) + " " + ChronoUnit.MILLIS.between(base, later));
        System.out.println(LocalDateTime.of(2020, 1, 1, 0, 0) + " " + LocalDateTime.of(2020, 1, 1, 0, 0, 1) + " "
            + LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1000) + " " + LocalDateTime.of(LocalDate.of(2020, 1, 1), LocalTime.MIDNIGHT)
            + " " + LocalDate.of(2020, 5, 5).atTime(5, 6) + " " + LocalDate.of(2020, 5, 5).atStartOfDay()
            + " " + LocalDateTime.ofEpochSecond(1600000000L, 5, ZoneOffset.ofHours(-7)) + " " + base.toEpochSecond(ZoneOffset.UTC)
            + " " + base.toInstant(ZoneOffset.ofHoursMinutes(5, 30)));
        // Instant
        long[] secs = {0, 1, -1, 1600000000L, -1600000000L, 253402300799L, 253402300800L, -62135596800L, -62135596801L, 1L << 35};
        int[] nanos = {0, 1, 1000, 1000000, 123456789, 500000000, 999999999};
        for (long s : secs) {
            StringBuilder sb = new StringBuilder();
            for (int n : nanos) sb.append(' ').append(Instant.ofEpochSecond(s, n));
            System.out.println(s + ":" + sb);
        }
        Instant i0 = Instant.ofEpochMilli(1600000000123L);
        System.out.println(i0 + " " + i0.toEpochMilli() + " " + i0.getEpochSecond() + " " + i0.getNano() + " " + i0.plusMillis(-200)
            + " " + i0.plusSeconds(86400) + " " + i0.plusNanos(877) + " " + i0.minus(Duration.ofHours(3)) + " " + i0.plus(2, ChronoUnit.DAYS)
            + " " + Instant.ofEpochMilli(-1) + " " + Instant.ofEpochMilli(-1).toEpochMilli() + " " + Instant.ofEpochSecond(-1, 1).toEpochMilli()
            + " " + i0.truncatedTo(ChronoUnit.HOURS) + " " + i0.until(Instant.EPOCH, ChronoUnit.DAYS) + " " + i0.hashCode()
            + " " + i0.atOffset(ZoneOffset.ofHours(9)) + " " + i0.atZone(ZoneOffset.UTC) + " " + Instant.ofEpochSecond(10, -1)
            + " " + i0.compareTo(Instant.EPOCH) + " " + i0.isAfter(Instant.EPOCH) + " " + Instant.EPOCH.equals(Instant.ofEpochMilli(0)));
        String[] instants = {"2020-01-01T00:00:00Z", "2020-01-01T00:00:00.5Z", "2020-01-01T00:00:00.123456Z", "1970-01-01T00:00:00z",
            "2020-01-01T10:00:00+02:00", "2020-01-01T00:00Z", "2020-01-01T00:00:00", "2020-13-01T00:00:00Z", "2020-01-01T24:00:00Z",
            "+12345-01-01T00:00:00Z", "2020-01-01T00:00:00.1234567891Z", "-0001-01-01T00:00:00Z"};
        for (String s : instants) t("Instant.parse " + s, () -> Instant.parse(s));
        // Duration
        Duration[] durs = {Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofMillis(-1500), Duration.ofHours(25),
            Duration.ofMinutes(61), Duration.ofSeconds(3661, 500), Duration.ofNanos(-1), Duration.ofSeconds(-60, -1), Duration.ofDays(2),
            Duration.ofSeconds(59, 999999999), Duration.ofSeconds(-3600), Duration.ofMillis(-999), Duration.ofSeconds(1L << 40, 7)};
        for (Duration d : durs) {
            t("  toMillis", () -> d.toMillis());
            System.out.println(d + " s=" + d.getSeconds() + " n=" + d.getNano() + " neg=" + d.negated()
                + " abs=" + d.abs() + " x3=" + d.multipliedBy(3) + " /4=" + d.dividedBy(4) + " +1.5s=" + d.plus(Duration.ofMillis(1500))
                + " parts=" + d.toDaysPart() + "/" + d.toHoursPart() + "/" + d.toMinutesPart() + "/" + d.toSecondsPart() + "/" + d.toMillisPart()
                + " hash=" + d.hashCode() + " isNeg=" + d.isNegative() + " cmp=" + d.compareTo(Duration.ofSeconds(1)));
            t("  toNanos", () -> d.toNanos());
            t("  reparse", () -> Duration.parse(d.toString()).equals(d));
        }
        String[] dparse = {"PT1H", "PT-1.5S", "P2DT3H4M", "pt10m", "PT0.000000001S", "-PT5S", "PT-0.5S", "P1D", "PT", "P", "PT1.S",
            "PT1.1234567891S", "P1Y", "+PT1M", "PT1H-30M", "PT1,5S"};
        for (String s : dparse) t("Duration.parse " + s, () -> Duration.parse(s));
        t("Duration.of", () -> Duration.of(3, ChronoUnit.HALF_DAYS) + " " + Duration.of(7, ChronoUnit.MICROS) + " " + Duration.ofDays(1).toHours()
            + " " + Duration.ofMinutes(90).toMinutes() + " " + Duration.between(LocalTime.of(10, 0), LocalTime.of(8, 30))
            + " " + Duration.between(Instant.EPOCH, Instant.ofEpochSecond(5, 5)) + " " + ChronoUnit.DAYS.getDuration()
            + " " + ChronoUnit.MONTHS.getDuration() + " " + Duration.ofSeconds(10).dividedBy(Duration.ofSeconds(3)));
        // Formatting with patterns
        LocalDateTime ldt = LocalDateTime.of(2021, 7, 4, 9, 5, 7, 123456789);
        String[] patterns = {"yyyy-MM-dd", "dd/MM/yyyy", "d/M/yy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS", "EEE, d MMM yyyy",
            "EEEE MMMM dd", "hh:mm a", "H:m:s", "yyyyMMddHHmmss", "uuuu-DDD", "D", "'Quarter' M", "yy.MM.dd G", "SSSSSSSSS", "SS",
            "MMMMM EEEEE", "[yyyy][-MM]", "HH 'o''clock'", "''", "A N n", "GGGG"};
        for (String p : patterns) t("format " + p, () -> ldt.format(DateTimeFormatter.ofPattern(p)));
        String[] bad = {"yyyy-bb", "#", "{", "'open", "MMMMMM", "dd]", "aa", "ddd", "HHH", "EEEEEE", "V", "VVV", "XXXXXX"};
        for (String p : bad) t("ofPattern " + p, () -> DateTimeFormatter.ofPattern(p));
        System.out.println(DateTimeFormatter.ISO_LOCAL_DATE.format(ldt) + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(ldt) + " "
            + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(ldt) + " " + DateTimeFormatter.BASIC_ISO_DATE.format(ldt) + " "
            + DateTimeFormatter.ISO_DATE.format(ldt) + " " + DateTimeFormatter.ISO_DATE_TIME.format(ldt) + " "
            + DateTimeFormatter.ISO_ORDINAL_DATE.format(ldt) + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.of(10, 15)));
        OffsetDateTime odt = OffsetDateTime.of(ldt, ZoneOffset.ofHoursMinutes(-3, -30));
        System.out.println(odt + " " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt) + " " + DateTimeFormatter.ISO_DATE_TIME.format(odt)
            + " " + DateTimeFormatter.ISO_INSTANT.format(odt) + " " + DateTimeFormatter.BASIC_ISO_DATE.format(odt)
            + " " + odt.format(DateTimeFormatter.ofPattern("X XX XXX x xx xxx Z ZZZZZ")) + " " + odt.toInstant() + " " + odt.toEpochSecond()
            + " " + odt.withOffsetSameInstant(ZoneOffset.UTC) + " " + OffsetDateTime.of(ldt, ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("X XX XXX x xx xxx Z ZZZZZ")));
        t("format unsupported", () -> LocalDate.of(2020, 1, 1).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        t("format instant", () -> DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.EPOCH));
        t("format instant zone", () -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.ofHours(2)).format(Instant.ofEpochSecond(86399)));
        t("format ISO_INSTANT", () -> DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(1, 10)));
        t("format big year", () -> LocalDate.of(12345, 1, 1).format(DateTimeFormatter.ofPattern("yyyy")) + " " + LocalDate.of(12345, 1, 1).format(DateTimeFormatter.ISO_LOCAL_DATE)
            + " " + LocalDate.of(-5, 1, 1).format(DateTimeFormatter.ISO_LOCAL_DATE) + " " + LocalDate.of(-5, 1, 1).format(DateTimeFormatter.ofPattern("u y G")));
        t("format basic big", () -> LocalDate.of(12345, 1, 1).format(DateTimeFormatter.BASIC_ISO_DATE));
        // Parsing
        Object[][] parses = {
            {"yyyy-MM-dd", "2021-07-04"}, {"dd/MM/yyyy", "04/07/2021"}, {"d/M/yyyy", "4/7/2021"}, {"d/M/yy", "4/7/21"},
            {"yyyyMMdd", "20210704"}, {"yyyy-MM-dd", "2021-02-30"}, {"yyyy-MM-dd", "2021-02-32"}, {"yyyy-MM-dd", "2021-2-3"},
            {"d MMM yyyy", "4 Jul 2021"}, {"d MMMM yyyy", "4 July 2021"}, {"d MMM yyyy", "4 jul 2021"}, {"EEE, d MMM yyyy", "Sun, 4 Jul 2021"},
            {"EEE, d MMM yyyy", "Mon, 4 Jul 2021"}, {"yyyy-DDD", "2021-185"}, {"yyyy-MM-dd", "2021-07-04x"}, {"yyyy-MM-dd", ""},
            {"uuuu-MM-dd", "2020-02-29"}, {"yyyy-MM-dd", "2020-00-10"}, {"yyyy-MM-dd", "+2020-01-10"}, {"yyyy-MM-dd", "-2020-01-10"},
        };
        for (Object[] p : parses) {
            t("LocalDate.parse " + p[1] + " with " + p[0], () -> LocalDate.parse((String) p[1], DateTimeFormatter.ofPattern((String) p[0])));
        }
        Object[][] tparses = {{"HH:mm", "10:15"}, {"HH:mm:ss", "23:59:60"}, {"hh:mm a", "07:30 PM"}, {"hh:mm a", "12:00 AM"},
            {"h:mm a", "7:30 pm"}, {"HH:mm:ss.SSS", "10:15:30.123"}, {"HHmmss", "101530"}, {"HH", "24"}, {"HH:mm", "24:00"}, {"H:mm", "9:05"},
            {"HH:mm", "9:05"}, {"kk:mm", "24:00"}};
        for (Object[] p : tparses) {
            t("LocalTime.parse " + p[1] + " with " + p[0], () -> LocalTime.parse((String) p[1], DateTimeFormatter.ofPattern((String) p[0])));
        }
        String[] isoDates = {"2021-07-04", "2021-7-04", "2021-02-29", "2020-02-29", "0000-01-01", "-0001-01-01", "+10000-01-01",
            "10000-01-01", "+2021-01-01", "2021-01-01 ", "2021/01/01", "21-01-01"};
        for (String s : isoDates) t("LocalDate.parse " + s, () -> LocalDate.parse(s));
        String[] isoTimes = {"10:15", "10:15:30", "10:15:30.5", "10:15:30.123456789", "10:15:30.1234567891", "10:15:", "10", "1:15", "23:60"};
        for (String s : isoTimes) t("LocalTime.parse " + s, () -> LocalTime.parse(s));
        String[] isoDts = {"2021-07-04T10:15", "2021-07-04t10:15:30", "2021-07-04 10:15", "2021-07-04T10:15:30.000000001", "2021-07-04"};
        for (String s : isoDts) t("LocalDateTime.parse " + s, () -> LocalDateTime.parse(s));
        t("ODT.parse", () -> OffsetDateTime.parse("2021-07-04T10:15:30+05:30") + " " + OffsetDateTime.parse("2021-07-04T10:15Z")
            + " " + OffsetDateTime.parse("2021-07-04T10:15:30-08:00").toInstant());
        t("ODT.parse bad", () -> OffsetDateTime.parse("2021-07-04T10:15:30"));
        t("parse to LocalDate from time", () -> LocalDate.parse("10:15", DateTimeFormatter.ofPattern("HH:mm")));
        t("parse BASIC", () -> LocalDate.parse("20210704", DateTimeFormatter.BASIC_ISO_DATE) + " " + LocalDate.parse("20210704Z", DateTimeFormatter.BASIC_ISO_DATE));
        t("ISO_DATE parse", () -> LocalDate.parse("2021-07-04+01:00", DateTimeFormatter.ISO_DATE));
        t("DTPE details", () -> {
            try {
                LocalDate.parse("2021-13-45");
                return "no";
            } catch (DateTimeParseException e) {
                return e.getErrorIndex() + " " + e.getParsedString() + " " + (e.getCause() == null ? "-" : e.getCause().getClass().getName());
            }
        });
        t("DTPE details2", () -> {
            try {
                LocalDate.parse("2021-1");
                return "no";
            } catch (DateTimeParseException e) {
                return e.getErrorIndex() + " " + e.getParsedString() + " " + e.getCause();
            }
        });
        // enums and misc
        for (DayOfWeek d : DayOfWeek.values()) System.out.print(d + ":" + d.getValue() + ":" + d.plus(3) + ":" + d.minus(8) + " ");
        System.out.println();
        for (Month m : Month.values()) System.out.print(m + ":" + m.length(false) + "/" + m.maxLength() + ":" + m.firstDayOfYear(true) + ":" + m.firstMonthOfQuarter() + ":" + m.plus(13) + " ");
        System.out.println();
        for (ChronoUnit u : ChronoUnit.values()) System.out.print(u + ":" + u.isDateBased() + u.isTimeBased() + u.isDurationEstimated() + " ");
        System.out.println();
        for (ChronoField f : ChronoField.values()) System.out.print(f + ":" + f.range() + ":" + f.getBaseUnit() + ":" + f.getRangeUnit() + " ");
        System.out.println();
        System.out.println(Year.of(2024).isLeap() + " " + Year.isLeap(1900) + " " + Year.of(2023).length() + " " + Year.of(2020).atDay(60) + " " + Year.of(5));
        t("zones", () -> ZoneOffset.of("+05:30") + " " + ZoneOffset.of("-08") + " " + ZoneOffset.of("+0130") + " " + ZoneOffset.of("Z")
            + " " + ZoneOffset.ofHoursMinutesSeconds(1, 2, 3) + " " + ZoneOffset.ofTotalSeconds(-3600) + " " + ZoneOffset.UTC.getId()
            + " " + ZoneOffset.of("+05:30").getTotalSeconds() + " " + ZoneId.of("UTC") + " " + ZoneId.of("Z") + " " + ZoneId.of("GMT+2")
            + " " + ZoneId.of("UTC+05:30") + " " + ZoneId.of("+01:00").equals(ZoneOffset.ofHours(1)) + " " + ZoneOffset.ofHours(2).compareTo(ZoneOffset.ofHours(1)));
        String[] zbad = {"+19", "+5:30", "abc", "+1", "+01:3", "0530", "+01:00:00:00"};
        for (String z : zbad) t("ZoneOffset.of " + z, () -> ZoneOffset.of(z));
        t("ZoneId.of Mars/Base", () -> ZoneId.of("Mars/Base"));
        t("ZoneId.of bad", () -> ZoneId.of("!x"));
        t("ZDT", () -> ZonedDateTime.of(ldt, ZoneId.of("UTC")) + " " + ZonedDateTime.of(ldt, ZoneOffset.ofHours(3)) + " "
            + ZonedDateTime.ofInstant(Instant.ofEpochSecond(0), ZoneOffset.ofHours(-5)) + " " + ZonedDateTime.of(ldt, ZoneId.of("UTC")).toInstant());
        // clocks
        Clock fixed = Clock.fixed(Instant.parse("2020-05-17T12:34:56.789Z"), ZoneOffset.UTC);
        System.out.println(fixed + " " + fixed.millis() + " " + fixed.instant() + " " + LocalDate.now(fixed) + " " + LocalTime.now(fixed)
            + " " + LocalDateTime.now(fixed) + " " + Instant.now(fixed) + " " + Clock.offset(fixed, Duration.ofHours(2)).instant()
            + " " + ZonedDateTime.now(fixed) + " " + OffsetDateTime.now(fixed) + " " + Year.now(fixed) + " " + fixed.getZone());
        Clock sys = Clock.systemUTC();
        Instant a = Instant.now(), b = sys.instant();
        long ms = System.currentTimeMillis();
        System.out.println("now ordered: " + !b.isBefore(a) + " " + (Math.abs(ms - b.toEpochMilli()) < 60000) + " " + sys.getZone()
            + " " + (LocalDate.now().getYear() >= 2024) + " " + (Duration.between(a, Instant.now()).toMillis() >= 0));
        // hash-based collections keyed by dates keep HotSpot's order
        HashMap<LocalDate, Integer> hm = new HashMap<>();
        for (int i = 0; i < 20; i++) hm.put(LocalDate.of(2020, 1, 1).plusDays(i * 37), i);
        System.out.println(hm);
        HashSet<Duration> hs = new HashSet<>();
        for (int i = 0; i < 10; i++) hs.add(Duration.ofMillis(i * 1234567L));
        System.out.println(hs);
        TreeMap<LocalDateTime, String> tm = new TreeMap<>();
        tm.put(ldt, "a");
        tm.put(ldt.minusYears(1), "b");
        tm.put(ldt.plusNanos(1), "c");
        System.out.println(tm);
    }
}
