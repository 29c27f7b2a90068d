package java.math;

/**
 * Arbitrary-precision decimal numbers: an unscaled BigInteger and a 32-bit scale (value = unscaled x
 * 10^-scale). Written for Mote from the Javadoc (including its X3.274 pow algorithm) and HotSpot's
 * observable results.
 */
public class BigDecimal extends Number implements Comparable<BigDecimal>, java.io.Serializable {
    public static final int ROUND_UP = 0;
    public static final int ROUND_DOWN = 1;
    public static final int ROUND_CEILING = 2;
    public static final int ROUND_FLOOR = 3;
    public static final int ROUND_HALF_UP = 4;
    public static final int ROUND_HALF_DOWN = 5;
    public static final int ROUND_HALF_EVEN = 6;
    public static final int ROUND_UNNECESSARY = 7;

    private final BigInteger intVal;
    private final int scale;
    private int precisionCache;

    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    private static final BigInteger[] TEN_POWERS = new BigInteger[64];

    static {
        TEN_POWERS[0] = BigInteger.ONE;
        for (int i = 1; i < TEN_POWERS.length; i++) TEN_POWERS[i] = TEN_POWERS[i - 1].multiply(BigInteger.TEN);
    }

    static BigInteger tenPow(long n) {
        if (n < TEN_POWERS.length) return TEN_POWERS[(int) n];
        if (n > Integer.MAX_VALUE) throw new ArithmeticException("BigInteger would overflow supported range");
        return BigInteger.TEN.pow((int) n);
    }

    // ---------------------------------------------------------------- construction

