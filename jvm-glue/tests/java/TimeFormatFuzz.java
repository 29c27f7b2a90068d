import java.time.*;
import java.time.format.*;
import java.util.Random;

/** Seeded random DateTimeFormatter patterns: build errors, formatting, and parsing the output back. */
public class TimeFormatFuzz {
    public static void main(String[] args) {
        Random r = new Random(4242);
        String letters = "yyyyMMMdddHHhmmssSSaEEuDGnkKxXVZQqYYwWecFO";
        String seps = "- :/.,'[]T#{";
        LocalDateTime[] when = {LocalDateTime.of(2021, 7, 4, 9, 5, 7, 123456789), LocalDateTime.of(1999, 12, 31, 23, 59, 59),
            LocalDateTime.of(2000, 2, 29, 0, 0), LocalDateTime.of(-44, 3, 15, 12, 30, 0, 5000)};
        int built = 0;
        for (int i = 0; i < 1500; i++) {
            StringBuilder p = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                if (r.nextInt(3) == 0) {
                    p.append(seps.charAt(r.nextInt(seps.length())));
                } else {
                    char c = letters.charAt(r.nextInt(letters.length()));
                    int cnt = 1 + r.nextInt(r.nextInt(3) == 0 ? 6 : 3);
                    for (int j = 0; j < cnt; j++) p.append(c);
                }
            }
            String pat = p.toString();
            DateTimeFormatter f;
            try {
                f = DateTimeFormatter.ofPattern(pat);
                built++;
            } catch (IllegalArgumentException e) {
                System.out.println(pat + " ! " + e.getMessage());
                continue;
            }
            StringBuilder out = new StringBuilder(pat).append(" |");
            for (int w = 0; w < 2; w++) {
                LocalDateTime t = when[(i + w) % when.length];
                Object target = r.nextInt(4) == 0 ? OffsetDateTime.of(t, ZoneOffset.ofHoursMinutes(5, 30))
                        : r.nextInt(3) == 0 ? t.toLocalDate() : t;
                String s;
                try {
                    s = f.format((java.time.temporal.TemporalAccessor) target);
                } catch (DateTimeException e) {
                    out.append(" fmt:").append(e.getClass().getSimpleName()).append(':').append(e.getMessage());
                    continue;
                }
                out.append(" [").append(s).append("]");
                try {
                    out.append(" date=").append(LocalDate.parse(s, f));
                } catch (DateTimeParseException e) {
                    out.append(" pd:").append(e.getErrorIndex()).append(e.getMessage().contains("Unable to obtain") ? ":unable" : ":" + e.getMessage());
                }
                try {
                    out.append(" time=").append(LocalTime.parse(s, f));
                } catch (DateTimeParseException e) {
                    out.append(" pt:").append(e.getErrorIndex()).append(e.getMessage().contains("Unable to obtain") ? ":unable" : ":" + e.getMessage());
                }
            }
            System.out.println(out);
        }
        System.out.println(built + " built");
    }
}
