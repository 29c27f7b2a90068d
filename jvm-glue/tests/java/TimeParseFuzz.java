import java.time.*;
import java.util.Random;

/** Seeded random, mostly malformed strings through the java.time parse methods: results or exception messages. */
public class TimeParseFuzz {
    interface P { Object parse(String s); }

    public static void main(String[] args) {
        Random r = new Random(555);
        String[] names = {"ZoneOffset.of", "ZoneId.of", "Duration.parse", "Period.parse", "Instant.parse", "LocalDate.parse",
            "LocalTime.parse", "LocalDateTime.parse", "OffsetDateTime.parse", "YearMonth.parse", "MonthDay.parse", "Year.parse"};
        P[] ps = {ZoneOffset::of, ZoneId::of, Duration::parse, Period::parse, Instant::parse, LocalDate::parse, LocalTime::parse,
            LocalDateTime::parse, OffsetDateTime::parse, YearMonth::parse, MonthDay::parse, Year::parse};
        String[][] seeds = {{"+05:30", "-08", "Z", "+0130", "+01:02:03", "UTC+3", "GMT"}, {"UTC", "Z", "+01:00", "GMT-05:30", "UT+1", "Etc/UTC"},
            {"PT1H", "P2DT3H4M", "-PT5.5S", "PT0.000000001S", "P1D"}, {"P1Y2M3D", "-P1W", "P0D", "P1Y-2M"},
            {"2020-01-01T00:00:00Z", "2020-01-01T10:00:00.5+02:00"}, {"2021-07-04", "+10000-01-01", "-0001-12-31"},
            {"10:15", "10:15:30.123"}, {"2021-07-04T10:15:30"}, {"2021-07-04T10:15:30+05:30"}, {"2020-07"}, {"--12-03"}, {"2021"}};
        String noise = "0123456789+-:.TZWPYMDHS tz";
        for (int i = 0; i < 2400; i++) {
            int k = i % ps.length;
            StringBuilder sb = new StringBuilder(seeds[k][r.nextInt(seeds[k].length)]);
            int edits = r.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int op = r.nextInt(3);
                int pos = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
                if (op == 0 && sb.length() > 0 && pos < sb.length()) sb.deleteCharAt(pos);
                else if (op == 1) sb.insert(pos, noise.charAt(r.nextInt(noise.length())));
                else if (sb.length() > 0 && pos < sb.length()) sb.setCharAt(pos, noise.charAt(r.nextInt(noise.length())));
            }
            String s = sb.toString();
            try {
                System.out.println(names[k] + "(" + s + ") = " + ps[k].parse(s));
            } catch (RuntimeException ex) {
                // the field map in "Unable to obtain" messages is a HashMap keyed by identity-hashed enums: not stable
                String msg = String.valueOf(ex.getMessage()).replaceAll("TemporalAccessor: \\{[^}]*\\}", "TemporalAccessor: {..}");
                System.out.println(names[k] + "(" + s + ") ! " + ex.getClass().getSimpleName() + ": " + msg);
            }
        }
    }
}
