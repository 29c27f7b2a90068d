import java.time.*;
import java.time.temporal.*;
import java.util.Random;

/** Seeded random dates, times, instants and durations through arithmetic, comparisons and toString. */
public class TimeArithFuzz {
    interface B { Object r(); }

    static String t(B b) {
        try {
            return String.valueOf(b.r());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ":" + e.getMessage();
        }
    }

    public static void main(String[] args) {
        Random r = new Random(99);
        ChronoUnit[] dateUnits = {ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS, ChronoUnit.DECADES,
            ChronoUnit.CENTURIES, ChronoUnit.MILLENNIA, ChronoUnit.ERAS};
        ChronoUnit[] timeUnits = {ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS, ChronoUnit.SECONDS, ChronoUnit.MINUTES,
            ChronoUnit.HOURS, ChronoUnit.HALF_DAYS, ChronoUnit.DAYS};
        for (int i = 0; i < 600; i++) {
            long ed = r.nextInt(3) == 0 ? r.nextInt(2000000) - 1000000 : r.nextInt(80000) - 20000;
            LocalDate d = LocalDate.ofEpochDay(ed);
            LocalDate e = d.plusDays(r.nextInt(4000) - 2000);
            ChronoUnit u = dateUnits[r.nextInt(dateUnits.length)];
            long amt = r.nextInt(5) == 0 ? r.nextInt(400) - 200 : r.nextInt(30) - 10;
            ChronoField f = ChronoField.values()[r.nextInt(ChronoField.values().length)];
            long fv = r.nextInt(400) - 20;
            System.out.println(d + " " + d.getDayOfWeek() + " doy" + d.getDayOfYear() + " | " + e + " | " + u + amt + "=" + t(() -> d.plus(amt, u))
                + " until=" + t(() -> d.until(e, u)) + " p=" + d.until(e) + " back=" + e.minus(d.until(e)).equals(d)
                + " " + f + "=" + t(() -> d.getLong(f)) + " with" + fv + "=" + t(() -> d.with(f, fv)) + " cmp=" + Integer.signum(d.compareTo(e))
                + " h=" + d.hashCode() + " rng=" + t(() -> d.range(f)));
            LocalTime lt = LocalTime.ofNanoOfDay(Math.floorMod(r.nextLong(), 86400_000_000_000L));
            LocalTime lt2 = r.nextBoolean() ? lt.withNano(0) : lt.truncatedTo(ChronoUnit.MILLIS);
            ChronoUnit tu = timeUnits[r.nextInt(timeUnits.length)];
            long tamt = r.nextInt(3) == 0 ? r.nextLong() % 1000000000000L : r.nextInt(10000) - 5000;
            LocalDateTime ldt = LocalDateTime.of(d, lt2);
            LocalDateTime ldt2 = LocalDateTime.of(e, lt);
            System.out.println("  " + lt + " " + lt2 + " " + tu + tamt + "=" + t(() -> lt.plus(tamt, tu)) + " " + t(() -> ldt.plus(tamt, tu))
                + " until=" + t(() -> ldt.until(ldt2, tu)) + " " + t(() -> lt2.until(lt, tu)) + " dur=" + t(() -> Duration.between(ldt, ldt2))
                + " trunc=" + t(() -> ldt2.truncatedTo(tu)) + " h=" + ldt.hashCode());
            long sec = r.nextInt(3) == 0 ? r.nextLong() % 31556889864403199L : r.nextLong() % 10000000000L;
            int nano = r.nextInt(4) == 0 ? 0 : r.nextInt(4) == 0 ? r.nextInt(1000) * 1000000 : r.nextInt(1000000000);
            Instant in = Instant.ofEpochSecond(sec, nano);
            Duration du = Duration.ofSeconds(r.nextLong() % 1000000000L, r.nextInt(2000000000) - 1000000000);
            System.out.println("  " + in + " ms=" + t(in::toEpochMilli) + " +du=" + t(() -> in.plus(du)) + " du=" + du + " " + t(() -> Duration.parse(du.toString()).equals(du))
                + " " + du.toMillis() + " " + t(du::toNanos) + " /7=" + du.dividedBy(7) + " x-3=" + du.multipliedBy(-3) + " " + du.toDaysPart() + ":"
                + du.toHoursPart() + ":" + du.toMinutesPart() + ":" + du.toSecondsPart() + "." + du.toNanosPart() + " trunc=" + t(() -> in.truncatedTo(tu))
                + " odt=" + t(() -> in.atOffset(ZoneOffset.ofTotalSeconds(r.nextInt(64800 * 2) - 64800))));
        }
    }
}
