import java.time.*; import java.time.format.*;
public class TimeLocalized { public static void main(String[] a) {
  LocalDateTime t = LocalDateTime.of(2021, 7, 4, 9, 5, 7);
  for (FormatStyle s : FormatStyle.values()) {
    try { System.out.println(s + " date " + DateTimeFormatter.ofLocalizedDate(s).format(t) + " | " + DateTimeFormatter.ofLocalizedDate(s)); } catch (Exception e) { System.out.println(s + " date " + e); }
    try { System.out.println(s + " time " + DateTimeFormatter.ofLocalizedTime(s).format(t)); } catch (Exception e) { System.out.println(s + " time " + e); }
    try { System.out.println(s + " dt " + DateTimeFormatter.ofLocalizedDateTime(s).format(t)); } catch (Exception e) { System.out.println(s + " dt " + e); }
    try { System.out.println(s + " parse " + LocalDate.parse(DateTimeFormatter.ofLocalizedDate(s).format(t), DateTimeFormatter.ofLocalizedDate(s))); } catch (Exception e) { System.out.println(s + " parse " + e); }
  }
  System.out.println(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).format(t));
  System.out.println(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).format(LocalTime.of(0, 5)) + " " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).format(LocalTime.of(12, 5)));
}}
