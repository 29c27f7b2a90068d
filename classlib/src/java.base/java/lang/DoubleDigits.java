package java.lang;

/**
 * Decimal text of double and float values as JDK 17's Double.toString / Float.toString print it.
 *
 * <p>JDK 17 does not print the shortest round-tripping text: it generates digits with the classic
 * free-format method (Steele and White) using strict comparisons against half an ulp (a quarter
 * ulp when the mantissa is a power of two), always emits at least two digits in E notation, and
 * prints integral values below 2^63 from their exact integer. This class implements that
 * behaviour; the observable rules were established by probing HotSpot.
 */
final class DoubleDigits {
    private DoubleDigits() {}

    private final char[] digits = new char[40];
    private int nDigits;
    /** Value = 0.d1d2d3... x 10^decExponent. */
    private int decExponent;

    static String toString(double d) {
        long bits = Double.doubleToRawLongBits(d);
        boolean neg = bits < 0;
        long fract = bits & 0x000fffffffffffffL;
        int exp = (int) ((bits >>> 52) & 0x7ff);
        if (exp == 0x7ff) {
            if (fract != 0) return "NaN";
            return neg ? "-Infinity" : "Infinity";
        }
        int nSig;
        if (exp == 0) {
            if (fract == 0) return neg ? "-0.0" : "0.0";
            int lz = Long.numberOfLeadingZeros(fract);
            int shift = lz - 11;
            fract <<= shift;
            exp = 1 - shift;
            nSig = 64 - lz;
        } else {
            fract |= 1L << 52;
            nSig = 53;
        }
        DoubleDigits dd = new DoubleDigits();
        dd.convert(exp - 1023, fract, nSig);
        return dd.layout(neg);
    }

    static String toString(float f) {
        int bits = Float.floatToRawIntBits(f);
        boolean neg = bits < 0;
        int fract = bits & 0x007fffff;
        int exp = (bits >>> 23) & 0xff;
        if (exp == 0xff) {
            if (fract != 0) return "NaN";
            return neg ? "-Infinity" : "Infinity";
        }
        int nSig;
        if (exp == 0) {
            if (fract == 0) return neg ? "-0.0" : "0.0";
            int lz = Integer.numberOfLeadingZeros(fract);
            int shift = lz - 8;
            fract <<= shift;
            exp = 1 - shift;
            nSig = 32 - lz;
        } else {
            fract |= 1 << 23;
            nSig = 24;
        }
        DoubleDigits dd = new DoubleDigits();
        dd.convert(exp - 127, ((long) fract) << 29, nSig);
        return dd.layout(neg);
    }

