import java.time.format.*;
public class TimeFormatterDesc { public static void main(String[] a) {
  DateTimeFormatter[] fs = {DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME, DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_TIME, DateTimeFormatter.ISO_INSTANT, DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ISO_ORDINAL_DATE, DateTimeFormatter.ISO_OFFSET_DATE, DateTimeFormatter.ISO_OFFSET_TIME};
  for (DateTimeFormatter f : fs) System.out.println(f);
  for (String p : new String[]{"yyyy-MM-dd", "d/M/yy", "EEE, d MMM yyyy HH:mm:ss.SSS", "hh 'o''clock' a", "[yyyy][-MM]", "u D DD DDD n N A", "G GGGG GGGGG", "X XX XXX x xx xxx Z ZZZZZ VV", "MMMM MMMMM EEEE EEEEE L", "k K"}) System.out.println(DateTimeFormatter.ofPattern(p));
}}
