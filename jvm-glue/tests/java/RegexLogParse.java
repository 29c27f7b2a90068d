import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.regex.*;

/** A realistic mix: parse log lines with a regex, their timestamps with java.time, aggregate. */
public class RegexLogParse {
    static final Pattern LINE = Pattern.compile(
            "^(?<ts>\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)\\s+\\[(?<level>[A-Z]+)\\s*\\]\\s+(?<src>[\\w.$]+):\\s*(?<msg>.*)$");
    static final Pattern KV = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");
    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    public static void main(String[] args) {
        String[] log = {
            "2024-03-10 08:15:02.120 [INFO ] app.Main: started user=alice pid=4312",
            "2024-03-10 08:15:03 [DEBUG] app.db.Pool: opened conns=4 url=\"jdbc:x://h:5/db\"",
            "2024-03-10T08:16:45.500 [WARN ] app.web.Handler$1: slow request path=/api/items ms=1532",
            "garbage line without structure",
            "2024-03-10 08:17:00.001 [ERROR] app.web.Handler: failed path=/api/items status=500 err=\"timeout after 30s\"",
            "2024-03-11 00:00:00 [INFO ] app.Main: rotated",
            "2024-02-29 23:59:59.999 [INFO ] app.Main: leap day",
        };
        Map<String, Integer> levels = new TreeMap<>();
        LocalDateTime first = null, last = null;
        for (String l : log) {
            Matcher m = LINE.matcher(l);
            if (!m.matches()) {
                System.out.println("skip: " + l);
                continue;
            }
            String ts = m.group("ts").replace('T', ' ');
            LocalDateTime t;
            try {
                t = LocalDateTime.parse(ts, TS);
            } catch (RuntimeException e) {
                System.out.println("bad ts " + ts + ": " + e.getMessage());
                continue;
            }
            if (first == null || t.isBefore(first)) first = t;
            if (last == null || t.isAfter(last)) last = t;
            levels.merge(m.group("level"), 1, Integer::sum);
            Map<String, String> kv = new LinkedHashMap<>();
            Matcher k = KV.matcher(m.group("msg"));
            while (k.find()) kv.put(k.group(1), k.group(2).replaceAll("^\"|\"$", ""));
            String text = KV.matcher(m.group("msg")).replaceAll("").trim().replaceAll("\\s{2,}", " ");
            System.out.println(t + " " + t.getDayOfWeek() + " " + m.group("level") + " " + m.group("src").replaceAll("\\$\\d+$", "")
                + " '" + text + "' " + kv + " ms=" + t.get(java.time.temporal.ChronoField.MILLI_OF_SECOND));
        }
        System.out.println(levels + " span=" + Duration.between(first, last) + " days=" + ChronoUnit.DAYS.between(first.toLocalDate(), last.toLocalDate())
            + " " + first.format(DateTimeFormatter.ofPattern("EEE d MMM uuuu, hh:mm a")) + " " + last.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        // CSV with quoted fields, via regex split
        String csv = "id,name,joined,amount\n1,\"Smith, Ann\",2021-01-05,12.50\n2,Bob,2020-12-31,-3\n3,\"O\"\"Neil\",2019-07-04,1e3";
        String[] rows = csv.split("\\R");
        for (String row : rows) {
            String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            List<String> out = new ArrayList<>();
            for (String c : cells) out.add(c.replaceAll("^\"|\"$", "").replace("\"\"", "\""));
            String date = out.get(2);
            String extra = date.matches("\\d{4}-\\d{2}-\\d{2}") ? " age=" + Period.between(LocalDate.parse(date), LocalDate.of(2024, 3, 10)) : "";
            System.out.println(out + extra);
        }
        // word frequencies with regex tokenization
        String text = "The quick brown fox -- the QUICK one -- jumps over the lazy dog's back; the end.";
        Map<String, Integer> freq = new TreeMap<>();
        Matcher w = Pattern.compile("\\b[\\p{Alpha}']+\\b").matcher(text);
        while (w.find()) freq.merge(w.group().toLowerCase(), 1, Integer::sum);
        System.out.println(freq);
        System.out.println(Arrays.toString(text.split("\\W+")) + " " + text.replaceAll("(?i)\\bthe\\b", "THE").replaceAll("\\s*--\\s*", " | "));
    }
}