    /**
     * value = fractBits (hidden bit at bit 52) * 2^(binExp - 52); nSig is the precision of the
     * source format at this value (sets the size of half an ulp).
     */
    private void convert(int binExp, long fractBits, int nSig) {
        int tailZeros = Long.numberOfTrailingZeros(fractBits);
        int nFractBits = 53 - tailZeros;
        int nTinyBits = Math.max(0, nFractBits - binExp - 1);
        if (binExp <= 62 && binExp >= 0 && nTinyBits == 0) {
            // An integer below 2^63: print it from its exact value, dropping insignificant digits.
            int insignificant = 0;
            if (binExp > nSig) {
                int p2 = binExp - nSig - 1;
                if (p2 > 1 && p2 < 64) insignificant = (int) (p2 * 0.3010299956639812);
            }
            long v = (fractBits >>> tailZeros) << (binExp - nFractBits + 1);
            longDigits(v, insignificant);
            return;
        }
        int decExp = estimateDecExp(fractBits, binExp);
        int b5 = Math.max(0, -decExp);
        int b2 = b5 + nTinyBits + binExp;
        int s5 = Math.max(0, decExp);
        int s2 = s5 + nTinyBits;
        int m5 = b5;
        int m2 = b2 - nSig;
        long f = fractBits >>> tailZeros;
        b2 -= nFractBits - 1;
        int common = Math.min(b2, s2);
        b2 -= common;
        s2 -= common;
        m2 -= common;
        if (nFractBits == 1) m2 -= 1;
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }
        // JDK 17 picks 32-bit, 64-bit or big arithmetic from these bit-size bounds; the narrow
        // paths wrap in places, which is observable, so the same choice is made here.
        int bBits = nFractBits + b2 + n5bits(b5);
        int tenSBits = s2 + 1 + n5bits(s5 + 1);
        if (bBits < 64 && tenSBits < 64) {
            long b = (f * POW5[b5]) << b2;
            long s = POW5[s5] << s2;
            long m = POW5[m5] << m2;
            if (bBits < 32 && tenSBits < 32) {
                generateInt((int) b, (int) s, (int) m, decExp);
            } else {
                generateLong(b, s, m, decExp);
            }
        } else {
            Big b = Big.of(f).mulPow5(b5).shl(b2);
            Big s = Big.of(1).mulPow5(s5).shl(s2);
            Big m = Big.of(1).mulPow5(m5).shl(m2);
            generateBig(b, s, m, decExp);
        }
    }

    private static int n5bits(int n) {
        if (n == 0) return 0;
        if (n >= POW5.length) return n * 3;
        return 64 - Long.numberOfLeadingZeros(POW5[n]);
    }

    private static final long[] POW5 = new long[27];

    static {
        long p = 1;
        for (int i = 0; i < POW5.length; i++) {
            POW5[i] = p;
            p *= 5;
        }
    }

    private static int estimateDecExp(long fractBits, int binExp) {
        double d2 = Double.longBitsToDouble(0x3ff0000000000000L | (fractBits & 0x000fffffffffffffL));
        double d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
        return (int) Math.floor(d);
    }

    private void longDigits(long v, int insignificant) {
        int decExp = 0;
        if (insignificant != 0) {
            long p = POW10[insignificant];
            long residue = v % p;
            v /= p;
            decExp += insignificant;
            if (residue >= (p >> 1)) v++;
        }
        while (v % 10 == 0) {
            v /= 10;
            decExp++;
        }
        char[] tmp = new char[20];
        int n = 0;
        while (v != 0) {
            tmp[n++] = (char) ('0' + v % 10);
            v /= 10;
        }
        for (int i = 0; i < n; i++) digits[i] = tmp[n - 1 - i];
        nDigits = n;
        decExponent = decExp + n;
    }

    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private void generateInt(int b, int s, int m, int decExp) {
        int tens = s * 10;
        int nd = 0;
        int q = b / s;
        b = 10 * (b % s);
        m *= 10;
        boolean low = b < m;
        boolean high = b + m > tens;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[nd++] = (char) ('0' + q);
        }
        if (decExp < -3 || decExp >= 8) {
            low = high = false;
        }
        while (!low && !high) {
            q = b / s;
            b = 10 * (b % s);
            m *= 10;
            if (m > 0) {
                low = b < m;
                high = b + m > tens;
            } else {
                low = high = true;
            }
            digits[nd++] = (char) ('0' + q);
        }
        long diff = (b << 1) - tens;
        finish(nd, decExp, low, high, diff == 0 ? 0 : (diff > 0 ? 1 : -1));
    }

    private void generateLong(long b, long s, long m, int decExp) {
        long tens = s * 10;
        int nd = 0;
        int q = (int) (b / s);
        b = 10 * (b % s);
        m *= 10;
        boolean low = b < m;
        boolean high = b + m > tens;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[nd++] = (char) ('0' + q);
        }
        if (decExp < -3 || decExp >= 8) {
            low = high = false;
        }
        while (!low && !high) {
            q = (int) (b / s);
            b = 10 * (b % s);
            m *= 10;
            if (m > 0) {
                low = b < m;
                high = b + m > tens;
            } else {
                low = high = true;
            }
            digits[nd++] = (char) ('0' + q);
        }
        long diff = (b << 1) - tens;
        finish(nd, decExp, low, high, diff == 0 ? 0 : (diff > 0 ? 1 : -1));
    }

    private void generateBig(Big b, Big s, Big m, int decExp) {
        Big tens = s.copy().mulSmall(10);
        int nd = 0;
        int q = b.divRem(s);
        b.mulSmall(10);
        m.mulSmall(10);
        boolean low = b.compareTo(m) < 0;
        boolean high = Big.sumCompare(b, m, tens) > 0;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[nd++] = (char) ('0' + q);
        }
        if (decExp < -3 || decExp >= 8) {
            low = high = false;
        }
        while (!low && !high) {
            q = b.divRem(s);
            b.mulSmall(10);
            m.mulSmall(10);
            low = b.compareTo(m) < 0;
            high = Big.sumCompare(b, m, tens) > 0;
            digits[nd++] = (char) ('0' + q);
        }
        finish(nd, decExp, low, high, Big.sumCompare(b, b, tens));
    }

    private void finish(int nd, int decExp, boolean low, boolean high, int lowDigitDiff) {
        nDigits = nd;
        decExponent = decExp + 1;
        if (high) {
            if (low) {
                if (lowDigitDiff == 0) {
                    if ((digits[nd - 1] & 1) != 0) roundUp();
                } else if (lowDigitDiff > 0) {
                    roundUp();
                }
            } else {
                roundUp();
            }
        }
    }

    private void roundUp() {
        int i = nDigits - 1;
        char c = digits[i];
        if (c == '9') {
            while (c == '9' && i > 0) {
                digits[i] = '0';
                c = digits[--i];
            }
            if (c == '9') {
                decExponent++;
                digits[0] = '1';
                return;
            }
        }
        digits[i] = (char) (c + 1);
    }

    private void app(StringBuilder sb, int from, int to) {
        for (int i = from; i < to; i++) sb.append(digits[i]);
    }

    private String layout(boolean neg) {
        StringBuilder sb = new StringBuilder(32);
        if (neg) sb.append('-');
        int e = decExponent;
        int n = nDigits;
        if (e > 0 && e < 8) {
            int k = Math.min(n, e);
            app(sb, 0, k);
            if (k < e) {
                for (int i = k; i < e; i++) sb.append('0');
                sb.append(".0");
            } else {
                sb.append('.');
                if (k < n) app(sb, k, n);
                else sb.append('0');
            }
        } else if (e <= 0 && e > -3) {
            sb.append("0.");
            for (int i = e; i < 0; i++) sb.append('0');
            app(sb, 0, n);
        } else {
            sb.append(digits[0]).append('.');
            if (n > 1) app(sb, 1, n);
            else sb.append('0');
            sb.append('E').append(e - 1);
        }
        return sb.toString();
    }

    /** Minimal unsigned big integer (little-endian 32-bit limbs) for the digit loop. */
    static final class Big {
        int[] mag;
        int len;

        private Big(int cap) {
            mag = new int[cap];
        }

        static Big of(long v) {
            Big r = new Big(8);
            r.mag[0] = (int) v;
            r.mag[1] = (int) (v >>> 32);
            r.len = r.mag[1] != 0 ? 2 : (r.mag[0] != 0 ? 1 : 0);
            return r;
        }

        Big copy() {
            Big r = new Big(mag.length);
            System.arraycopy(mag, 0, r.mag, 0, len);
            r.len = len;
            return r;
        }

        private void ensure(int n) {
            if (n > mag.length) {
                int[] nm = new int[Math.max(n, mag.length * 2)];
                System.arraycopy(mag, 0, nm, 0, len);
                mag = nm;
            }
        }

        Big mulSmall(int k) {
            long carry = 0;
            for (int i = 0; i < len; i++) {
                long p = (mag[i] & 0xffffffffL) * k + carry;
                mag[i] = (int) p;
                carry = p >>> 32;
            }
            if (carry != 0) {
                ensure(len + 1);
                mag[len++] = (int) carry;
            }
            return this;
        }

        Big mulPow5(int n) {
            while (n >= 13) {
                mulSmall(1220703125);
                n -= 13;
            }
            if (n > 0) mulSmall((int) POW5[n]);
            return this;
        }

        Big shl(int n) {
            if (len == 0 || n == 0) return this;
            int words = n >>> 5, bits = n & 31;
            ensure(len + words + 1);
            if (bits == 0) {
                mag[len + words] = 0;
                for (int i = len - 1; i >= 0; i--) mag[i + words] = mag[i];
            } else {
                mag[len + words] = mag[len - 1] >>> (32 - bits);
                for (int i = len - 1; i > 0; i--) {
                    mag[i + words] = (mag[i] << bits) | (mag[i - 1] >>> (32 - bits));
                }
                mag[words] = mag[0] << bits;
            }
            for (int i = 0; i < words; i++) mag[i] = 0;
            len += words + 1;
            trim();
            return this;
        }

        private void trim() {
            while (len > 0 && mag[len - 1] == 0) len--;
        }

        int compareTo(Big o) {
            if (len != o.len) return len < o.len ? -1 : 1;
            for (int i = len - 1; i >= 0; i--) {
                if (mag[i] != o.mag[i]) {
                    return (mag[i] & 0xffffffffL) < (o.mag[i] & 0xffffffffL) ? -1 : 1;
                }
            }
            return 0;
        }

        private static int[] scratch = new int[64];

        /** Sign of (a + b) - c. */
        static int sumCompare(Big a, Big b, Big c) {
            int n = Math.max(Math.max(a.len, b.len), c.len) + 1;
            int[] sum = scratch;
            if (sum.length < n) scratch = sum = new int[n * 2];
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long x = (i < a.len ? a.mag[i] & 0xffffffffL : 0) + (i < b.len ? b.mag[i] & 0xffffffffL : 0) + carry;
                sum[i] = (int) x;
                carry = x >>> 32;
            }
            for (int i = n - 1; i >= 0; i--) {
                long x = sum[i] & 0xffffffffL;
                long y = i < c.len ? c.mag[i] & 0xffffffffL : 0;
                if (x != y) return x < y ? -1 : 1;
            }
            return 0;
        }

        /** Approximate value of the top limbs, scaled so that limb `ref` has weight 1. */
        private double approx(int ref) {
            double v = 0;
            for (int i = len - 1; i >= 0 && i >= len - 3; i--) {
                int k = i - ref;
                if (k < -2) break;
                double w = k == 1 ? 0x1p32 : k == 0 ? 1.0 : k == -1 ? 0x1p-32 : 0x1p-64;
                v += (mag[i] & 0xffffffffL) * w;
            }
            return v;
        }

        /** this -= q * d (q small, result known to be non-negative). */
        private void subMul(Big d, int q) {
            long borrow = 0;
            for (int i = 0; i < len; i++) {
                long p = (i < d.len ? (d.mag[i] & 0xffffffffL) * q : 0) + borrow;
                long x = (mag[i] & 0xffffffffL) - (p & 0xffffffffL);
                mag[i] = (int) x;
                borrow = (p >>> 32) + (x < 0 ? 1 : 0);
            }
            trim();
        }

        private void sub(Big o) {
            long borrow = 0;
            for (int i = 0; i < len; i++) {
                long x = (mag[i] & 0xffffffffL) - (i < o.len ? o.mag[i] & 0xffffffffL : 0) - borrow;
                mag[i] = (int) x;
                borrow = x < 0 ? 1 : 0;
            }
            trim();
        }

        /** this = this mod d, returning the (small) quotient. */
        int divRem(Big d) {
            if (compareTo(d) < 0) return 0;
            int ref = d.len - 1;
            int q = (int) (approx(ref) / d.approx(ref)) - 1;
            if (q > 0) subMul(d, Math.min(q, 9));
            else q = 0;
            while (compareTo(d) >= 0) {
                sub(d);
                q++;
            }
            return q;
        }
    }
}
