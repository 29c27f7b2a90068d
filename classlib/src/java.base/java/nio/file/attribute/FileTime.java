package java.nio.file.attribute;

/** A file timestamp, held in milliseconds since the epoch (the platform gives no finer times). */
public final class FileTime implements Comparable<FileTime> {
    private final long millis;

    private FileTime(long millis) {
        this.millis = millis;
    }

    public static FileTime fromMillis(long value) {
        return new FileTime(value);
    }

    public long toMillis() {
        return millis;
    }

    public int compareTo(FileTime other) {
        return Long.compare(millis, other.millis);
    }

    public boolean equals(Object obj) {
        return obj instanceof FileTime && ((FileTime) obj).millis == millis;
    }

    /** As HotSpot's (an Instant's): seconds folded to an int, plus 51 times the nanoseconds. */
    public int hashCode() {
        long seconds = Math.floorDiv(millis, 1000L);
        int nanos = (int) Math.floorMod(millis, 1000L) * 1000000;
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    private static void pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) sb.append('0');
        sb.append(s);
    }

    /** ISO 8601 in UTC, e.g. 2009-02-13T23:31:30.123Z (fraction without trailing zeros). */
    public String toString() {
        long days = Math.floorDiv(millis, 86400000L);
        long ms = Math.floorMod(millis, 86400000L);
        // Civil date from a day count (proleptic Gregorian), by 400-year eras starting on March 1.
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder sb = new StringBuilder();
        if (year <= 0) {
            sb.append('-');
            pad(sb, 1 - year, 4);
        } else {
            pad(sb, year, 4);
        }
        sb.append('-');
        pad(sb, month, 2);
        sb.append('-');
        pad(sb, day, 2);
        sb.append('T');
        pad(sb, ms / 3600000, 2);
        sb.append(':');
        pad(sb, ms / 60000 % 60, 2);
        sb.append(':');
        pad(sb, ms / 1000 % 60, 2);
        long frac = ms % 1000;
        if (frac != 0) {
            sb.append('.');
            StringBuilder f = new StringBuilder();
            pad(f, frac, 3);
            int end = f.length();
            while (f.charAt(end - 1) == '0') end--;
            sb.append(f, 0, end);
        }
        return sb.append('Z').toString();
    }
}
