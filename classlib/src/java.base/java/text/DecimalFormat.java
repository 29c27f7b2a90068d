package java.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Pattern-driven decimal formatting and parsing (written for Mote from the DecimalFormat Javadoc and
 * HotSpot's observable output). Doubles are formatted from their Double.toString digits; an exact tie
 * in those digits is settled by the double's exact binary value, as HotSpot does.
 */
public class DecimalFormat extends NumberFormat {
    private static final int DOUBLE_INTEGER_DIGITS = 309;
    private static final int DOUBLE_FRACTION_DIGITS = 340;

    private DecimalFormatSymbols symbols;
    /** Affixes in pattern form: unquoted % \u2030 \u00a4 - are symbols, quoted text is literal. */
    private String posPrefixPattern = "", posSuffixPattern = "";
    private String negPrefixPattern = null, negSuffixPattern = null; // null = derived from positive
    private String positivePrefix = "", positiveSuffix = "", negativePrefix = "-", negativeSuffix = "";
    private int multiplier = 1;
    private int groupingSize = 3;
    private boolean decimalSeparatorAlwaysShown = false;
    private boolean useExponentialNotation = false;
    private int minExponentDigits = 0;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;
    private boolean parseBigDecimal = false;

    public DecimalFormat() {
        this("#,##0.###");
    }

    public DecimalFormat(String pattern) {
        this.symbols = new DecimalFormatSymbols();
        applyPattern(pattern);
    }

    public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        this.symbols = (DecimalFormatSymbols) symbols.clone();
        applyPattern(pattern);
    }

    // ---------------------------------------------------------------- pattern

    private static boolean isNumberChar(char c) {
        return c == '#' || c == '0' || c == ',' || c == '.';
    }

    private static boolean needsQuote(char c) {
        return c == '#' || c == '0' || c == ',' || c == '.' || c == ';' || c == '%' || c == '\u2030'
                || c == '\u00a4' || c == '-';
    }

    private static String quoteLiteral(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') sb.append("''");
            else if (needsQuote(c)) sb.append('\'').append(c).append('\'');
            else sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Reads an affix from pattern p starting at i, appending its pattern form to out; stops at a number
     * character (when stopAtNumber) or an unquoted ';'. Returns the index after the affix.
     */
    private int readAffix(String p, int i, StringBuilder out, boolean stopAtNumber) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\'') {
                if (i + 1 < p.length() && p.charAt(i + 1) == '\'') {
                    out.append("''");
                    i += 2;
                    continue;
                }
                int j = i + 1;
                while (true) {
                    if (j >= p.length()) throw new IllegalArgumentException("Malformed pattern \"" + p + '"');
                    char d = p.charAt(j);
                    if (d == '\'') {
                        if (j + 1 < p.length() && p.charAt(j + 1) == '\'') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.append(p, i, j + 1); // a quoted run stays as written
                i = j + 1;
                continue;
            }
            if (c == ';') return i;
            if (stopAtNumber && isNumberChar(c)) return i;
            if (!stopAtNumber && (c == '#' || c == '0' || c == ',' || c == '.')) {
                throw new IllegalArgumentException("Unquoted special character '" + c + "' in pattern \"" + p + '"');
            }
            if (c == '%' || c == '\u2030') {
                int m = c == '%' ? 100 : 1000;
                if (multiplierSeen)
                    throw new IllegalArgumentException("Too many percent/per mille characters in pattern \"" + p + '"');
                multiplierSeen = true;
                pendingMultiplier = m;
                out.append(c);
            } else if (c == '\u00a4') {
                if (i + 1 < p.length() && p.charAt(i + 1) == '\u00a4') {
                    out.append(INTL_CURRENCY);
                    i++;
                } else {
                    out.append(c);
                }
            } else if (c == '-') {
                out.append(c);
            } else {
                out.append(quoteLiteral(String.valueOf(c)));
            }
            i++;
        }
        return i;
    }

    /** Pattern-form marker of the international currency symbol (written "\u00a4\u00a4"). */
    private static final char INTL_CURRENCY = '\uE000';

    private boolean multiplierSeen;
    private int pendingMultiplier;

    public void applyPattern(String pattern) {
        int patternLength = pattern.length(); // a null pattern fails here, as on HotSpot
        multiplierSeen = false;
        pendingMultiplier = 1;
        String p = pattern;
        StringBuilder prefix = new StringBuilder();
        int i = readAffix(p, 0, prefix, true);
        int digitLeft = 0, zeroCount = 0, digitRight = 0, decimalPos = -1, groupingCount = -1;
        boolean exp = false, sawNumber = false;
        int expDigits = 0;
        StringBuilder suffix = new StringBuilder();
        // number characters met after suffix text continue the number, as HotSpot reads patterns
        while (true) {
            while (i < p.length()) {
                char c = p.charAt(i);
                if (isNumberChar(c)) sawNumber = true;
                if (c == 'E' && exp)
                    throw new IllegalArgumentException("Multiple exponential symbols in pattern \"" + p + '"');
                if (c == '#') {
                    if (zeroCount == 0) digitLeft++;
                    else digitRight++;
                    if (groupingCount >= 0 && decimalPos < 0) groupingCount++;
                } else if (c == '0') {
                    if (digitRight > 0) throw new IllegalArgumentException("Unexpected '0' in pattern \"" + p + '"');
                    zeroCount++;
                    if (groupingCount >= 0 && decimalPos < 0) groupingCount++;
                } else if (c == ',') {
                    groupingCount = 0;
                } else if (c == '.') {
                    if (decimalPos >= 0)
                        throw new IllegalArgumentException("Multiple decimal separators in pattern \"" + p + '"');
                    decimalPos = digitLeft + zeroCount + digitRight;
                } else if (c == 'E' && !exp) {
                    exp = true;
                    int j = i + 1;
                    while (j < p.length() && p.charAt(j) == '0') {
                        expDigits++;
                        j++;
                    }
                    if (digitLeft + zeroCount < 1 || expDigits < 1)
                        throw new IllegalArgumentException("Malformed exponential pattern \"" + p + '"');
                    i = j;
                    continue;
                } else {
                    break;
                }
                i++;
            }
            i = readAffix(p, i, suffix, true);
            if (i >= p.length() || p.charAt(i) == ';') break;
        }
        if (zeroCount == 0 && digitLeft > 0 && decimalPos >= 0) {
            // "#.##", ".##": one of the '#' becomes a required zero
            int n = decimalPos == 0 ? 1 : decimalPos;
            digitRight = digitLeft - n;
            digitLeft = n - 1;
            zeroCount = 1;
        }
        if ((decimalPos < 0 && digitRight > 0)
                || (decimalPos >= 0 && (decimalPos < digitLeft || decimalPos > digitLeft + zeroCount))
                || groupingCount == 0) {
            throw new IllegalArgumentException("Malformed pattern \"" + p + '"');
        }
        String negPrefix = null, negSuffix = null;
        if (i < p.length() && p.charAt(i) == ';' && !sawNumber)
            throw new IllegalArgumentException("Unquoted special character ';' in pattern \"" + p + '"');
        if (i < p.length() - 1 && p.charAt(i) == ';') {
            StringBuilder np = new StringBuilder();
            int posMultiplier = pendingMultiplier;
            multiplierSeen = false;
            int j = readAffix(p, i + 1, np, true);
            // skip the negative subpattern's number part
            while (j < p.length() && (isNumberChar(p.charAt(j)) || p.charAt(j) == 'E')) j++;
            StringBuilder ns = new StringBuilder();
            while (true) {
                j = readAffix(p, j, ns, true);
                if (j < p.length() && p.charAt(j) == ';')
                    throw new IllegalArgumentException("Unquoted special character ';' in pattern \"" + p + '"');
                if (j >= p.length()) break;
                while (j < p.length() && (isNumberChar(p.charAt(j)) || p.charAt(j) == 'E')) j++;
            }
            negPrefix = np.toString();
            negSuffix = ns.toString();
            pendingMultiplier = posMultiplier; // the positive subpattern decides the multiplier
        }
        int digitTotal = digitLeft + zeroCount + digitRight;
        int effDecimal = decimalPos >= 0 ? decimalPos : digitTotal;
        int minInt = effDecimal - digitLeft;
        useExponentialNotation = exp;
        minExponentDigits = expDigits;
        setMaximumIntegerDigits(exp ? digitLeft + minInt : Integer.MAX_VALUE);
        setMinimumIntegerDigits(minInt);
        setMaximumFractionDigits(decimalPos >= 0 ? digitTotal - decimalPos : 0);
        setMinimumFractionDigits(decimalPos >= 0 ? digitLeft + zeroCount - decimalPos : 0);
        setGroupingUsed(groupingCount > 0);
        groupingSize = groupingCount > 0 ? groupingCount : 0;
        decimalSeparatorAlwaysShown = decimalPos == 0 || decimalPos == digitTotal;
        multiplier = pendingMultiplier;
        posPrefixPattern = prefix.toString();
        posSuffixPattern = suffix.toString();
        if (negPrefix != null && !(negPrefix.equals("-" + posPrefixPattern) && negSuffix.equals(posSuffixPattern))
                && !(negPrefix.equals(posPrefixPattern) && negSuffix.equals(posSuffixPattern))) {
            negPrefixPattern = negPrefix;
            negSuffixPattern = negSuffix;
        } else {
            negPrefixPattern = null;
            negSuffixPattern = null;
        }
        expandAffixes();
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern);
    }

    private String expand(String pat) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pat.length(); i++) {
            char c = pat.charAt(i);
            if (c == '\'') {
                if (i + 1 < pat.length() && pat.charAt(i + 1) == '\'') {
                    sb.append('\'');
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < pat.length()) {
                    char d = pat.charAt(j);
                    if (d == '\'') {
                        if (j + 1 < pat.length() && pat.charAt(j + 1) == '\'') {
                            sb.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    sb.append(d);
                    j++;
                }
                i = j;
            } else if (c == '%') {
                sb.append(symbols.getPercent());
            } else if (c == '\u2030') {
                sb.append(symbols.getPerMill());
            } else if (c == INTL_CURRENCY) {
                sb.append(symbols.getInternationalCurrencySymbol());
            } else if (c == '\u00a4') {
                sb.append(symbols.getCurrencySymbol());
            } else if (c == '-') {
                sb.append(symbols.getMinusSign());
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void expandAffixes() {
        positivePrefix = expand(posPrefixPattern);
        positiveSuffix = expand(posSuffixPattern);
        negativePrefix = negPrefixPattern != null ? expand(negPrefixPattern) : symbols.getMinusSign() + positivePrefix;
        negativeSuffix = negSuffixPattern != null ? expand(negSuffixPattern) : positiveSuffix;
    }

    public String toPattern() {
        StringBuilder sb = new StringBuilder();
        renderAffix(sb, posPrefixPattern);
        appendNumberPattern(sb);
        renderAffix(sb, posSuffixPattern);
        String np = negPrefixPattern, ns = negSuffixPattern;
        if (np != null && !(np.equals("-" + posPrefixPattern) && ns.equals(posSuffixPattern))) {
            sb.append(';');
            renderAffix(sb, np);
            appendNumberPattern(sb);
            renderAffix(sb, ns);
        }
        return sb.toString();
    }

    /** Writes an affix in pattern form, quoting each run of literal text as a whole when it needs it. */
    private static void renderAffix(StringBuilder sb, String pat) {
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < pat.length(); i++) {
            char c = pat.charAt(i);
            if (c == '\'') {
                if (i + 1 < pat.length() && pat.charAt(i + 1) == '\'') {
                    lit.append('\'');
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < pat.length()) {
                    char d = pat.charAt(j);
                    if (d == '\'') {
                        if (j + 1 < pat.length() && pat.charAt(j + 1) == '\'') {
                            lit.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    lit.append(d);
                    j++;
                }
                i = j;
            } else if (c == INTL_CURRENCY) {
                flushLiteral(sb, lit);
                sb.append("\u00a4\u00a4");
            } else if (c == '%' || c == '\u2030' || c == '\u00a4' || c == '-') {
                flushLiteral(sb, lit);
                sb.append(c);
            } else {
                lit.append(c);
            }
        }
        flushLiteral(sb, lit);
    }

    private static void flushLiteral(StringBuilder sb, StringBuilder lit) {
        if (lit.length() == 0) return;
        boolean quote = false;
        for (int i = 0; i < lit.length(); i++) if (needsQuote(lit.charAt(i))) quote = true;
        if (quote) sb.append('\'');
        for (int i = 0; i < lit.length(); i++) {
            char c = lit.charAt(i);
            sb.append(c);
            if (c == '\'') sb.append('\'');
        }
        if (quote) sb.append('\'');
        lit.setLength(0);
    }

    public String toLocalizedPattern() {
        return toPattern();
    }

    private void appendNumberPattern(StringBuilder sb) {
        int minInt = getMinimumIntegerDigits(), maxInt = getMaximumIntegerDigits();
        int digitCount = useExponentialNotation ? maxInt : Math.max(groupingSize, minInt) + 1;
        for (int i = digitCount; i > 0; i--) {
            if (i != digitCount && isGroupingUsed() && groupingSize != 0 && i % groupingSize == 0) sb.append(',');
            sb.append(i <= minInt ? '0' : '#');
        }
        int maxFrac = getMaximumFractionDigits(), minFrac = getMinimumFractionDigits();
        if (maxFrac > 0 || decimalSeparatorAlwaysShown) sb.append('.');
        for (int i = 0; i < maxFrac; i++) sb.append(i < minFrac ? '0' : '#');
        if (useExponentialNotation) {
            sb.append('E');
            for (int i = 0; i < minExponentDigits; i++) sb.append('0');
        }
    }

    // ---------------------------------------------------------------- properties

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        return (DecimalFormatSymbols) symbols.clone();
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {
        symbols = (DecimalFormatSymbols) newSymbols.clone();
        expandAffixes();
    }

    public String getPositivePrefix() {
        return positivePrefix;
    }

    public void setPositivePrefix(String newValue) {
        posPrefixPattern = quoteLiteral(newValue);
        positivePrefix = newValue;
        if (negPrefixPattern == null) negativePrefix = symbols.getMinusSign() + positivePrefix;
    }

    public String getNegativePrefix() {
        return negativePrefix;
    }

    public void setNegativePrefix(String newValue) {
        if (negPrefixPattern == null) negSuffixPattern = posSuffixPattern;
        negPrefixPattern = quoteLiteral(newValue);
        negativePrefix = newValue;
    }

    public String getPositiveSuffix() {
        return positiveSuffix;
    }

    public void setPositiveSuffix(String newValue) {
        posSuffixPattern = quoteLiteral(newValue);
        positiveSuffix = newValue;
        if (negSuffixPattern == null) negativeSuffix = positiveSuffix;
    }

    public String getNegativeSuffix() {
        return negativeSuffix;
    }

    public void setNegativeSuffix(String newValue) {
        if (negPrefixPattern == null) negPrefixPattern = "-" + posPrefixPattern;
        negSuffixPattern = quoteLiteral(newValue);
        negativeSuffix = newValue;
    }

    public int getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(int newValue) {
        multiplier = newValue;
    }

    public int getGroupingSize() {
        return groupingSize;
    }

    public void setGroupingSize(int newValue) {
        if (newValue < 0) throw new IllegalArgumentException("newValue is negative");
        if (newValue > 127) throw new IllegalArgumentException("newValue is larger than Byte.MAX_VALUE");
        groupingSize = newValue;
    }

    public boolean isDecimalSeparatorAlwaysShown() {
        return decimalSeparatorAlwaysShown;
    }

    public void setDecimalSeparatorAlwaysShown(boolean newValue) {
        decimalSeparatorAlwaysShown = newValue;
    }

    public boolean isParseBigDecimal() {
        return parseBigDecimal;
    }

    public void setParseBigDecimal(boolean newValue) {
        parseBigDecimal = newValue;
    }

    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) throw new NullPointerException();
        this.roundingMode = roundingMode;
    }

    public Object clone() {
        DecimalFormat other = (DecimalFormat) super.clone();
        other.symbols = (DecimalFormatSymbols) symbols.clone();
        return other;
    }

    public boolean equals(Object obj) {
        if (!super.equals(obj)) return false;
        DecimalFormat o = (DecimalFormat) obj;
        return positivePrefix.equals(o.positivePrefix) && positiveSuffix.equals(o.positiveSuffix)
                && negativePrefix.equals(o.negativePrefix) && negativeSuffix.equals(o.negativeSuffix)
                && multiplier == o.multiplier && groupingSize == o.groupingSize
                && decimalSeparatorAlwaysShown == o.decimalSeparatorAlwaysShown
                && useExponentialNotation == o.useExponentialNotation && minExponentDigits == o.minExponentDigits
                && roundingMode == o.roundingMode && symbols.equals(o.symbols);
    }

    public int hashCode() {
        return super.hashCode() * 37 + positivePrefix.hashCode();
    }

    // ---------------------------------------------------------------- digits

    /** Significant digits (no leading/trailing zeros) with value 0.DIGITS x 10^decimalAt. */
    private static final class Digits {
        StringBuilder d = new StringBuilder();
        long decimalAt;

        boolean isZero() {
            return d.length() == 0;
        }

        void set(String coeff, long decimalAt) {
            int start = 0;
            while (start < coeff.length() && coeff.charAt(start) == '0') start++;
            int end = coeff.length();
            while (end > start && coeff.charAt(end - 1) == '0') end--;
            d.setLength(0);
            d.append(coeff, start, end);
            this.decimalAt = decimalAt - start;
            if (d.length() == 0) this.decimalAt = 0;
        }

        void setDouble(double v) {
            String s = Double.toString(v);
            int e = s.indexOf('E');
            long exp = 0;
            String mant = s;
            if (e >= 0) {
                exp = Integer.parseInt(s.substring(e + 1));
                mant = s.substring(0, e);
            }
            int dot = mant.indexOf('.');
            String coeff = mant.substring(0, dot) + mant.substring(dot + 1);
            set(coeff, dot + exp);
        }
    }

    /**
     * Rounds to 'keep' leading digits. exact: the double whose digits these are (tie correction), or NaN.
     */
    private void round(Digits g, long keep, boolean negative, double exact) {
        int n = g.d.length();
        if (n <= keep) return;
        if (keep < 0) {
            // below half a unit of the last place by a whole digit: HotSpot gives zero in every mode
            g.d.setLength(0);
            g.decimalAt = 0;
            return;
        }
        boolean up;
        int first = keep >= 0 ? g.d.charAt((int) keep) - '0' : 0;
        boolean restNonZero = keep >= 0 ? n > keep + 1 : true;
        boolean anyDiscarded = first != 0 || restNonZero;
        switch (roundingMode) {
            case UP: up = anyDiscarded; break;
            case DOWN: up = false; break;
            case CEILING: up = anyDiscarded && !negative; break;
            case FLOOR: up = anyDiscarded && negative; break;
            case UNNECESSARY:
                if (anyDiscarded)
                    throw new ArithmeticException("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
                up = false;
                break;
            default:
                if (first > 5 || (first == 5 && restNonZero)) {
                    up = true;
                } else if (first < 5) {
                    up = false;
                } else {
                    int cmp = 0;
                    double ax = Math.abs(exact);
                    if (!Double.isNaN(exact) && keep == 0 && n == 1 && ax < 1e-3 && !hotSpotFastPath()) {
                        // HotSpot reads the digits of "5.0E-n" as "50": a 5 followed by a zero, which
                        // HALF_EVEN at the first position rounds down and HALF_UP/HALF_DOWN round up
                        cmp = roundingMode == RoundingMode.HALF_EVEN ? -1 : 1;
                    } else if (!Double.isNaN(exact) && ax == Math.floor(ax) && ax < 0x1p63) {
                        // HotSpot takes digits of integral doubles as inexact and not rounded up: ties go up
                        cmp = 1;
                    } else if (!Double.isNaN(exact)) {
                        BigDecimal ex = new BigDecimal(Math.abs(exact));
                        BigDecimal shown = new BigDecimal(new BigInteger(g.d.toString()), (int) (n - g.decimalAt));
                        cmp = ex.compareTo(shown);
                    }
                    if (cmp != 0) {
                        up = cmp > 0;
                    } else if (roundingMode == RoundingMode.HALF_UP) {
                        up = true;
                    } else if (roundingMode == RoundingMode.HALF_DOWN) {
                        up = false;
                    } else {
                        up = keep > 0 && ((g.d.charAt((int) keep - 1) - '0') & 1) != 0;
                    }
                }
        }
        if (keep <= 0) {
            g.d.setLength(0);
            if (up) {
                g.d.append('1');
                g.decimalAt = g.decimalAt - keep + 1;
            } else {
                g.decimalAt = 0;
            }
            return;
        }
        g.d.setLength((int) keep);
        if (up) {
            int i = (int) keep - 1;
            while (i >= 0 && g.d.charAt(i) == '9') i--;
            if (i < 0) {
                g.d.setLength(0);
                g.d.append('1');
                g.decimalAt++;
                return;
            }
            g.d.setCharAt(i, (char) (g.d.charAt(i) + 1));
            g.d.setLength(i + 1);
        }
        int end = g.d.length();
        while (end > 0 && g.d.charAt(end - 1) == '0') end--;
        g.d.setLength(end);
        if (end == 0) g.decimalAt = 0;
    }

    /**
     * Whether HotSpot formats doubles with this configuration on its exact fast path (grouping by 3,
     * HALF_EVEN, "#,##0.###" or "#,##0.00" digit counts), which does not share the digit-string quirk
     * handled in round().
     */
    private boolean hotSpotFastPath() {
        int minFrac = getMinimumFractionDigits(), maxFrac = getMaximumFractionDigits();
        return roundingMode == RoundingMode.HALF_EVEN && isGroupingUsed() && groupingSize == 3 && multiplier == 1
                && !decimalSeparatorAlwaysShown && !useExponentialNotation && getMinimumIntegerDigits() == 1
                && getMaximumIntegerDigits() >= 10 && ((minFrac == 0 && maxFrac == 3) || (minFrac == 2 && maxFrac == 2));
    }

    // ---------------------------------------------------------------- formatting

    String formatToString(Object number) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte
                || number instanceof java.util.concurrent.atomic.AtomicInteger
                || number instanceof java.util.concurrent.atomic.AtomicLong
                || (number instanceof BigInteger && ((BigInteger) number).bitLength() < 64)) {
            return formatLong(((Number) number).longValue());
        } else if (number instanceof BigDecimal) {
            return formatBigDecimal((BigDecimal) number);
        } else if (number instanceof BigInteger) {
            return formatBigDecimal(new BigDecimal((BigInteger) number));
        } else if (number instanceof Number) {
            return formatDouble(((Number) number).doubleValue());
        }
        throw new IllegalArgumentException("Cannot format given Object as a Number");
    }

    String formatDouble(double number) {
        if (Double.isNaN(number)) return symbols.getNaN();
        number *= multiplier;
        boolean negative = number < 0.0 || (number == 0.0 && 1 / number < 0.0);
        double abs = Math.abs(number);
        StringBuilder sb = new StringBuilder();
        sb.append(negative ? negativePrefix : positivePrefix);
        if (Double.isInfinite(abs)) {
            sb.append(symbols.getInfinity());
        } else {
            Digits g = new Digits();
            g.setDouble(abs);
            body(sb, g, negative, abs, true);
        }
        sb.append(negative ? negativeSuffix : positiveSuffix);
        return sb.toString();
    }

    String formatLong(long number) {
        BigInteger big = null;
        if (multiplier != 1) {
            try {
                number = Math.multiplyExact(number, (long) multiplier);
            } catch (ArithmeticException e) {
                big = BigInteger.valueOf(number).multiply(BigInteger.valueOf(multiplier));
            }
        }
        if (big != null) return formatBig(new BigDecimal(big));
        boolean negative = number < 0;
        String digits = negative ? (number == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(-number)) : Long.toString(number);
        Digits g = new Digits();
        g.set(digits, digits.length());
        StringBuilder sb = new StringBuilder();
        sb.append(negative ? negativePrefix : positivePrefix);
        body(sb, g, negative, Double.NaN, false);
        sb.append(negative ? negativeSuffix : positiveSuffix);
        return sb.toString();
    }

    private String formatBigDecimal(BigDecimal number) {
        if (multiplier != 1) number = number.multiply(BigDecimal.valueOf(multiplier));
        return formatBig(number);
    }

    private String formatBig(BigDecimal number) {
        boolean negative = number.signum() < 0;
        BigDecimal abs = number.abs();
        String coeff = abs.unscaledValue().toString();
        Digits g = new Digits();
        g.set(coeff, (long) coeff.length() - abs.scale());
        StringBuilder sb = new StringBuilder();
        sb.append(negative ? negativePrefix : positivePrefix);
        body(sb, g, negative, Double.NaN, false);
        sb.append(negative ? negativeSuffix : positiveSuffix);
        return sb.toString();
    }

    private void body(StringBuilder sb, Digits g, boolean negative, double exact, boolean isDouble) {
        int maxInt = getMaximumIntegerDigits(), minInt = getMinimumIntegerDigits();
        int maxFrac = getMaximumFractionDigits(), minFrac = getMinimumFractionDigits();
        if (isDouble) {
            maxInt = Math.min(maxInt, DOUBLE_INTEGER_DIGITS);
            minInt = Math.min(minInt, DOUBLE_INTEGER_DIGITS);
            maxFrac = Math.min(maxFrac, DOUBLE_FRACTION_DIGITS);
            minFrac = Math.min(minFrac, DOUBLE_FRACTION_DIGITS);
        }
        char zero = symbols.getZeroDigit();
        if (useExponentialNotation) {
            long sig = (long) maxInt + maxFrac;
            if (sig > 0) round(g, sig, negative, exact);
            long exponent = g.decimalAt;
            int minIntShown = minInt;
            if (maxInt > 1 && maxInt > minInt) {
                exponent = exponent >= 1 ? ((exponent - 1) / maxInt) * maxInt : ((exponent - maxInt) / maxInt) * maxInt;
                minIntShown = 1;
            } else {
                exponent -= minIntShown;
            }
            long minimumDigits = (long) minInt + minFrac;
            long integerDigits = g.isZero() ? minIntShown : g.decimalAt - exponent;
            if (minimumDigits < integerDigits) minimumDigits = integerDigits;
            long total = Math.max(g.d.length(), minimumDigits);
            for (long i = 0; i < total; i++) {
                if (i == integerDigits) sb.append(symbols.getDecimalSeparator());
                sb.append(i < g.d.length() ? (char) (zero + (g.d.charAt((int) i) - '0')) : zero);
            }
            if (decimalSeparatorAlwaysShown && total == integerDigits) sb.append(symbols.getDecimalSeparator());
            sb.append(symbols.getExponentSeparator());
            if (g.isZero()) exponent = 0;
            if (exponent < 0) {
                sb.append(symbols.getMinusSign());
                exponent = -exponent;
            }
            String es = Long.toString(exponent);
            for (int i = es.length(); i < minExponentDigits; i++) sb.append(zero);
            for (int i = 0; i < es.length(); i++) sb.append((char) (zero + (es.charAt(i) - '0')));
            return;
        }
        round(g, g.decimalAt + maxFrac, negative, exact);
        long count = minInt;
        long digitIndex = 0;
        if (g.decimalAt > 0 && count < g.decimalAt) count = g.decimalAt;
        if (count > maxInt) {
            count = maxInt;
            digitIndex = g.decimalAt - count;
        }
        int before = sb.length();
        boolean grouping = isGroupingUsed() && groupingSize > 0;
        for (long i = count - 1; i >= 0; i--) {
            if (i < g.decimalAt && digitIndex < g.d.length()) sb.append((char) (zero + (g.d.charAt((int) digitIndex++) - '0')));
            else sb.append(zero);
            if (grouping && i > 0 && i % groupingSize == 0) sb.append(symbols.getGroupingSeparator());
        }
        boolean fractionPresent = minFrac > 0 || digitIndex < g.d.length();
        if (!fractionPresent && sb.length() == before) sb.append(zero);
        if (decimalSeparatorAlwaysShown || fractionPresent) sb.append(symbols.getDecimalSeparator());
        for (long i = 0; i < maxFrac; i++) {
            if (i >= minFrac && digitIndex >= g.d.length()) break;
            if (-1 - i > g.decimalAt - 1) {
                sb.append(zero);
                continue;
            }
            if (digitIndex < g.d.length()) sb.append((char) (zero + (g.d.charAt((int) digitIndex++) - '0')));
            else sb.append(zero);
        }
    }

    // ---------------------------------------------------------------- parsing

    public Number parse(String text, ParsePosition pos) {
        int start = pos.index;
        String nan = symbols.getNaN();
        if (text.startsWith(nan, start)) {
            pos.index = start + nan.length();
            return Double.valueOf(Double.NaN);
        }
        boolean gotPos = text.startsWith(positivePrefix, start);
        boolean gotNeg = text.startsWith(negativePrefix, start);
        if (gotPos && gotNeg) {
            if (positivePrefix.length() > negativePrefix.length()) gotNeg = false;
            else if (positivePrefix.length() < negativePrefix.length()) gotPos = false;
        }
        int position;
        if (gotPos) position = start + positivePrefix.length();
        else if (gotNeg) position = start + negativePrefix.length();
        else {
            pos.errorIndex = start;
            return null;
        }
        boolean infinite = false;
        StringBuilder digits = new StringBuilder();
        int fracDigits = 0;
        long exponent = 0;
        String inf = symbols.getInfinity();
        if (text.startsWith(inf, position)) {
            infinite = true;
            position += inf.length();
        } else {
            boolean sawDecimal = false, sawDigit = false;
            int backup = -1;
            int i = position;
            char dec = symbols.getDecimalSeparator(), grp = symbols.getGroupingSeparator();
            String expSym = symbols.getExponentSeparator();
            char zero = symbols.getZeroDigit();
            for (; i < text.length(); i++) {
                char ch = text.charAt(i);
                int dg = ch - zero;
                if (dg < 0 || dg > 9) dg = Character.digit(ch, 10);
                if (dg >= 0 && dg <= 9) {
                    sawDigit = true;
                    backup = -1;
                    digits.append((char) ('0' + dg));
                    if (sawDecimal) fracDigits++;
                } else if (ch == dec) {
                    if (isParseIntegerOnly() || sawDecimal) break;
                    sawDecimal = true; // a pending grouping backup survives the decimal point
                } else if (ch == grp && isGroupingUsed()) {
                    if (sawDecimal) break;
                    backup = i;
                } else if (text.startsWith(expSym, i)) {
                    int j = i + expSym.length();
                    boolean negExp = false;
                    if (j < text.length() && text.charAt(j) == symbols.getMinusSign()) {
                        negExp = true;
                        j++;
                    }
                    int k = j;
                    long e = 0;
                    boolean big = false;
                    while (k < text.length()) {
                        char c = text.charAt(k);
                        int d = c - zero;
                        if (d < 0 || d > 9) d = Character.digit(c, 10);
                        if (d < 0 || d > 9) break;
                        if (e < 1000000000L) e = e * 10 + d;
                        else big = true;
                        k++;
                    }
                    if (k > j) {
                        if (big) e = 1000000000L;
                        exponent = negExp ? -e : e;
                        i = k;
                    }
                    break;
                } else {
                    break;
                }
            }
            if (backup != -1) i = backup;
            if (!sawDigit) {
                pos.index = start;
                pos.errorIndex = start;
                return null;
            }
            position = i;
        }
        if (gotPos) gotPos = text.startsWith(positiveSuffix, position);
        if (gotNeg) gotNeg = text.startsWith(negativeSuffix, position);
        if (gotPos && gotNeg) {
            if (positiveSuffix.length() > negativeSuffix.length()) gotNeg = false;
            else if (positiveSuffix.length() < negativeSuffix.length()) gotPos = false;
        }
        if (gotPos == gotNeg) {
            pos.errorIndex = position;
            pos.index = start;
            return null;
        }
        pos.index = position + (gotPos ? positiveSuffix.length() : negativeSuffix.length());
        boolean negative = gotNeg;
        if (infinite) return Double.valueOf(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        long scale = fracDigits - exponent;
        if (parseBigDecimal) {
            BigDecimal bd = new BigDecimal(new BigInteger(digits.toString()), (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, scale)));
            if (negative) bd = bd.negate();
            if (multiplier != 1) bd = bd.divide(BigDecimal.valueOf(multiplier), java.math.MathContext.DECIMAL128);
            return bd;
        }
        // strip leading/trailing zeros to decide integrality
        String ds = digits.toString();
        int a = 0;
        while (a < ds.length() && ds.charAt(a) == '0') a++;
        int b = ds.length();
        while (b > a && ds.charAt(b - 1) == '0') {
            b--;
            scale--;
        }
        String sig = ds.substring(a, b);
        if (sig.isEmpty()) {
            if (negative) return Double.valueOf(-0.0);
            return Long.valueOf(0);
        }
        boolean gotDouble = true;
        long longResult = 0;
        double doubleResult = 0;
        if (scale <= 0 && sig.length() - scale <= 19) {
            BigInteger bi = new BigInteger(sig).multiply(BigInteger.TEN.pow((int) -scale));
            if (negative) bi = bi.negate();
            if (bi.bitLength() <= 63) {
                longResult = bi.longValue();
                gotDouble = false;
            }
        }
        if (gotDouble) {
            doubleResult = Double.parseDouble((negative ? "-" : "") + sig + "E" + (-scale));
        }
        if (multiplier != 1) {
            if (gotDouble) {
                doubleResult /= multiplier;
            } else if (longResult % multiplier == 0) {
                longResult /= multiplier;
            } else {
                doubleResult = ((double) longResult) / multiplier;
                gotDouble = true;
            }
        }
        return gotDouble ? (Number) Double.valueOf(doubleResult) : (Number) Long.valueOf(longResult);
    }
}
