package java.math;

import java.util.Random;

/**
 * Arbitrary-precision integers: a sign and a magnitude held as little-endian 32-bit words with no
 * high zero words (zero has an empty magnitude). Written for Mote from the Javadoc and from
 * HotSpot's observable behaviour.
 */
public class BigInteger extends Number implements Comparable<BigInteger>, java.io.Serializable {
    static final long M = 0xffffffffL;
    /** Above this many words (both operands) multiplication switches to Karatsuba. */
    private static final int KARATSUBA_THRESHOLD = 400;
    /** Most words a magnitude may have (2^31 bits), as in HotSpot. */
    private static final int MAX_WORDS = 1 << 26;

    final int signum;
    /** Little-endian words, normalized (no zero word on top). */
    final int[] mag;

    private static final BigInteger[] POS = new BigInteger[17];
    private static final BigInteger[] NEG = new BigInteger[17];

    static {
        POS[0] = new BigInteger(0, new int[0]);
        NEG[0] = POS[0];
        for (int i = 1; i <= 16; i++) {
            POS[i] = new BigInteger(1, new int[] {i});
            NEG[i] = new BigInteger(-1, new int[] {i});
        }
    }

    public static final BigInteger ZERO = POS[0];
    public static final BigInteger ONE = POS[1];
    public static final BigInteger TWO = POS[2];
    public static final BigInteger TEN = POS[10];

    /** Trusted constructor: mag must already be normalized; signum 0 iff mag empty. */
    BigInteger(int signum, int[] mag) {
        this.signum = mag.length == 0 ? 0 : signum;
        this.mag = mag;
        if (mag.length > MAX_WORDS) throw overflow();
    }

    static BigInteger of(int signum, int[] mag) {
        mag = norm(mag);
        if (mag.length == 0) return ZERO;
        return new BigInteger(signum, mag);
    }

    private static ArithmeticException overflow() {
        return new ArithmeticException("BigInteger would overflow supported range");
    }

