import java.util.Arrays;
import java.util.concurrent.TimeUnit;

public class ConcTimeUnit {
    public static void main(String[] args) throws Exception {
        System.out.println(Arrays.toString(TimeUnit.values()) + " " + TimeUnit.valueOf("MINUTES").ordinal());
        long[] samples = {0, 1, 59, 60, 61, 999, 1000, 1001, 86399, 86400, -1, -61, -86401, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 1000, Long.MIN_VALUE / 1000 - 1};
        for (TimeUnit u : TimeUnit.values()) {
            StringBuilder sb = new StringBuilder(u + ":");
            for (long d : samples) {
                sb.append(' ').append(u.toNanos(d)).append('/').append(u.toMicros(d)).append('/').append(u.toMillis(d)).append('/').append(u.toSeconds(d)).append('/').append(u.toMinutes(d)).append('/').append(u.toHours(d)).append('/').append(u.toDays(d));
            }
            System.out.println(sb);
        }
        for (TimeUnit from : TimeUnit.values()) {
            StringBuilder sb = new StringBuilder();
            for (TimeUnit to : TimeUnit.values()) sb.append(to.convert(123456789L, from)).append(' ').append(to.convert(-987654321987L, from)).append(' ');
            System.out.println(from + " -> " + sb.toString().trim());
        }
        TimeUnit.MILLISECONDS.sleep(2);
        TimeUnit.NANOSECONDS.sleep(1500);
        TimeUnit.SECONDS.sleep(0);
        TimeUnit.MICROSECONDS.sleep(-3);
        Thread t = new Thread(() -> {});
        t.start();
        TimeUnit.SECONDS.timedJoin(t, 5);
        System.out.println("joined " + t.isAlive());
        Object lock = new Object();
        synchronized (lock) {
            TimeUnit.MILLISECONDS.timedWait(lock, 3);
        }
        System.out.println(TimeUnit.HOURS.compareTo(TimeUnit.DAYS) + " " + TimeUnit.SECONDS.name() + " " + TimeUnit.DAYS.getDeclaringClass().getSimpleName());
    }
}
