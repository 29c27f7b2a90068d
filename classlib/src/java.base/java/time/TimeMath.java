package java.time;

/** Exact arithmetic helpers shared by the java.time classes. */
final class TimeMath {
    private TimeMath() {}

    static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    static long sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    static long mul(long a, long b) {
        long r = a * b;
        long aa = Math.abs(a), ab = Math.abs(b);
        if (((aa | ab) >>> 31) != 0) {
            if ((b != 0 && r / b != a) || (a == Long.MIN_VALUE && b == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    static int toInt(long v) {
        if ((int) v != v) throw new ArithmeticException("integer overflow");
        return (int) v;
    }

    static long neg(long v) {
        if (v == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return -v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date. */
    static long epochDay(long y, int m, int d) {
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        int mp = (m + 9) % 12;
        long doy = (153 * mp + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Inverse of epochDay: returns {year, month, day}. */
    static long[] civil(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) y++;
        return new long[] {y, m, d};
    }

    static boolean isLeap(long y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    static void pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) sb.append('0');
        sb.append(s);
    }

    /** ISO year: 4 digits, '+' above 9999, '-' below zero. */
    static void year(StringBuilder sb, long y) {
        long a = Math.abs(y);
        if (a < 1000) {
            if (y < 0) sb.append('-');
            pad(sb, a, 4);
        } else {
            if (y > 9999) sb.append('+');
            sb.append(y);
        }
    }

    /** Appends ".fraction" in groups of three digits (nothing when nano is 0). */
    static void fraction(StringBuilder sb, int nano) {
        if (nano == 0) return;
        sb.append('.');
        if (nano % 1000_000 == 0) pad(sb, nano / 1000_000, 3);
        else if (nano % 1000 == 0) pad(sb, nano / 1000, 6);
        else pad(sb, nano, 9);
    }
}
