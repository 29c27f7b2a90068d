public class TimeRegexNulls { 
  interface B { Object r(); }
  static void t(String l, B b) { try { System.out.println(l + " = " + b.r()); } catch (Exception e) { System.out.println(l + " threw " + e.getClass().getName() + ": " + e.getMessage()); } }
  public static void main(String[] a) {
  t("split null", () -> "abc".split(null));
  t("split null lim", () -> "abc".split(null, 2));
  t("matches null", () -> "abc".matches(null));
  t("replaceAll null regex", () -> "abc".replaceAll(null, "x"));
  t("replaceAll null repl", () -> "abc".replaceAll("b", null));
  t("replaceAll null repl nomatch", () -> "abc".replaceAll("z", null));
  t("replaceFirst null repl", () -> "abc".replaceFirst("b", null));
  t("replaceFirst null repl nomatch", () -> "abc".replaceFirst("z", null));
  t("compile null", () -> java.util.regex.Pattern.compile(null, 0));
  t("matcher null", () -> java.util.regex.Pattern.compile("a").matcher(null));
  t("Pattern.matches null", () -> java.util.regex.Pattern.matches("a", null));
  t("quote null", () -> java.util.regex.Pattern.quote(null));
  t("LocalDate.parse null", () -> java.time.LocalDate.parse(null));
  t("Duration.parse null", () -> java.time.Duration.parse(null));
  t("ofPattern null", () -> java.time.format.DateTimeFormatter.ofPattern(null));
  t("LocalDate.of month null", () -> java.time.LocalDate.of(2020, (java.time.Month) null, 1));
  t("plus null", () -> java.time.LocalDate.of(2020, 1, 1).plus(null));
  t("format null", () -> java.time.LocalDate.of(2020, 1, 1).format(null));
  t("isBefore null", () -> java.time.LocalDate.of(2020, 1, 1).isBefore(null));
  t("Instant.parse null", () -> java.time.Instant.parse(null));
  t("ZoneId.of null", () -> java.time.ZoneId.of(null));
}}
