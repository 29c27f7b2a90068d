import java.time.*;
public class FmtDateTime { public static void main(String[] a) {
  LocalDateTime t = LocalDateTime.of(2024, 3, 9, 7, 5, 3, 45_600_000);
  for (String s : new String[] {"%tY-%tm-%td", "%tH:%tM:%tS.%tL %tN", "%tI %tl %tk %tp %Tp", "%tA %ta %tB %tb %th %tC %ty %tj %te", "%tR|%tT|%tr|%tD|%tF", "%-12tB|", "%12TA|", "%tc"}) {
    try { System.out.println(String.format(s, t, t, t, t, t, t, t, t, t)); } catch (Exception e) { System.out.println(s + " -> " + e); }
  }
  for (LocalTime lt : new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.NOON, LocalTime.of(0, 30), LocalTime.of(12, 1, 2, 3), LocalTime.of(23, 59, 59, 999_999_999)}) {
    System.out.println(String.format("%tr|%tI|%tl|%tp|%TL|%tN|%tk|%tT", lt, lt, lt, lt, lt, lt, lt, lt));
  }
  OffsetDateTime odt = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30));
  System.out.println(String.format("%tc|%tz|%tZ|%ts|%tQ|%tF %<tT|%1$tA %1$te %1$tB", odt, odt, odt, odt, odt, odt));
  System.out.println(String.format("%tc|%<tD|%<TB", ZonedDateTime.of(1999, 12, 31, 23, 59, 59, 0, ZoneId.of("UTC"))));
  System.out.println(String.format("%tc", 0L) + " " + String.format("%tF %<tT.%<tL", 1_700_000_000_123L) + " " + String.format("%tY", Long.valueOf(-86_400_000L * 365)));
  for (int m = 1; m <= 12; m++) System.out.print(String.format("%tb/%<tB/%<tA ", LocalDate.of(2023, m, m * 2)));
  System.out.println();
  for (String s : new String[] {"%tH", "%tY", "%tz", "%tZ", "%ts", "%tQ", "%.2tY", "%#tY", "%-tY", "%tq", "%0tY"}) {
    for (Object o : new Object[] {LocalDate.of(2020, 2, 29), LocalTime.of(23, 59), ZonedDateTime.of(t, ZoneOffset.ofHours(2)), 86_400_000L, "str", null}) {
      try { System.out.println(s + " " + o + " -> [" + String.format(s, o) + "]"); } catch (Exception e) { System.out.println(s + " " + o + " -> " + e); }
    }
  }
} }