    // ---------------------------------------------------------------- construction

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            throw new NumberFormatException("Radix out of range");
        int len = val.length();
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        int sign = 1;
        int cursor = 0;
        int minus = val.lastIndexOf('-');
        int plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) throw new NumberFormatException("Illegal embedded sign character");
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) throw new NumberFormatException("Illegal embedded sign character");
            cursor = 1;
        }
        if (cursor == len) throw new NumberFormatException("Zero length BigInteger");
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) cursor++;
        if (cursor == len) {
            this.signum = 0;
            this.mag = ZERO_MAG;
            return;
        }
        int numDigits = len - cursor;
        int per = digitsPerInt(radix);
        int first = numDigits % per;
        if (first == 0) first = per;
        // HotSpot parses groups of 'per' digits (the first group shorter) and reports the bad group
        for (int i = cursor; i < len; i++) {
            if (Character.digit(val.charAt(i), radix) < 0) {
                int gs = i < cursor + first ? cursor : cursor + first + ((i - cursor - first) / per) * per;
                int ge = gs == cursor ? cursor + first : gs + per;
                parseGroup(val.substring(gs, ge), radix);
            }
        }
        int[] acc = parseDigits(val, cursor, len, radix);
        int[] m = norm(acc);
        if (m.length > MAX_WORDS) throw overflow();
        this.mag = m;
        this.signum = m.length == 0 ? 0 : sign;
    }

    /** Magnitude of the (validated) digits s[from, to): halves recursively above 2000 digits. */
    private static int[] parseDigits(String s, int from, int to, int radix) {
        int n = to - from;
        if (n > 2000) {
            int lowLen = n / 2;
            int[] hi = parseDigits(s, from, to - lowLen, radix);
            int[] lo = parseDigits(s, to - lowLen, to, radix);
            return addMag(mulMag(hi, powRadix(radix, lowLen)), lo);
        }
        int per = digitsPerInt(radix);
        int first = n % per;
        if (first == 0) first = per;
        int[] acc = new int[(int) (((long) n * bitsPerDigitTimes1024(radix) >>> 10) / 32 + 2)];
        int used = 0;
        int cursor = from;
        int end = from + first;
        while (cursor < to) {
            int g = parseGroup(s.substring(cursor, end), radix);
            long carry = g & M;
            long mm = intPow(radix, end - cursor) & M;
            for (int i = 0; i < used; i++) {
                long p = (acc[i] & M) * mm + carry;
                acc[i] = (int) p;
                carry = p >>> 32;
            }
            if (carry != 0) acc[used++] = (int) carry;
            cursor = end;
            end = cursor + per;
        }
        return normLen(acc, used);
    }

    private static int parseGroup(String s, int radix) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                throw new NumberFormatException(
                        "For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
            }
            r = r * radix + d;
        }
        return r;
    }

    /** Largest k with radix^k < 2^31. */
    static int digitsPerInt(int radix) {
        int k = 0;
        long p = 1;
        while (p * radix < (1L << 31)) {
            p *= radix;
            k++;
        }
        return k;
    }

    private static int bitsPerDigitTimes1024(int radix) {
        // ceil(log2(radix) * 1024), a generous upper bound
        int b = 32 - Integer.numberOfLeadingZeros(radix - 1);
        return b * 1024;
    }

    private static int intPow(int b, int e) {
        int r = 1;
        for (int i = 0; i < e; i++) r *= b;
        return r;
    }

    static final int[] ZERO_MAG = new int[0];

    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    public BigInteger(byte[] val, int off, int len) {
        if (val.length == 0) throw new NumberFormatException("Zero length BigInteger");
        java.util.Objects.checkFromIndexSize(off, len, val.length);
        boolean neg = val[off] < 0; // read even when len == 0, as HotSpot does
        if (len == 0) neg = false;
        int words = (len + 3) / 4;
        int[] w = new int[words];
        for (int i = 0; i < len; i++) {
            int b = val[off + len - 1 - i] & 0xff;
            w[i >>> 2] |= b << ((i & 3) * 8);
        }
        if (neg) {
            int rem = len & 3;
            if (rem != 0) w[words - 1] |= -1 << (rem * 8);
            // magnitude = -(two's complement)
            negateWords(w);
        }
        int[] m = norm(w);
        this.mag = m;
        this.signum = m.length == 0 ? 0 : (neg ? -1 : 1);
    }

    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) throw new NumberFormatException("Invalid signum value");
        java.util.Objects.checkFromIndexSize(off, len, magnitude.length);
        int[] w = new int[(len + 3) / 4];
        for (int i = 0; i < len; i++) {
            int b = magnitude[off + len - 1 - i] & 0xff;
            w[i >>> 2] |= b << ((i & 3) * 8);
        }
        int[] m = norm(w);
        if (m.length == 0) {
            this.signum = 0;
        } else {
            if (signum == 0) throw new NumberFormatException("signum-magnitude mismatch");
            this.signum = signum;
        }
        this.mag = m;
    }

    public BigInteger(int numBits, Random rnd) {
        if (numBits < 0) throw new IllegalArgumentException("numBits must be non-negative");
        int[] m = ZERO_MAG;
        if (numBits > 0) {
            int numBytes = (int) (((long) numBits + 7) / 8);
            byte[] b = new byte[numBytes];
            rnd.nextBytes(b);
            int excess = 8 * numBytes - numBits;
            b[0] &= (byte) ((1 << (8 - excess)) - 1);
            int[] w = new int[(numBytes + 3) / 4];
            for (int i = 0; i < numBytes; i++) w[i >>> 2] |= (b[numBytes - 1 - i] & 0xff) << ((i & 3) * 8);
            m = norm(w);
        }
        this.mag = m;
        this.signum = m.length == 0 ? 0 : 1;
    }

    public static BigInteger valueOf(long val) {
        if (val >= -16 && val <= 16) return val >= 0 ? POS[(int) val] : NEG[(int) -val];
        int s = 1;
        if (val < 0) {
            s = -1;
            val = -val; // Long.MIN_VALUE stays, read as unsigned below
        }
        int hi = (int) (val >>> 32);
        int[] m = hi == 0 ? new int[] {(int) val} : new int[] {(int) val, hi};
        return new BigInteger(s, m);
    }

    static BigInteger ofUnsignedLong(int sign, long v) {
        if (v == 0) return ZERO;
        int hi = (int) (v >>> 32);
        return new BigInteger(sign, hi == 0 ? new int[] {(int) v} : new int[] {(int) v, hi});
    }

    /**
     * A random probable prime of exactly bitLength bits. Mote draws its candidates differently from
     * HotSpot, so the same seed gives a different (but valid) prime.
     */
    public static BigInteger probablePrime(int bitLength, Random rnd) {
        return randomPrime(bitLength, rnd);
    }

    public BigInteger(int bitLength, int certainty, Random rnd) {
        BigInteger p = randomPrime(bitLength, rnd);
        this.signum = p.signum;
        this.mag = p.mag;
    }

    private static BigInteger randomPrime(int bitLength, Random rnd) {
        if (bitLength < 2) throw new ArithmeticException("bitLength < 2");
        if (bitLength == 2) return valueOf(rnd.nextBoolean() ? 2 : 3);
        while (true) {
            BigInteger c = new BigInteger(bitLength - 1, rnd).setBit(bitLength - 1).setBit(0);
            if (isPrimeOdd(c)) return c;
        }
    }

    // ---------------------------------------------------------------- magnitude helpers

    static int[] norm(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) n--;
        if (n == a.length) return a;
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    static int[] normLen(int[] a, int n) {
        while (n > 0 && a[n - 1] == 0) n--;
        if (n == a.length) return a;
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    /** In place two's complement negation of a word array. */
    private static void negateWords(int[] w) {
        long carry = 1;
        for (int i = 0; i < w.length; i++) {
            long s = ((~w[i]) & M) + carry;
            w[i] = (int) s;
            carry = s >>> 32;
        }
    }

    static int cmpMag(int[] a, int[] b) {
        if (a.length != b.length) return a.length < b.length ? -1 : 1;
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) return (a[i] & M) < (b[i] & M) ? -1 : 1;
        }
        return 0;
    }

    static int[] addMag(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] r = new int[a.length + 1];
        long carry = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long s = (a[i] & M) + (b[i] & M) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        for (; i < a.length; i++) {
            long s = (a[i] & M) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        r[i] = (int) carry;
        return normLen(r, r.length);
    }

    /** a - b, requires a >= b. */
    static int[] subMag(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long d = (a[i] & M) - (b[i] & M) - borrow;
            r[i] = (int) d;
            borrow = (d >> 32) & 1;
        }
        for (; i < a.length; i++) {
            long d = (a[i] & M) - borrow;
            r[i] = (int) d;
            borrow = (d >> 32) & 1;
        }
        return normLen(r, r.length);
    }

    // Inner loops implemented by the VM (jvm/src/natives.rs, "java.math" block); the Java versions
    // below (schoolbookJava, divKnuthJava, divWordJava) document the same algorithms.
    private static native void mulKernel(int[] a, int[] b, int[] r);

    private static native void divKernel(int[] a, int[] b, int[] q, int[] r);

    private static native int divWordKernel(int[] a, int len, int d, int[] q);

    static final boolean NATIVE_KERNELS = true;

    static int[] mulMag(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return ZERO_MAG;
        if (a.length >= KARATSUBA_THRESHOLD && b.length >= KARATSUBA_THRESHOLD) return karatsuba(a, b);
        return schoolbook(a, b);
    }

    private static int[] schoolbook(int[] a, int[] b) {
        if (NATIVE_KERNELS) {
            int[] r = new int[a.length + b.length];
            mulKernel(a, b, r);
            return normLen(r, r.length);
        }
        return schoolbookJava(a, b);
    }

    private static int[] schoolbookJava(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int al = a.length, bl = b.length;
        int[] r = new int[al + bl];
        for (int j = 0; j < bl; j++) {
            long bj = b[j] & M;
            if (bj == 0) continue;
            long carry = 0;
            int k = j;
            for (int i = 0; i < al; i++, k++) {
                long p = (a[i] & M) * bj + (r[k] & M) + carry;
                r[k] = (int) p;
                carry = p >>> 32;
            }
            r[k] = (int) carry;
        }
        return normLen(r, r.length);
    }

    private static int[] lowWords(int[] a, int n) {
        if (a.length <= n) return a;
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return normLen(r, n);
    }

    private static int[] highWords(int[] a, int n) {
        if (a.length <= n) return ZERO_MAG;
        int[] r = new int[a.length - n];
        System.arraycopy(a, n, r, 0, r.length);
        return r;
    }

    private static int[] shiftWordsUp(int[] a, int n) {
        if (a.length == 0) return a;
        int[] r = new int[a.length + n];
        System.arraycopy(a, 0, r, n, a.length);
        return r;
    }

    private static int[] karatsuba(int[] a, int[] b) {
        int half = (Math.max(a.length, b.length) + 1) / 2;
        int[] a0 = lowWords(a, half), a1 = highWords(a, half);
        int[] b0 = lowWords(b, half), b1 = highWords(b, half);
        int[] z0 = mulMag(a0, b0);
        int[] z2 = mulMag(a1, b1);
        int[] z1 = subMag(subMag(mulMag(addMag(a0, a1), addMag(b0, b1)), z0), z2);
        return addMag(addMag(z0, shiftWordsUp(z1, half)), shiftWordsUp(z2, 2 * half));
    }

    /** Unsigned 64-by-32 division (d in (0, 2^32)). */
    static long udiv(long n, long d) {
        if (n >= 0) return n / d;
        long q = ((n >>> 1) / d) << 1;
        long r = n - q * d;
        if (Long.compareUnsigned(r, d) >= 0) q++;
        return q;
    }

    /** Divides a by a single word in place into q (same length); returns the remainder. */
    static int divWord(int[] a, int d, int[] q) {
        if (NATIVE_KERNELS) return divWordKernel(a, a.length, d, q);
        return divWordJava(a, d, q);
    }

    private static int divWordJava(int[] a, int d, int[] q) {
        long dd = d & M;
        long rem = 0;
        if (dd < (1L << 31)) {
            for (int i = a.length - 1; i >= 0; i--) {
                long cur = (rem << 32) | (a[i] & M);
                long qq = cur / dd;
                q[i] = (int) qq;
                rem = cur - qq * dd;
            }
        } else {
            for (int i = a.length - 1; i >= 0; i--) {
                long cur = (rem << 32) | (a[i] & M);
                long qq = udiv(cur, dd);
                q[i] = (int) qq;
                rem = cur - qq * dd;
            }
        }
        return (int) rem;
    }

    /** Returns {quotient, remainder} magnitudes; b non-empty. */
    static int[][] divMag(int[] a, int[] b) {
        int c = cmpMag(a, b);
        if (c < 0) return new int[][] {ZERO_MAG, a};
        if (c == 0) return new int[][] {new int[] {1}, ZERO_MAG};
        if (b.length == 1) {
            int[] q = new int[a.length];
            int r = divWord(a, b[0], q);
            return new int[][] {normLen(q, q.length), r == 0 ? ZERO_MAG : new int[] {r}};
        }
        if (NATIVE_KERNELS) {
            int[] q = new int[a.length - b.length + 1];
            int[] r = new int[b.length];
            divKernel(a, b, q, r);
            return new int[][] {normLen(q, q.length), normLen(r, r.length)};
        }
        return divKnuthJava(a, b);
    }

    private static int[][] divKnuthJava(int[] a, int[] b) {
        int n = b.length, m = a.length - n;
        int s = Integer.numberOfLeadingZeros(b[n - 1]);
        int[] v = new int[n];
        int[] u = new int[a.length + 1];
        if (s == 0) {
            System.arraycopy(b, 0, v, 0, n);
            System.arraycopy(a, 0, u, 0, a.length);
        } else {
            for (int i = n - 1; i > 0; i--) v[i] = (b[i] << s) | (b[i - 1] >>> (32 - s));
            v[0] = b[0] << s;
            u[a.length] = a[a.length - 1] >>> (32 - s);
            for (int i = a.length - 1; i > 0; i--) u[i] = (a[i] << s) | (a[i - 1] >>> (32 - s));
            u[0] = a[0] << s;
        }
        int[] q = new int[m + 1];
        long vTop = v[n - 1] & M, vNext = v[n - 2] & M;
        for (int j = m; j >= 0; j--) {
            long num = ((u[j + n] & M) << 32) | (u[j + n - 1] & M);
            long qhat = udiv(num, vTop);
            long rhat = num - qhat * vTop;
            while (qhat > M || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (u[j + n - 2] & M)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > M) break;
            }
            long carry = 0, borrow = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v[i] & M) + carry;
                carry = p >>> 32;
                long t = (u[i + j] & M) - (p & M) - borrow;
                u[i + j] = (int) t;
                borrow = -(t >> 32);
            }
            long t = (u[j + n] & M) - carry - borrow;
            u[j + n] = (int) t;
            if (t < 0) {
                qhat--;
                long cc = 0;
                for (int i = 0; i < n; i++) {
                    long s2 = (u[i + j] & M) + (v[i] & M) + cc;
                    u[i + j] = (int) s2;
                    cc = s2 >>> 32;
                }
                u[j + n] += (int) cc;
            }
            q[j] = (int) qhat;
        }
        int[] r = new int[n];
        if (s == 0) {
            System.arraycopy(u, 0, r, 0, n);
        } else {
            for (int i = 0; i < n; i++) r[i] = (u[i] >>> s) | (u[i + 1] << (32 - s));
        }
        return new int[][] {normLen(q, q.length), normLen(r, n)};
    }

    static int[] shiftLeftMag(int[] a, int n) {
        if (a.length == 0) return a;
        int words = n >>> 5, bits = n & 31;
        if ((long) bitLengthMag(a) + n > Integer.MAX_VALUE) throw overflow();
        int[] r = new int[a.length + words + 1];
        if (bits == 0) {
            System.arraycopy(a, 0, r, words, a.length);
        } else {
            int carry = 0;
            for (int i = 0; i < a.length; i++) {
                r[i + words] = (a[i] << bits) | carry;
                carry = a[i] >>> (32 - bits);
            }
            r[a.length + words] = carry;
        }
        return normLen(r, r.length);
    }

    static int[] shiftRightMag(int[] a, int n) {
        int words = n >>> 5, bits = n & 31;
        if (words >= a.length) return ZERO_MAG;
        int len = a.length - words;
        int[] r = new int[len];
        if (bits == 0) {
            System.arraycopy(a, words, r, 0, len);
        } else {
            for (int i = 0; i < len; i++) {
                int lo = a[i + words] >>> bits;
                int hi = i + words + 1 < a.length ? a[i + words + 1] << (32 - bits) : 0;
                r[i] = lo | hi;
            }
        }
        return normLen(r, len);
    }

    /** True when any of the lowest n bits of a is set. */
    static boolean lowBitsSet(int[] a, int n) {
        int words = n >>> 5, bits = n & 31;
        for (int i = 0; i < words && i < a.length; i++) if (a[i] != 0) return true;
        return bits != 0 && words < a.length && (a[words] << (32 - bits)) != 0;
    }

    static int bitLengthMag(int[] a) {
        if (a.length == 0) return 0;
        return 32 * (a.length - 1) + 32 - Integer.numberOfLeadingZeros(a[a.length - 1]);
    }

    // ---------------------------------------------------------------- arithmetic

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) return this;
        if (signum == 0) return val;
        if (val.signum == signum) return new BigInteger(signum, addMag(mag, val.mag));
        int c = cmpMag(mag, val.mag);
        if (c == 0) return ZERO;
        return c > 0 ? new BigInteger(signum, subMag(mag, val.mag)) : new BigInteger(val.signum, subMag(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) return ZERO;
        return new BigInteger(signum * val.signum, mulMag(mag, val.mag));
    }

    private static ArithmeticException divZero() {
        return new ArithmeticException("BigInteger divide by zero");
    }

    public BigInteger divide(BigInteger val) {
        if (val.signum == 0) throw divZero();
        if (signum == 0) return ZERO;
        return of(signum * val.signum, divMag(mag, val.mag)[0]);
    }

    public BigInteger remainder(BigInteger val) {
        if (val.signum == 0) throw divZero();
        if (signum == 0) return ZERO;
        return of(signum, divMag(mag, val.mag)[1]);
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        if (val.signum == 0) throw divZero();
        if (signum == 0) return new BigInteger[] {ZERO, ZERO};
        int[][] qr = divMag(mag, val.mag);
        return new BigInteger[] {of(signum * val.signum, qr[0]), of(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) throw new ArithmeticException("Negative exponent");
        if (signum == 0) return exponent == 0 ? ONE : this;
        long bits = (long) bitLengthMag(mag) * exponent;
        if (mag.length == 1 && mag[0] == 1) bits = 1;
        if (bits > (long) MAX_WORDS * 32) throw overflow();
        int[] result = new int[] {1};
        int[] base = mag;
        int e = exponent;
        while (e != 0) {
            if ((e & 1) != 0) result = mulMag(result, base);
            e >>>= 1;
            if (e != 0) base = mulMag(base, base);
        }
        int sign = (signum < 0 && (exponent & 1) == 1) ? -1 : 1;
        return new BigInteger(sign, result);
    }

    public BigInteger sqrt() {
        if (signum < 0) throw new ArithmeticException("Negative BigInteger");
        if (signum == 0) return ZERO;
        return sqrtFloor(this);
    }

    /** Floor square root of a positive value: recursive on the top half of the bits, then Newton. */
    private static BigInteger sqrtFloor(BigInteger n) {
        int bl = bitLengthMag(n.mag);
        if (bl <= 60) {
            long v = n.longValue();
            long s = (long) Math.sqrt((double) v);
            while (s * s > v) s--;
            while ((s + 1) * (s + 1) <= v) s++;
            return valueOf(s);
        }
        int k = bl / 4;
        BigInteger x = sqrtFloor(n.shiftRight(2 * k)).add(ONE).shiftLeft(k); // >= sqrt(n)
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger gcd(BigInteger val) {
        int[] a = mag, b = val.mag;
        if (a.length == 0) return val.abs();
        if (b.length == 0) return abs();
        while (b.length != 0) {
            if (a.length <= 2 && b.length <= 2) {
                long x = toLongMag(a), y = toLongMag(b);
                while (y != 0) {
                    long t = urem(x, y);
                    x = y;
                    y = t;
                }
                return ofUnsignedLong(1, x);
            }
            int[] r = divMag(a, b)[1];
            a = b;
            b = r;
        }
        return new BigInteger(1, a);
    }

    /** Unsigned remainder of 64-bit values. */
    static long urem(long x, long y) {
        if (x >= 0 && y > 0) return x % y;
        if (y < 0) return Long.compareUnsigned(x, y) < 0 ? x : x - y;
        long q = ((x >>> 1) / y) << 1;
        long r = x - q * y;
        return Long.compareUnsigned(r, y) >= 0 ? r - y : r;
    }

    private static long toLongMag(int[] a) {
        if (a.length == 0) return 0;
        if (a.length == 1) return a[0] & M;
        return ((a[1] & M) << 32) | (a[0] & M);
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(-signum, mag);
    }

    public int signum() {
        return signum;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (exponent.signum == 0) return m.equals(ONE) ? ZERO : ONE;
        if (m.equals(ONE)) return ZERO;
        BigInteger base = this;
        if (exponent.signum < 0) {
            base = modInverse(m);
            exponent = exponent.negate();
        }
        int[] mm = m.mag;
        int[] b = base.mod(m).mag;
        if (b.length == 0) return ZERO;
        // sliding window, 4-bit windows with precomputed odd powers
        int[] e = exponent.mag;
        int ebits = bitLengthMag(e);
        int window = ebits > 256 ? 5 : ebits > 64 ? 4 : ebits > 16 ? 3 : 1;
        int[][] odd = new int[1 << (window - 1)][];
        odd[0] = b;
        if (odd.length > 1) {
            int[] b2 = modMag(mulMag(b, b), mm);
            for (int i = 1; i < odd.length; i++) odd[i] = modMag(mulMag(odd[i - 1], b2), mm);
        }
        int[] result = null;
        int i = ebits - 1;
        while (i >= 0) {
            if (!bitOf(e, i)) {
                if (result != null) result = modMag(mulMag(result, result), mm);
                i--;
                continue;
            }
            int lo = Math.max(i - window + 1, 0);
            while (!bitOf(e, lo)) lo++;
            int val = 0;
            for (int k = i; k >= lo; k--) {
                val = (val << 1) | (bitOf(e, k) ? 1 : 0);
                if (result != null) result = modMag(mulMag(result, result), mm);
            }
            result = result == null ? odd[val >>> 1] : modMag(mulMag(result, odd[val >>> 1]), mm);
            i = lo - 1;
        }
        return of(1, result);
    }

    private static boolean bitOf(int[] a, int n) {
        int w = n >>> 5;
        return w < a.length && ((a[w] >>> (n & 31)) & 1) != 0;
    }

    static int[] modMag(int[] a, int[] m) {
        if (cmpMag(a, m) < 0) return a;
        return divMag(a, m)[1];
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (m.equals(ONE)) return ZERO;
        BigInteger a = mod(m);
        // extended Euclid on (a, m)
        BigInteger r0 = m, r1 = a;
        BigInteger t0 = ZERO, t1 = ONE;
        while (r1.signum != 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            BigInteger t2 = t0.subtract(qr[0].multiply(t1));
            r0 = r1;
            r1 = qr[1];
            t0 = t1;
            t1 = t2;
        }
        if (!r0.equals(ONE)) throw new ArithmeticException("BigInteger not invertible.");
        return t0.mod(m);
    }

    // ---------------------------------------------------------------- comparison, hashing

    public int compareTo(BigInteger val) {
        if (signum != val.signum) return signum < val.signum ? -1 : 1;
        if (signum == 0) return 0;
        int c = cmpMag(mag, val.mag);
        return signum > 0 ? c : -c;
    }

    public boolean equals(Object x) {
        if (x == this) return true;
        if (!(x instanceof BigInteger)) return false;
        BigInteger o = (BigInteger) x;
        return o.signum == signum && cmpMag(mag, o.mag) == 0;
    }

    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) h = 31 * h + mag[i];
        return h * signum;
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    // ---------------------------------------------------------------- shifts and bits

    public BigInteger shiftLeft(int n) {
        if (signum == 0) return ZERO;
        if (n > 0) return new BigInteger(signum, shiftLeftMag(mag, n));
        if (n == 0) return this;
        return shiftRightImpl(n == Integer.MIN_VALUE ? Integer.MAX_VALUE : -n, n == Integer.MIN_VALUE);
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0) return ZERO;
        if (n > 0) return shiftRightImpl(n, false);
        if (n == 0) return this;
        if (n == Integer.MIN_VALUE) throw overflow();
        return new BigInteger(signum, shiftLeftMag(mag, -n));
    }

    private BigInteger shiftRightImpl(int n, boolean oneMore) {
        int[] r = shiftRightMag(mag, n);
        boolean lost = lowBitsSet(mag, n);
        if (oneMore) {
            lost |= bitOf(r, 0);
            r = shiftRightMag(r, 1);
        }
        if (signum < 0 && lost) r = addMag(r, new int[] {1});
        return of(signum, r);
    }

    /** Word i of the infinite two's complement representation. */
    int twosWord(int i) {
        if (signum >= 0) return i < mag.length ? mag[i] : 0;
        int f = 0;
        while (mag[f] == 0) f++;
        if (i < f) return 0;
        int w = i < mag.length ? mag[i] : 0;
        return i == f ? -w : ~w;
    }

    private int[] twos(int len) {
        int[] r = new int[len];
        for (int i = 0; i < len; i++) r[i] = twosWord(i);
        return r;
    }

    private static BigInteger fromTwos(int[] w) {
        boolean neg = w.length > 0 && w[w.length - 1] < 0;
        if (neg) negateWords(w);
        return of(neg ? -1 : 1, w);
    }

    private int wordsForBits() {
        return bitLength() / 32 + 1;
    }

    public BigInteger and(BigInteger val) {
        int n = Math.max(wordsForBits(), val.wordsForBits());
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] &= b[i];
        return fromTwos(a);
    }

    public BigInteger or(BigInteger val) {
        int n = Math.max(wordsForBits(), val.wordsForBits());
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] |= b[i];
        return fromTwos(a);
    }

    public BigInteger xor(BigInteger val) {
        int n = Math.max(wordsForBits(), val.wordsForBits());
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] ^= b[i];
        return fromTwos(a);
    }

    public BigInteger not() {
        int n = wordsForBits();
        int[] a = twos(n);
        for (int i = 0; i < n; i++) a[i] = ~a[i];
        return fromTwos(a);
    }

    public BigInteger andNot(BigInteger val) {
        int n = Math.max(wordsForBits(), val.wordsForBits());
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] &= ~b[i];
        return fromTwos(a);
    }

    private static ArithmeticException negBit() {
        return new ArithmeticException("Negative bit address");
    }

    public boolean testBit(int n) {
        if (n < 0) throw negBit();
        return ((twosWord(n >>> 5) >>> (n & 31)) & 1) != 0;
    }

    private BigInteger withBit(int n, int op) {
        if (n < 0) throw negBit();
        if (n == Integer.MAX_VALUE) {
            boolean bit = testBit(n);
            boolean same = (op == 0 && bit) || (op == 1 && !bit);
            if (same) return this;
            throw overflow();
        }
        int len = Math.max(wordsForBits(), (n >>> 5) + 2);
        int[] a = twos(len);
        int bit = 1 << (n & 31);
        if (op == 0) a[n >>> 5] |= bit;
        else if (op == 1) a[n >>> 5] &= ~bit;
        else a[n >>> 5] ^= bit;
        return fromTwos(a);
    }

    public BigInteger setBit(int n) {
        return withBit(n, 0);
    }

    public BigInteger clearBit(int n) {
        return withBit(n, 1);
    }

    public BigInteger flipBit(int n) {
        return withBit(n, 2);
    }

    public int getLowestSetBit() {
        if (signum == 0) return -1;
        int i = 0;
        while (mag[i] == 0) i++;
        return i * 32 + Integer.numberOfTrailingZeros(mag[i]);
    }

    public int bitLength() {
        int bl = bitLengthMag(mag);
        if (signum < 0) {
            // a negative power of two needs one bit less
            boolean pow2 = Integer.bitCount(mag[mag.length - 1]) == 1;
            for (int i = 0; pow2 && i < mag.length - 1; i++) if (mag[i] != 0) pow2 = false;
            if (pow2) bl--;
        }
        return bl;
    }

    public int bitCount() {
        int c = 0;
        for (int w : mag) c += Integer.bitCount(w);
        if (signum < 0) c += getLowestSetBit() - 1;
        return c;
    }

    // ---------------------------------------------------------------- primes

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) return true;
        BigInteger w = abs();
        if (w.equals(TWO)) return true;
        if (!w.testBit(0) || w.equals(ONE)) return false;
        return isPrimeOdd(w);
    }

    /** Odd primes below 2000, and products of consecutive runs of them that stay below 2^31. */
    private static final int[] SMALL_PRIMES;
    private static final int[] PRIME_GROUP_PRODUCT;
    private static final int[] PRIME_GROUP_END;

    static {
        boolean[] composite = new boolean[2000];
        int count = 0;
        for (int i = 3; i < 2000; i += 2) {
            if (composite[i]) continue;
            count++;
            for (int j = i * i; j < 2000; j += 2 * i) composite[j] = true;
        }
        SMALL_PRIMES = new int[count];
        for (int i = 3, k = 0; i < 2000; i += 2) if (!composite[i]) SMALL_PRIMES[k++] = i;
        int[] prod = new int[count], ends = new int[count];
        int groups = 0;
        long p = 1;
        for (int i = 0; i < count; i++) {
            if (p * SMALL_PRIMES[i] >= (1L << 31)) {
                prod[groups] = (int) p;
                ends[groups++] = i;
                p = 1;
            }
            p *= SMALL_PRIMES[i];
        }
        prod[groups] = (int) p;
        ends[groups++] = count;
        PRIME_GROUP_PRODUCT = java.util.Arrays.copyOf(prod, groups);
        PRIME_GROUP_END = java.util.Arrays.copyOf(ends, groups);
    }

    /** w odd, w > 2: trial division, then Miller-Rabin with fixed prime bases. */
    private static boolean isPrimeOdd(BigInteger w) {
        if (w.mag.length == 1 && (w.mag[0] & M) < 2000) {
            int v = w.mag[0];
            for (int p : SMALL_PRIMES) {
                if (p == v) return true;
                if (v % p == 0) return false;
            }
            return true;
        }
        int[] q = new int[w.mag.length];
        int start = 0;
        for (int g = 0; g < PRIME_GROUP_PRODUCT.length; g++) {
            int r = divWord(w.mag, PRIME_GROUP_PRODUCT[g], q);
            for (int i = start; i < PRIME_GROUP_END[g]; i++) if (r % SMALL_PRIMES[i] == 0) return false;
            start = PRIME_GROUP_END[g];
        }
        if (w.mag.length == 1 && (w.mag[0] & M) < 2000L * 2000L) return true;
        BigInteger wm1 = w.subtract(ONE);
        int s = wm1.getLowestSetBit();
        BigInteger d = wm1.shiftRight(s);
        int rounds = w.bitLength() > 1024 ? 8 : 16;
        int[] bases = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};
        for (int i = 0; i < rounds; i++) {
            BigInteger x = valueOf(bases[i]).modPow(d, w);
            if (x.equals(ONE) || x.equals(wm1)) continue;
            boolean ok = false;
            for (int r = 1; r < s; r++) {
                x = x.multiply(x).mod(w);
                if (x.equals(wm1)) {
                    ok = true;
                    break;
                }
                if (x.equals(ONE)) break;
            }
            if (!ok) return false;
        }
        return true;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) throw new ArithmeticException("start < 0: " + this);
        if (signum == 0 || equals(ONE)) return TWO;
        BigInteger c = add(ONE);
        if (!c.testBit(0)) c = c.add(ONE);
        if (c.equals(valueOf(3))) return c;
        while (!isPrimeOdd(c)) c = c.add(TWO);
        return c;
    }

    // ---------------------------------------------------------------- conversions

    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (signum == 0) return "0";
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        StringBuilder sb = new StringBuilder();
        if (signum < 0) sb.append('-');
        appendMag(sb, mag, radix, 0);
        return sb.toString();
    }

    /** Threshold (words) above which toString splits by a power of the radix. */
    private static final int TOSTRING_SPLIT = 200;

    /** Appends the digits of a; when pad > 0 left-pads with zeros to exactly pad digits. */
    private static void appendMag(StringBuilder sb, int[] a, int radix, int pad) {
        if (a.length == 0) {
            for (int i = 0; i < pad; i++) sb.append('0');
            return;
        }
        if (a.length > TOSTRING_SPLIT) {
            // split by radix^k where k digits cover about half the words
            int per = digitsPerInt(radix);
            int k = (a.length / 2) * per;
            int[] p = powRadix(radix, k);
            int[][] qr = divMag(a, p);
            appendMag(sb, qr[0], radix, pad > 0 ? pad - k : 0);
            appendMag(sb, qr[1], radix, k);
            return;
        }
        int per = digitsPerInt(radix);
        int chunk = intPow(radix, per);
        int[] cur = a;
        int[] q = new int[a.length];
        String[] parts = new String[a.length * 32 / per + 2];
        int np = 0;
        int len = a.length;
        while (len > 0) {
            int rem = NATIVE_KERNELS ? divWordKernel(cur, len, chunk, q) : divWordJavaLen(cur, len, chunk, q);
            parts[np++] = Integer.toString(rem, radix);
            cur = q;
            while (len > 0 && q[len - 1] == 0) len--;
        }
        int digits = parts[np - 1].length() + (np - 1) * per;
        for (int i = digits; i < pad; i++) sb.append('0');
        sb.append(parts[np - 1]);
        for (int i = np - 2; i >= 0; i--) {
            String s = parts[i];
            for (int z = s.length(); z < per; z++) sb.append('0');
            sb.append(s);
        }
    }

    private static int divWordJavaLen(int[] cur, int len, int chunk, int[] q) {
        long rem = 0;
        long dd = chunk & M;
        for (int i = len - 1; i >= 0; i--) {
            long c = (rem << 32) | (cur[i] & M);
            long qq = c / dd;
            q[i] = (int) qq;
            rem = c - qq * dd;
        }
        return (int) rem;
    }

    private static int[] powRadix(int radix, int k) {
        int[] r = new int[] {1};
        int[] b = new int[] {radix};
        while (k != 0) {
            if ((k & 1) != 0) r = mulMag(r, b);
            k >>>= 1;
            if (k != 0) b = mulMag(b, b);
        }
        return r;
    }

    public byte[] toByteArray() {
        int byteLen = bitLength() / 8 + 1;
        byte[] r = new byte[byteLen];
        for (int i = 0; i < byteLen; i++) {
            int w = twosWord(i >>> 2);
            r[byteLen - 1 - i] = (byte) (w >>> ((i & 3) * 8));
        }
        return r;
    }

    public int intValue() {
        return twosWord(0);
    }

    public long longValue() {
        return ((long) twosWord(1) << 32) | (twosWord(0) & M);
    }

    public float floatValue() {
        if (signum == 0) return 0.0f;
        return Float.intBitsToFloat((int) roundBits(signum, mag, 0, false, true));
    }

    public double doubleValue() {
        if (signum == 0) return 0.0;
        return Double.longBitsToDouble(roundBits(signum, mag, 0, false, false));
    }

    /**
     * Correctly rounded (half-even) bits of sign * (m + sticky) * 2^exp2 as a double (or a float when asFloat,
     * returned in the low 32 bits). 'sticky' means a non-zero amount below the lowest bit of m.
     */
    static long roundBits(int sign, int[] m, int exp2, boolean sticky, boolean asFloat) {
        int prec = asFloat ? 24 : 53;
        int minExp = asFloat ? -149 : -1074; // exponent of the smallest subnormal
        int maxField = asFloat ? 255 : 2047;
        int fracBits = prec - 1;
        long signBit = sign < 0 ? (asFloat ? 0x80000000L : Long.MIN_VALUE) : 0;
        int L = bitLengthMag(m);
        if (L == 0) return signBit;
        long shiftL = Math.max((long) L - prec, (long) minExp - exp2);
        long top;
        if (shiftL > 0) {
            if (shiftL > L + 1) {
                // everything is below half of the smallest unit
                top = 0;
            } else {
                int shift = (int) shiftL;
                top = toLongMag(shiftRightMag(m, shift));
                boolean half = bitOf(m, shift - 1);
                boolean rest = sticky || lowBitsSet(m, shift - 1);
                if (half && (rest || (top & 1) != 0)) top++;
            }
        } else {
            top = toLongMag(m) << (int) -shiftL;
        }
        long e = exp2 + shiftL;
        if (top == (1L << prec)) {
            top >>>= 1;
            e++;
        }
        if (top < (1L << fracBits)) return signBit | top; // subnormal (e == minExp) or zero
        long field = e + fracBits + (asFloat ? 127 : 1023);
        if (field >= maxField) return signBit | ((long) maxField << fracBits);
        return signBit | (field << fracBits) | (top - (1L << fracBits));
    }

    public long longValueExact() {
        if (mag.length <= 2 && bitLength() <= 63) return longValue();
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) return intValue();
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) return (short) v;
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) return (byte) v;
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }
}