    public BigDecimal(BigInteger unscaledVal, int scale) {
        if (unscaledVal == null) throw new NullPointerException();
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        this(round(new BigDecimal(unscaledVal, scale), mc));
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    private BigDecimal(BigDecimal copy) {
        this.intVal = copy.intVal;
        this.scale = copy.scale;
        this.precisionCache = copy.precisionCache;
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(double val) {
        this(fromDouble(val));
    }

    public BigDecimal(double val, MathContext mc) {
        this(round(fromDouble(val), mc));
    }

    private static BigDecimal fromDouble(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) throw new NumberFormatException("Infinite or NaN");
        long bits = Double.doubleToRawLongBits(val);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1;
        else m |= 1L << 52;
        exp -= 1075;
        if (m == 0) return ZERO;
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        exp += tz;
        BigInteger u = BigInteger.valueOf(bits < 0 ? -m : m);
        if (exp >= 0) return new BigDecimal(u.shiftLeft(exp), 0);
        return new BigDecimal(u.multiply(BigInteger.valueOf(5).pow(-exp)), -exp);
    }

    public BigDecimal(String val) {
        this(parse(val.toCharArray(), 0, val.length()));
    }

    public BigDecimal(String val, MathContext mc) {
        this(round(parse(val.toCharArray(), 0, val.length()), mc));
    }

    public BigDecimal(char[] in) {
        this(parse(in, 0, in.length));
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(round(parse(in, 0, in.length), mc));
    }

    public BigDecimal(char[] in, int offset, int len) {
        this(parse(in, offset, len));
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        this(round(parse(in, offset, len), mc));
    }

    private static BigDecimal parse(char[] in, int off, int len) {
        if (off < 0 || len < 0 || (long) off + len > in.length)
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        if (off >= in.length) throw new NumberFormatException();
        int i = off, end = off + len;
        boolean neg = false;
        char c = in[i];
        if (c == '-' && len > 0) {
            neg = true;
            i++;
        } else if (c == '+' && len > 0) {
            i++;
        }
        StringBuilder digits = new StringBuilder();
        if (neg) digits.append('-');
        int nd = 0;
        long scl = 0;
        boolean dot = false;
        long exp = 0;
        while (i < end) {
            c = in[i];
            int d = Character.digit(c, 10);
            if (d >= 0) {
                digits.append((char) ('0' + d));
                nd++;
                if (dot) scl++;
                i++;
            } else if (c == '.') {
                if (dot) throw new NumberFormatException("Character array contains more than one decimal point.");
                dot = true;
                i++;
            } else if (c == 'e' || c == 'E') {
                exp = parseExp(in, i + 1, end);
                break;
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (nd == 0) throw new NumberFormatException("No digits found.");
        long sc = scl - exp;
        if (sc != (int) sc) throw new NumberFormatException("Scale out of range.");
        return new BigDecimal(new BigInteger(digits.toString()), (int) sc);
    }

    private static long parseExp(char[] in, int i, int end) {
        if (i >= end) throw new NumberFormatException();
        boolean neg = false;
        char c = in[i];
        if (c == '-' || c == '+') {
            neg = c == '-';
            i++;
        }
        if (i >= end) throw new NumberFormatException();
        while (i < end - 1 && in[i] == '0') i++;
        if (end - i > 10) throw new NumberFormatException("Too many nonzero exponent digits.");
        long exp = 0;
        for (; i < end; i++) {
            int d = Character.digit(in[i], 10);
            if (d < 0) throw new NumberFormatException("Not a digit.");
            exp = exp * 10 + d;
        }
        if (neg) exp = -exp;
        if (exp != (int) exp) throw new NumberFormatException("Exponent overflow.");
        return exp;
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        if (scale == 0) return valueOf(unscaledVal);
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    private static final BigDecimal[] SMALL = new BigDecimal[11];

    public static BigDecimal valueOf(long val) {
        if (val >= 0 && val <= 10) {
            BigDecimal b = SMALL[(int) val];
            if (b == null) {
                b = val == 0 ? ZERO : val == 1 ? ONE : val == 10 ? TEN : new BigDecimal(BigInteger.valueOf(val), 0);
                SMALL[(int) val] = b;
            }
            return b;
        }
        return new BigDecimal(BigInteger.valueOf(val), 0);
    }

    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    // ---------------------------------------------------------------- helpers

    private static int checkScale(long val, BigInteger unscaled) {
        int r = (int) val;
        if (r != val) {
            if (unscaled.signum() != 0) throw new ArithmeticException(val > 0 ? "Underflow" : "Overflow");
            r = val > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        return r;
    }

    private static int saturate(long s) {
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : s < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) s;
    }

    /** Decimal digits of |v| (1 for zero). */
    static int digitLength(BigInteger v) {
        if (v.signum() == 0) return 1;
        BigInteger a = v.abs();
        int b = a.bitLength();
        int r = (int) (((long) (b - 1) * 1233) >>> 12) + 1;
        while (a.compareTo(tenPow(r)) >= 0) r++;
        return r;
    }

    private static ArithmeticException roundingNecessary() {
        return new ArithmeticException("Rounding necessary");
    }

    /** Rounds n/d; 'sticky' says the true dividend is a little more than n (same sign). */
    static BigInteger divRound(BigInteger n, BigInteger d, RoundingMode rm, boolean sticky) {
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() == 0 && !sticky) return q;
        int sign = n.signum() * d.signum();
        boolean inc;
        switch (rm) {
            case UP: inc = true; break;
            case DOWN: inc = false; break;
            case CEILING: inc = sign > 0; break;
            case FLOOR: inc = sign < 0; break;
            case UNNECESSARY: throw roundingNecessary();
            default: {
                int c = r.abs().shiftLeft(1).compareTo(d.abs());
                if (c == 0 && sticky) c = 1;
                if (c > 0) inc = true;
                else if (c < 0) inc = false;
                else if (rm == RoundingMode.HALF_UP) inc = true;
                else if (rm == RoundingMode.HALF_DOWN) inc = false;
                else inc = q.testBit(0);
            }
        }
        if (inc) q = q.add(BigInteger.valueOf(sign));
        return q;
    }

    /** Rounds to mc.precision digits. */
    static BigDecimal round(BigDecimal x, MathContext mc) {
        int p = mc.precision;
        if (p == 0) return x;
        int xp = x.precision();
        while (xp > p) {
            int drop = xp - p;
            int ns = checkScale((long) x.scale - drop, x.intVal);
            x = new BigDecimal(divRound(x.intVal, tenPow(drop), mc.roundingMode, false), ns);
            xp = x.precision();
        }
        return x;
    }

    /** Strips trailing zeros while the scale stays above preferred. Zero keeps its scale. */
    private static BigDecimal stripTo(BigInteger u, long scale, long preferred) {
        // big steps first (many trailing zeros), then one digit at a time
        while (scale - preferred >= 18 && u.getLowestSetBit() >= 18 && u.abs().compareTo(TEN_POWERS[18]) >= 0) {
            BigInteger[] qr = u.divideAndRemainder(TEN_POWERS[18]);
            if (qr[1].signum() != 0) break;
            u = qr[0];
            scale -= 18;
        }
        while (scale > preferred && u.abs().compareTo(BigInteger.TEN) >= 0) {
            BigInteger[] qr = u.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) break;
            u = qr[0];
            scale--;
        }
        return new BigDecimal(u, checkScale(scale, u));
    }

    // ---------------------------------------------------------------- accessors

    public int signum() {
        return intVal.signum();
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        int p = precisionCache;
        if (p == 0) {
            p = digitLength(intVal);
            precisionCache = p;
        }
        return p;
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    // ---------------------------------------------------------------- arithmetic

    private BigInteger alignedTo(int s) {
        return s == scale ? intVal : intVal.multiply(tenPow((long) s - scale));
    }

    public BigDecimal add(BigDecimal augend) {
        int s = Math.max(scale, augend.scale);
        return new BigDecimal(alignedTo(s).add(augend.alignedTo(s)), s);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        return round(add(augend), mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return round(subtract(subtrahend), mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        BigInteger u = intVal.multiply(multiplicand.intVal);
        return new BigDecimal(u, checkScale((long) scale + multiplicand.scale, u));
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        return round(multiply(multiplicand), mc);
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        int legacy = roundingMode.oldMode; // a null mode fails here, as on HotSpot
        long e = (long) scale - this.scale + divisor.scale;
        BigInteger n = intVal, d = divisor.intVal;
        if (divisor.signum() == 0) {
            // HotSpot's message depends on whether the (scaled) dividend fits a compact long
            boolean compact = n.bitLength() <= 63 && (e <= 0 || n.signum() == 0
                    || (e < 19 && n.multiply(tenPow(e)).bitLength() <= 63));
            throw new ArithmeticException(compact ? "/ by zero" : "BigInteger divide by zero");
        }
        if (e >= 0) n = n.multiply(tenPow(e));
        else d = d.multiply(tenPow(-e));
        return new BigDecimal(divRound(n, d, roundingMode, false), scale);
    }

    private static RoundingMode legacyMode(int roundingMode) {
        if (roundingMode < ROUND_UP || roundingMode > ROUND_UNNECESSARY)
            throw new IllegalArgumentException("Invalid rounding mode");
        return RoundingMode.valueOf(roundingMode);
    }

    @Deprecated
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, legacyMode(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        int legacy = roundingMode.oldMode; // a null mode fails here, as on HotSpot
        return divide(divisor, scale, roundingMode);
    }

    @Deprecated
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, legacyMode(roundingMode));
    }

    private void checkDivisor(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            if (signum() == 0) throw new ArithmeticException("Division undefined");
            throw new ArithmeticException("Division by zero");
        }
    }

    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(divisor);
        long pref = (long) scale - divisor.scale;
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, saturate(pref));
        BigInteger g = intVal.gcd(divisor.intVal);
        BigInteger num = intVal.divide(g), den = divisor.intVal.divide(g);
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        int twos = den.getLowestSetBit();
        den = den.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (!den.equals(BigInteger.ONE)) {
            BigInteger[] qr = den.divideAndRemainder(five);
            if (qr[1].signum() != 0)
                throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
            den = qr[0];
            fives++;
        }
        int k = Math.max(twos, fives);
        // num / (2^twos 5^fives) = num * 2^(k-twos) * 5^(k-fives) / 10^k
        BigInteger u = num.shiftLeft(k - twos).multiply(five.pow(k - fives));
        BigDecimal q = stripTo(u, pref + k, Long.MIN_VALUE);
        if (q.scale < pref) q = q.setScale(checkScale(pref, q.intVal), RoundingMode.UNNECESSARY);
        return q;
    }

    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0) return divide(divisor);
        checkDivisor(divisor);
        long pref = (long) scale - divisor.scale;
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, saturate(pref));
        int prec = mc.precision;
        BigInteger p1 = intVal.abs(), p2 = divisor.intVal.abs();
        long k = (long) prec + digitLength(p2) - digitLength(p1);
        // make floor(p1 * 10^k / p2) have exactly prec digits
        BigInteger lhs = k >= 0 ? p1.multiply(tenPow(k)) : p1;
        BigInteger rhs = p2.multiply(tenPow(prec));
        if (k < 0) rhs = rhs.multiply(tenPow(-k));
        if (lhs.compareTo(rhs) >= 0) k--;
        BigInteger n = p1, d = p2;
        if (k >= 0) n = n.multiply(tenPow(k));
        else d = d.multiply(tenPow(-k));
        if (signum() * divisor.signum() < 0) n = n.negate();
        BigInteger[] qr = n.divideAndRemainder(d);
        boolean exact = qr[1].signum() == 0;
        BigInteger q = divRound(n, d, mc.roundingMode, false);
        if (q.abs().equals(tenPow(prec))) {
            q = q.divide(BigInteger.TEN);
            k--;
        }
        long sc = pref + k;
        if (exact) return stripTo(q, sc, pref);
        return new BigDecimal(q, checkScale(sc, q));
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        checkDivisor(divisor);
        long pref = (long) scale - divisor.scale;
        // truncated integer quotient of the exact values
        long e = (long) divisor.scale - scale;
        BigInteger n = intVal, d = divisor.intVal;
        if (e >= 0) n = n.multiply(tenPow(e));
        else d = d.multiply(tenPow(-e));
        BigInteger q = n.divide(d);
        if (q.signum() == 0) return new BigDecimal(BigInteger.ZERO, saturate(pref));
        if (pref > 0) return new BigDecimal(q.multiply(tenPow(pref)), checkScale(pref, q));
        return stripTo(q, 0, pref);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        BigDecimal q = divideToIntegralValue(divisor);
        if (mc.precision == 0 || q.precision() <= mc.precision) return q;
        BigDecimal s = q.stripTrailingZerosKeepZero();
        if (s.precision() > mc.precision) throw new ArithmeticException("Division impossible");
        // keep as many of the preferred-scale zeros as the precision allows
        int extra = mc.precision - s.precision();
        long ns = Math.min((long) s.scale + extra, q.scale);
        return s.setScale(checkScale(ns, s.intVal), RoundingMode.UNNECESSARY);
    }

    private BigDecimal stripTrailingZerosKeepZero() {
        if (signum() == 0) return this;
        return stripTo(intVal, scale, Long.MIN_VALUE);
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return subtract(divideToIntegralValue(divisor).multiply(divisor));
    }

    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return subtract(divideToIntegralValue(divisor, mc).multiply(divisor));
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor, MathContext mc) {
        BigDecimal q = divideToIntegralValue(divisor, mc);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal sqrt(MathContext mc) {
        int sig = signum();
        if (sig < 0) throw new ArithmeticException("Attempted square root of negative BigDecimal");
        int pref = scale / 2;
        if (sig == 0) return valueOf(0L, pref);
        int prec = mc.precision;
        BigInteger u = intVal;
        long s = scale;
        if (prec == 0) {
            if ((s & 1) != 0) {
                u = u.multiply(BigInteger.TEN);
                s++;
            }
            BigInteger r = u.sqrt();
            if (!r.multiply(r).equals(u)) throw new ArithmeticException("Computed square root not exact.");
            BigDecimal res = stripTo(r, s / 2, Long.MIN_VALUE);
            if (res.scale < pref) res = res.setScale(pref, RoundingMode.UNNECESSARY);
            return res;
        }
        long e = Math.max(0, 2L * (prec + 2) - digitLength(u));
        if (((s + e) & 1) != 0) e++;
        BigInteger n = u.multiply(tenPow(e));
        BigInteger r = n.sqrt();
        boolean exactRoot = r.multiply(r).equals(n);
        long rs = (s + e) / 2;
        int drop = digitLength(r) - prec;
        BigInteger D = tenPow(drop);
        BigInteger[] qr = r.divideAndRemainder(D);
        boolean exact = exactRoot && qr[1].signum() == 0;
        if (!exact && mc.roundingMode == RoundingMode.UNNECESSARY)
            throw new ArithmeticException("Computed square root not exact.");
        BigInteger q = divRound(r, D, mc.roundingMode, !exactRoot);
        long sc = rs - drop;
        if (q.equals(tenPow(prec))) {
            q = q.divide(BigInteger.TEN);
            sc--;
        }
        BigDecimal res = stripTo(q, sc, pref);
        if (exact && res.scale < pref) {
            long ns = Math.min((long) pref, (long) res.scale + (prec - res.precision()));
            if (ns > res.scale) res = res.setScale((int) ns, RoundingMode.UNNECESSARY);
        }
        return res;
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) throw new ArithmeticException("Invalid operation");
        BigInteger u = intVal.pow(n);
        return new BigDecimal(u, checkScale((long) scale * n, u));
    }

    public BigDecimal pow(int n, MathContext mc) {
        if (mc.precision == 0) return pow(n);
        if (n < -999999999 || n > 999999999) throw new ArithmeticException("Invalid operation");
        if (n == 0) return ONE;
        int mag = Math.abs(n);
        int elength = Integer.toString(mag).length();
        if (elength > mc.precision) throw new ArithmeticException("Invalid operation");
        MathContext work = new MathContext(mc.precision + elength + 1, mc.roundingMode);
        BigDecimal acc = ONE;
        boolean started = false;
        for (int bit = 30; bit >= 0; bit--) {
            if (started) acc = acc.multiply(acc, work);
            if (((mag >>> bit) & 1) != 0) {
                acc = acc.multiply(this, work);
                started = true;
            }
        }
        if (n < 0) acc = ONE.divide(acc, work);
        return round(acc, mc);
    }

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return round(abs(), mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return round(negate(), mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return round(this, mc);
    }

    public BigDecimal round(MathContext mc) {
        return round(this, mc);
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        int legacy = roundingMode.oldMode; // a null mode fails here, as on HotSpot
        if (newScale == scale) return this;
        if (newScale > scale) {
            return new BigDecimal(intVal.multiply(tenPow((long) newScale - scale)), newScale);
        }
        return new BigDecimal(divRound(intVal, tenPow((long) scale - newScale), roundingMode, false), newScale);
    }

    @Deprecated
    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, legacyMode(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0) return this;
        int ns = checkScale((long) scale + n, intVal);
        BigDecimal r = new BigDecimal(intVal, ns);
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0) return this;
        int ns = checkScale((long) scale - n, intVal);
        BigDecimal r = new BigDecimal(intVal, ns);
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, checkScale((long) scale - n, intVal));
    }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) return ZERO;
        return stripTo(intVal, scale, Long.MIN_VALUE);
    }

    // ---------------------------------------------------------------- comparison

    public int compareTo(BigDecimal val) {
        int valScale = val.scale; // a null val fails here, as on HotSpot
        int s1 = signum(), s2 = val.signum();
        if (s1 != s2) return s1 < s2 ? -1 : 1;
        if (s1 == 0) return 0;
        long adj1 = (long) precision() - scale, adj2 = (long) val.precision() - val.scale;
        if (adj1 != adj2) return (adj1 < adj2) == (s1 > 0) ? -1 : 1;
        int s = Math.max(scale, val.scale);
        return alignedTo(s).compareTo(val.alignedTo(s));
    }

    public boolean equals(Object x) {
        if (!(x instanceof BigDecimal)) return false;
        BigDecimal o = (BigDecimal) x;
        return o == this || (scale == o.scale && intVal.equals(o.intVal));
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    // ---------------------------------------------------------------- text

    public String toString() {
        return layout(true);
    }

    public String toEngineeringString() {
        return layout(false);
    }

    private String layout(boolean sci) {
        String coeff = intVal.abs().toString();
        StringBuilder sb = new StringBuilder();
        if (intVal.signum() < 0) sb.append('-');
        int len = coeff.length();
        long adjusted = -(long) scale + (len - 1);
        if (scale == 0) return sb.append(coeff).toString();
        if (scale > 0 && adjusted >= -6) {
            appendPlain(sb, coeff, scale);
            return sb.toString();
        }
        if (sci) {
            sb.append(coeff.charAt(0));
            if (len > 1) sb.append('.').append(coeff, 1, len);
            sb.append('E');
            if (adjusted >= 0) sb.append('+');
            sb.append(adjusted);
            return sb.toString();
        }
        int sig = (int) Math.floorMod(adjusted, 3L);
        long exp;
        if (intVal.signum() == 0) {
            if (sig == 0) {
                sb.append('0');
                exp = adjusted;
            } else if (sig == 1) {
                sb.append("0.00");
                exp = adjusted + 2;
            } else {
                sb.append("0.0");
                exp = adjusted + 1;
            }
        } else {
            int intDigits = sig + 1;
            exp = adjusted - sig;
            if (len <= intDigits) {
                sb.append(coeff);
                for (int i = len; i < intDigits; i++) sb.append('0');
            } else {
                sb.append(coeff, 0, intDigits).append('.').append(coeff, intDigits, len);
            }
        }
        if (exp != 0) {
            sb.append('E');
            if (exp > 0) sb.append('+');
            sb.append(exp);
        }
        return sb.toString();
    }

    private static void appendPlain(StringBuilder sb, String coeff, int scale) {
        int len = coeff.length();
        if (len > scale) {
            sb.append(coeff, 0, len - scale).append('.').append(coeff, len - scale, len);
        } else {
            sb.append("0.");
            for (int i = len; i < scale; i++) sb.append('0');
            sb.append(coeff);
        }
    }

    public String toPlainString() {
        if (scale <= 0) {
            if (signum() == 0) return "0";
            StringBuilder sb = new StringBuilder(intVal.toString());
            for (long i = scale; i < 0; i++) sb.append('0');
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        if (intVal.signum() < 0) sb.append('-');
        appendPlain(sb, intVal.abs().toString(), scale);
        return sb.toString();
    }

    // ---------------------------------------------------------------- conversions

    public BigInteger toBigInteger() {
        if (scale <= 0) return intVal.multiply(tenPow(-(long) scale));
        return intVal.divide(tenPow(scale));
    }

    public BigInteger toBigIntegerExact() {
        if (scale <= 0) return intVal.multiply(tenPow(-(long) scale));
        BigInteger[] qr = intVal.divideAndRemainder(tenPow(scale));
        if (qr[1].signum() != 0) throw roundingNecessary();
        return qr[0];
    }

    public long longValue() {
        if (signum() == 0 || (long) precision() - scale <= -1) return 0;
        if (scale < 0 && -(long) scale >= 64) {
            // 10^64 is a multiple of 2^64: the low 64 bits vanish
            return 0;
        }
        return toBigInteger().longValue();
    }

    public int intValue() {
        return (int) longValue();
    }

    public long longValueExact() {
        if (signum() == 0) return 0;
        if ((long) precision() - scale > 19) throw new ArithmeticException("Overflow");
        BigInteger b = toBigIntegerExact();
        if (b.bitLength() > 63) throw new ArithmeticException("Overflow");
        return b.longValue();
    }

    public int intValueExact() {
        long v = longValueExact();
        if ((int) v != v) throw new ArithmeticException("Overflow");
        return (int) v;
    }

    public short shortValueExact() {
        long v = longValueExact();
        if ((short) v != v) throw new ArithmeticException("Overflow");
        return (short) v;
    }

    public byte byteValueExact() {
        long v = longValueExact();
        if ((byte) v != v) throw new ArithmeticException("Overflow");
        return (byte) v;
    }

    public double doubleValue() {
        return Double.longBitsToDouble(binary(false));
    }

    public float floatValue() {
        return Float.intBitsToFloat((int) binary(true));
    }

    private long binary(boolean asFloat) {
        int sig = signum();
        long zero = sig >= 0 ? 0 : (asFloat ? 0x80000000L : Long.MIN_VALUE);
        if (sig == 0) return 0;
        long adj = (long) precision() - scale; // value < 10^adj
        if (adj > (asFloat ? 40 : 310)) {
            long inf = asFloat ? 0x7f800000L : 0x7ff0000000000000L;
            return zero | inf;
        }
        if (adj < (asFloat ? -50 : -330)) return zero;
        BigInteger p = intVal.abs();
        if (scale <= 0) {
            BigInteger m = p.multiply(tenPow(-(long) scale));
            return BigInteger.roundBits(sig, m.mag, 0, false, asFloat);
        }
        BigInteger D = tenPow(scale);
        int k = Math.max(0, 56 + D.bitLength() - p.bitLength());
        BigInteger[] qr = p.shiftLeft(k).divideAndRemainder(D);
        return BigInteger.roundBits(sig, qr[0].mag, -k, qr[1].signum() != 0, asFloat);
    }
}
