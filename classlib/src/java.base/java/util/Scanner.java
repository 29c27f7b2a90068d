package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text scanner over a String or an InputStream (UTF-8), Locale-neutral (en: ',' groups, '.' decimals).
 * Delimiters and the pattern arguments of hasNext/next/skip/find are java.util.regex patterns.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final String WHITESPACE = "\\p{javaWhitespace}+";

    private String text;
    private int pos;
    private boolean sourceClosed;
    private InputStream in;
    private boolean closed;
    private static final Pattern WHITESPACE_PATTERN = Pattern.compile(WHITESPACE);
    private Pattern delim = WHITESPACE_PATTERN;
    private int radix = 10;
    private Locale locale = Locale.getDefault();
    private IOException lastException;
    // UTF-8 bytes of an incomplete sequence carried between reads
    private byte[] pending = new byte[0];

    // the token found by findToken
    private int tokStart, tokEnd;

    public Scanner(String source) {
        text = source;
        sourceClosed = true;
    }

    public Scanner(InputStream source) {
        in = Objects.requireNonNull(source, "source");
        text = "";
    }

    public Scanner(InputStream source, String charsetName) {
        this(source);
    }

    public Scanner(InputStream source, java.nio.charset.Charset charset) {
        this(source);
        Objects.requireNonNull(charset, "charset");
    }

    public Scanner(java.io.File source) throws java.io.FileNotFoundException {
        this(new java.io.FileInputStream(source));
    }

    public Scanner(java.io.File source, String charsetName) throws java.io.FileNotFoundException {
        this(new java.io.FileInputStream(source));
    }

    public Scanner(java.io.File source, java.nio.charset.Charset charset) throws IOException {
        this(new java.io.FileInputStream(source));
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("Scanner closed");
    }

    /** Reads more input; marks the source closed at end of stream. */
    private void readMore() {
        if (pos > 8192) {
            text = text.substring(pos);
            pos = 0;
        }
        byte[] buf = new byte[1024];
        int n;
        try {
            n = in.read(buf, 0, buf.length);
        } catch (IOException e) {
            lastException = e;
            n = -1;
        }
        if (n < 0) {
            sourceClosed = true;
            if (pending.length > 0) {
                text = text + "\uFFFD";
                pending = new byte[0];
            }
            return;
        }
        byte[] all = new byte[pending.length + n];
        System.arraycopy(pending, 0, all, 0, pending.length);
        System.arraycopy(buf, 0, all, pending.length, n);
        StringBuilder sb = new StringBuilder(text);
        int i = 0;
        while (i < all.length) {
            int b = all[i] & 0xff;
            int need = b < 0x80 ? 0 : b >= 0xF0 && b < 0xF8 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
            if (need < 0) {
                sb.append('\uFFFD');
                i++;
                continue;
            }
            if (need > 0 && i + need >= all.length) break;
            int cp = need == 0 ? b : b & (0x3F >> need);
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int c = all[i + k] & 0xff;
                if ((c & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (!ok) {
                sb.append('\uFFFD');
                i++;
                continue;
            }
            if (cp >= 0x10000) {
                cp -= 0x10000;
                sb.append((char) (0xD800 + (cp >> 10))).append((char) (0xDC00 + (cp & 0x3FF)));
            } else {
                sb.append((char) cp);
            }
            i += need + 1;
        }
        pending = new byte[all.length - i];
        System.arraycopy(all, i, pending, 0, pending.length);
        text = sb.toString();
    }

    /**
     * Skips delimiters at pos (moving pos when consume) and finds the next complete token into tokStart/tokEnd.
     * Returns false when no token remains.
     */
    private boolean findToken(boolean consume) {
        ensureOpen();
        while (true) {
            int s = pos;
            int e = lookingAt(delim, s);
            if (e >= 0 && e == text.length() && !sourceClosed) {
                readMore();
                continue;
            }
            if (e > s) s = e;
            if (consume) pos = s;
            if (s >= text.length()) {
                if (sourceClosed) return false;
                readMore();
                continue;
            }
            int[] f = find(delim, s, text.length());
            while (f != null && f[1] == f[0] && f[0] == s) f = f[0] < text.length() ? find(delim, s + 1, text.length()) : null;
            if (f != null) {
                if (f[1] == text.length() && !sourceClosed) {
                    readMore();
                    continue;
                }
                tokStart = s;
                tokEnd = f[0];
                return true;
            }
            if (!sourceClosed) {
                readMore();
                continue;
            }
            tokStart = s;
            tokEnd = text.length();
            return true;
        }
    }

    /** End of a match of p starting exactly at from (looking beyond nothing), or -1. */
    private int lookingAt(Pattern p, int from) {
        Matcher m = p.matcher(text);
        m.region(from, text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m.end() : -1;
    }

    /** {start, end} of the first match of p in [from, limit), or null. */
    private int[] find(Pattern p, int from, int limit) {
        Matcher m = p.matcher(text);
        m.region(from, limit);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private String token() {
        return text.substring(tokStart, tokEnd);
    }

    private RuntimeException throwFor() {
        if (sourceClosed && pos == text.length()) return new NoSuchElementException();
        return new InputMismatchException();
    }

    public boolean hasNext() {
        return findToken(false);
    }

    public String next() {
        if (!findToken(true)) throw new NoSuchElementException();
        pos = tokEnd;
        return token();
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        Objects.requireNonNull(pattern);
        return findToken(false) && pattern.matcher(token()).matches();
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public String next(Pattern pattern) {
        Objects.requireNonNull(pattern);
        if (!findToken(true)) throw new NoSuchElementException();
        String t = token();
        if (!pattern.matcher(t).matches()) throw throwFor();
        pos = tokEnd;
        return t;
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    // ---- lines ----

    /** End of the line starting at pos (index of its terminator) or -1 if more input is needed. */
    private int lineEnd() {
        while (true) {
            for (int i = pos; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') return i;
                if (c == '\r') {
                    if (i + 1 == text.length() && !sourceClosed) break;
                    return i;
                }
            }
            if (sourceClosed) return text.length();
            readMore();
        }
    }

    public boolean hasNextLine() {
        ensureOpen();
        int e = lineEnd();
        return e > pos || e < text.length();
    }

    public String nextLine() {
        ensureOpen();
        int e = lineEnd();
        if (e == pos && e >= text.length()) throw new NoSuchElementException("No line found");
        String line = text.substring(pos, e);
        if (e < text.length()) {
            e += text.charAt(e) == '\r' && e + 1 < text.length() && text.charAt(e + 1) == '\n' ? 2 : 1;
        }
        pos = e;
        return line;
    }

    /** The next match of pattern before the next line separator (delimiters ignored), or null. */
    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    public String findInLine(Pattern r) {
        ensureOpen();
        Objects.requireNonNull(r);
        int end;
        while (true) {
            int e = -1;
            for (int i = pos; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                    e = i;
                    break;
                }
            }
            if (e >= 0) {
                end = e;
                break;
            }
            if (sourceClosed) {
                end = text.length();
                break;
            }
            readMore();
        }
        if (end == pos) return null;
        return findIn(r, end);
    }

    /** The next match of pattern within horizon characters (0: no limit), delimiters ignored, or null. */
    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern r, int horizon) {
        ensureOpen();
        Objects.requireNonNull(r);
        if (horizon < 0) throw new IllegalArgumentException("horizon < 0");
        while (!sourceClosed && (horizon == 0 || text.length() - pos < horizon)) readMore();
        int limit = horizon == 0 ? text.length() : Math.min(text.length(), pos + horizon);
        return findIn(r, limit);
    }

    private String findIn(Pattern r, int limit) {
        int[] m = find(r, pos, limit);
        if (m == null) return null;
        pos = m[1];
        return text.substring(m[0], m[1]);
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    public Scanner skip(Pattern r) {
        ensureOpen();
        Objects.requireNonNull(r);
        while (true) {
            int e = lookingAt(r, pos);
            if (e >= 0 && (e < text.length() || sourceClosed)) {
                pos = e;
                return this;
            }
            if (sourceClosed) throw new NoSuchElementException();
            readMore();
        }
    }

    // ---- numbers ----

    private static boolean isDigit(char c, int radix) {
        return Character.digit(c, radix) >= 0;
    }

    /** [-+]? (digits | d{1,3}(,ddd)+) for the radix. */
    private static boolean integerLike(String t, int radix) {
        int i = 0, n = t.length();
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) i++;
        return numeral(t, i, n, radix) == n && n > i;
    }

    /** End of a (possibly grouped) numeral starting at i, or i if none. */
    private static int numeral(String t, int i, int n, int radix) {
        int j = i;
        while (j < n && isDigit(t.charAt(j), radix)) j++;
        if (j == i) return i;
        if (j < n && t.charAt(j) == ',' && j - i <= 3 && t.charAt(i) != '0') {
            int k = j;
            while (k + 3 < n + 0 && t.charAt(k) == ',' && isDigit(t.charAt(k + 1), radix) && isDigit(t.charAt(k + 2), radix)
                    && isDigit(t.charAt(k + 3), radix)) {
                k += 4;
                if (k < n && isDigit(t.charAt(k), radix)) return i; // group too long: not a numeral
            }
            if (k == j) return j;
            return k;
        }
        return j;
    }

    private static boolean decimalLike(String t) {
        return decimalLike(t, true);
    }

    /** HotSpot's float pattern (nonNumbers: NaN, Infinity) or, without them, its decimal pattern (BigDecimal). */
    private static boolean decimalLike(String t, boolean nonNumbers) {
        int i = 0, n = t.length();
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) i++;
        String rest = t.substring(i);
        if (nonNumbers && (rest.equals("NaN") || rest.equals("Infinity"))) return true;
        int j = numeral(t, i, n, 10);
        boolean digits = j > i;
        if (j < n && t.charAt(j) == '.') {
            int k = j + 1;
            while (k < n && isDigit(t.charAt(k), 10)) k++;
            if (!digits && k == j + 1) return false;
            digits = true;
            j = k;
        }
        if (!digits) return false;
        if (j < n && (t.charAt(j) == 'e' || t.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (t.charAt(k) == '-' || t.charAt(k) == '+')) k++;
            int d = k;
            while (k < n && isDigit(t.charAt(k), 10)) k++;
            if (k == d) return false;
            j = k;
        }
        return j == n;
    }

    private static String ungroup(String t) {
        return t.indexOf(',') < 0 ? t : t.replace(",", "");
    }

    /** The next token if it looks like an integer in radix (consuming delimiters), else throws. */
    private String integerToken(int radix) {
        if (!findToken(true)) throw new NoSuchElementException();
        String t = token();
        if (!integerLike(t, radix)) throw throwFor();
        return ungroup(t);
    }

    public boolean hasNextInt() {
        return hasNextInt(radix);
    }

    public boolean hasNextInt(int radix) {
        if (!findToken(false) || !integerLike(token(), radix)) return false;
        try {
            Integer.parseInt(ungroup(token()), radix);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public int nextInt() {
        return nextInt(radix);
    }

    public int nextInt(int radix) {
        String t = integerToken(radix);
        try {
            int v = Integer.parseInt(t, radix);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextLong() {
        if (!findToken(false) || !integerLike(token(), radix)) return false;
        try {
            Long.parseLong(ungroup(token()), radix);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public long nextLong() {
        return nextLong(radix);
    }

    public long nextLong(int radix) {
        String t = integerToken(radix);
        try {
            long v = Long.parseLong(t, radix);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public short nextShort() {
        return nextShort(radix);
    }

    public short nextShort(int radix) {
        String t = integerToken(radix);
        try {
            short v = (short) ranged(t, radix, Short.MIN_VALUE, Short.MAX_VALUE);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public byte nextByte() {
        return nextByte(radix);
    }

    public byte nextByte(int radix) {
        String t = integerToken(radix);
        try {
            byte v = (byte) ranged(t, radix, Byte.MIN_VALUE, Byte.MAX_VALUE);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    /** Byte.parseByte / Short.parseShort with a radix, and their messages. */
    private static int ranged(String t, int radix, int min, int max) {
        int v = Integer.parseInt(t, radix);
        if (v < min || v > max) {
            throw new NumberFormatException("Value out of range. Value:\"" + t + "\" Radix:" + radix);
        }
        return v;
    }

    public boolean hasNextLong(int radix) {
        if (!findToken(false) || !integerLike(token(), radix)) return false;
        try {
            Long.parseLong(ungroup(token()), radix);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean hasRanged(int radix, int min, int max) {
        if (!findToken(false) || !integerLike(token(), radix)) return false;
        try {
            ranged(ungroup(token()), radix, min, max);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public boolean hasNextShort() {
        return hasRanged(radix, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public boolean hasNextShort(int radix) {
        return hasRanged(radix, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public boolean hasNextByte() {
        return hasRanged(radix, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public boolean hasNextByte(int radix) {
        return hasRanged(radix, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public boolean hasNextFloat() {
        return hasNextDouble();
    }

    public boolean hasNextBigInteger() {
        return hasNextBigInteger(radix);
    }

    public boolean hasNextBigInteger(int radix) {
        if (!findToken(false) || !integerLike(token(), radix)) return false;
        try {
            new java.math.BigInteger(ungroup(token()), radix);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public java.math.BigInteger nextBigInteger() {
        return nextBigInteger(radix);
    }

    public java.math.BigInteger nextBigInteger(int radix) {
        String t = integerToken(radix);
        try {
            java.math.BigInteger v = new java.math.BigInteger(t, radix);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextBigDecimal() {
        if (!findToken(false) || !decimalLike(token(), false)) return false;
        try {
            new java.math.BigDecimal(ungroup(token()));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public java.math.BigDecimal nextBigDecimal() {
        if (!findToken(true)) throw new NoSuchElementException();
        String t = token();
        if (!decimalLike(t, false)) throw throwFor();
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(ungroup(t));
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextDouble() {
        return findToken(false) && decimalLike(token());
    }

    public double nextDouble() {
        if (!findToken(true)) throw new NoSuchElementException();
        String t = token();
        if (!decimalLike(t)) throw throwFor();
        try {
            double v = Double.parseDouble(ungroup(t));
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public float nextFloat() {
        return (float) nextDouble();
    }

    public boolean hasNextBoolean() {
        return findToken(false) && (token().equalsIgnoreCase("true") || token().equalsIgnoreCase("false"));
    }

    public boolean nextBoolean() {
        if (!findToken(true)) throw new NoSuchElementException();
        String t = token();
        if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) throw throwFor();
        pos = tokEnd;
        return t.equalsIgnoreCase("true");
    }

    // ---- configuration ----

    public Scanner useDelimiter(String pattern) {
        delim = Pattern.compile(pattern);
        return this;
    }

    public Scanner useDelimiter(Pattern pattern) {
        delim = Objects.requireNonNull(pattern);
        return this;
    }

    public Pattern delimiter() {
        return delim;
    }

    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        this.radix = radix;
        return this;
    }

    public int radix() {
        return radix;
    }

    public Scanner useLocale(Locale l) {
        locale = Objects.requireNonNull(l);
        return this;
    }

    public Locale locale() {
        return locale;
    }

    public Scanner reset() {
        delim = WHITESPACE_PATTERN;
        radix = 10;
        locale = Locale.getDefault();
        return this;
    }

    public IOException ioException() {
        return lastException;
    }

    public java.util.stream.Stream<String> tokens() {
        ensureOpen();
        return java.util.stream.StreamSupport.ofIterator(this);
    }

    public void close() {
        if (closed) return;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                lastException = e;
            }
        }
        sourceClosed = true;
        closed = true;
    }
}
