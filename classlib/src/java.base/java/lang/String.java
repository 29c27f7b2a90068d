package java.lang;

import java.util.Comparator;

/** UTF-16 string; the VM builds literals directly into `value`. */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            char[] v1 = s1.value;
            char[] v2 = s2.value;
            int d = compareCI(v1, 0, v1.length, v2, 0, v2.length, !isLatin1(v1) && !isLatin1(v2));
            return d != 0 ? d : v1.length - v2.length;
        }
    }

    /** HotSpot stores such strings compactly; its case-insensitive paths differ by representation. */
    private static boolean isLatin1(char[] v) {
        for (char c : v) {
            if (c > 0xFF) return false;
        }
        return true;
    }

    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /**
     * Case-insensitive comparison of a[ao..aEnd) with b[bo..bEnd): 0 if equal up to the shorter one, else the
     * difference of the first differing case-folded chars. When both strings are non-Latin-1
     * (`supplementary`), a differing surrogate is joined with its partner inside its region first, as
     * HotSpot's UTF-16 path does.
     */
    static int compareCI(char[] a, int ao, int aEnd, char[] b, int bo, int bEnd, boolean supplementary) {
        for (int k1 = ao, k2 = bo; k1 < aEnd && k2 < bEnd; k1++, k2++) {
            char c1 = a[k1], c2 = b[k2];
            if (c1 == c2) continue;
            int f1 = fold(c1), f2 = fold(c2);
            if (f1 == f2) continue;
            if (!supplementary) return f1 - f2;
            int cp1 = c1, cp2 = c2;
            if (Character.isHighSurrogate(c1) && k1 + 1 < aEnd && Character.isLowSurrogate(a[k1 + 1])) {
                cp1 = Character.toCodePoint(c1, a[++k1]);
            } else if (Character.isLowSurrogate(c1) && k1 - 1 >= ao && Character.isHighSurrogate(a[k1 - 1])) {
                cp1 = Character.toCodePoint(a[k1 - 1], c1);
            }
            if (Character.isHighSurrogate(c2) && k2 + 1 < bEnd && Character.isLowSurrogate(b[k2 + 1])) {
                cp2 = Character.toCodePoint(c2, b[++k2]);
            } else if (Character.isLowSurrogate(c2) && k2 - 1 >= bo && Character.isHighSurrogate(b[k2 - 1])) {
                cp2 = Character.toCodePoint(b[k2 - 1], c2);
            }
            int d = fold(cp1) - fold(cp2);
            if (d != 0) return d;
        }
        return 0;
    }

    public String() {
        value = new char[0];
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkOffsetCount(offset, count, value.length);
        this.value = new char[count];
        System.arraycopy(value, offset, this.value, 0, count);
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    public String(StringBuilder builder) {
        this(builder.valueArray(), 0, builder.length());
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(int[] codePoints, int offset, int count) {
        checkOffsetCount(offset, count, codePoints.length);
        int n = count;
        for (int i = offset; i < offset + count; i++) {
            int c = codePoints[i];
            if (Character.isBmpCodePoint(c)) continue;
            if (Character.isValidCodePoint(c)) n++;
            else throw new IllegalArgumentException(Integer.toString(c));
        }
        char[] v = new char[n];
        for (int i = offset, j = 0; i < offset + count; i++) j += Character.toChars(codePoints[i], v, j);
        value = v;
    }

    @Deprecated
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkOffsetCount(offset, count, ascii.length);
        char[] v = new char[count];
        inflate(ascii, offset, v, count, (hibyte & 0xff) << 8);
        value = v;
    }

    @Deprecated
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) throw new NullPointerException();
        checkOffsetCount(offset, length, bytes.length);
        value = mote.charset.Codec.decodeAll(mote.charset.Codec.idForEncoding(charsetName), bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length) {
        checkOffsetCount(offset, length, bytes.length);
        value = mote.charset.Codec.decodeAll(mote.charset.Codec.UTF_8, bytes, offset, length);
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Takes ownership of `chars` (package-private fast path). */
    String(char[] chars, boolean share) {
        value = chars;
    }

    static void checkOffsetCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
        }
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public boolean isBlank() {
        return indexOfNonWhitespace() == value.length;
    }

    private int indexOfNonWhitespace() {
        int i = 0;
        while (i < value.length) {
            int c = codePointAt(i);
            if (!Character.isWhitespace(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    private int lastIndexOfNonWhitespace() {
        int i = value.length;
        while (i > 0) {
            int c = codePointBefore(i);
            if (!Character.isWhitespace(c)) break;
            i -= Character.charCount(c);
        }
        return i;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            // HotSpot's message depends on its compact (Latin-1) or UTF-16 representation
            throw new StringIndexOutOfBoundsException(isLatin1(value) ? "String index out of range: " + index
                : "index " + index + ", length " + value.length);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
        }
        return Character.codePointAt(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) throw new IndexOutOfBoundsException();
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) throw new IndexOutOfBoundsException();
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public char[] toCharArray() {
        char[] r = new char[value.length];
        System.arraycopy(value, 0, r, 0, value.length);
        return r;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    @Deprecated
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        latin1Bytes(value, srcBegin, srcEnd, dst, dstBegin);
    }

    // ---- interp: Latin-1 loops the VM runs as intrinsics (jvm/src/natives.rs
    // `intrinsic`); their callers have checked every bound, so they cannot throw.

    /** dst[at + k] = (byte) src[from + k] for k in [0, to - from). */
    private static void latin1Bytes(char[] src, int from, int to, byte[] dst, int at) {
        for (int i = from; i < to; i++) dst[at++] = (byte) src[i];
    }

    /** 31-polynomial hash of v (String.hashCode's value). */
    private static int hash0(char[] v) {
        int h = 0;
        for (char c : v) h = 31 * h + c;
        return h;
    }

    /** The first i >= from with v[i] == ch, or -1 (from >= 0). */
    private static int indexOf0(char[] v, int ch, int from) {
        for (int i = from; i < v.length; i++) {
            if (v[i] == ch) return i;
        }
        return -1;
    }

    /** The last i <= from with v[i] == ch, or -1 (from < v.length). */
    private static int lastIndexOf0(char[] v, int ch, int from) {
        for (int i = from; i >= 0; i--) {
            if (v[i] == ch) return i;
        }
        return -1;
    }

    /** Whether a and b (of equal length) hold the same chars. */
    private static boolean equals0(char[] a, char[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    /** dst[k] = (char) (hi | (src[off + k] & 0xff)) for k in [0, n). */
    private static void inflate(byte[] src, int off, char[] dst, int n, int hi) {
        for (int i = 0; i < n; i++) dst[i] = (char) (hi | (src[off + i] & 0xff));
    }

    public boolean equals(Object anObject) {
        if (this == anObject) return true;
        if (!(anObject instanceof String)) return false;
        char[] a = value;
        char[] b = ((String) anObject).value;
        if (a.length != b.length) return false;
        return equals0(a, b);
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString
            || (anotherString != null && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length));
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        int n = cs.length();
        if (n != value.length) return false;
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) return false;
        }
        return true;
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = hash0(value);
            hash = h;
        }
        return h;
    }

    public int compareTo(String anotherString) {
        char[] b = anotherString.value, a = value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) return a[i] - b[i];
        }
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        char[] ov = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len || ooffset > (long) ov.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (value[toffset + i] != ov[ooffset + i]) return false;
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) return regionMatches(toffset, other, ooffset, len);
        other.length();
        char[] ov = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len || ooffset > (long) ov.length - len) {
            return false;
        }
        if (len <= 0) return true;
        return compareCI(value, toffset, toffset + len, ov, ooffset, ooffset + len, !isLatin1(value) && !isLatin1(ov)) == 0;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) return this;
        // HotSpot 17 returns the "" literal for an empty range (StringLatin1.newString).
        if (beginIndex == endIndex) return "";
        char[] r = new char[endIndex - beginIndex];
        System.arraycopy(value, beginIndex, r, 0, endIndex - beginIndex);
        return new String(r, true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        if (fromIndex < 0) fromIndex = 0;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) return indexOf0(value, ch, fromIndex);
        if (!Character.isValidCodePoint(ch)) return -1;
        char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
        for (int i = fromIndex; i < value.length - 1; i++) {
            if (value[i] == hi && value[i + 1] == lo) return i;
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) return lastIndexOf0(value, ch, Math.min(fromIndex, value.length - 1));
        if (!Character.isValidCodePoint(ch)) return -1;
        char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, value.length - 2); i >= 0; i--) {
            if (value[i] == hi && value[i + 1] == lo) return i;
        }
        return -1;
    }

    /** Always UTF16 here; exists so null arguments fail with HotSpot's NullPointerException text. */
    byte coder() {
        return 1;
    }

    public int indexOf(String str) {
        str.coder();
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str, fromIndex);
    }

    static int indexOf(char[] src, int srcLen, String tgtStr, int from) {
        char[] p = tgtStr.value;
        if (from < 0) from = 0;
        if (from >= srcLen) return p.length == 0 ? srcLen : -1;
        if (p.length == 0) return from;
        char first = p[0];
        int max = srcLen - p.length;
        outer:
        for (int i = from; i <= max; i++) {
            if (src[i] != first) continue;
            for (int j = 1; j < p.length; j++) {
                if (src[i + j] != p[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str, fromIndex);
    }

    static int lastIndexOf(char[] src, int srcLen, String tgtStr, int from) {
        char[] p = tgtStr.value;
        int right = srcLen - p.length;
        if (from > right) from = right;
        if (from < 0) return -1;
        if (p.length == 0) return from;
        outer:
        for (int i = from; i >= 0; i--) {
            for (int j = 0; j < p.length; j++) {
                if (src[i + j] != p[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean startsWith(String prefix, int toffset) {
        prefix.length();
        char[] p = prefix.value;
        if (toffset < 0 || toffset > value.length - p.length) return false;
        for (int i = 0; i < p.length; i++) {
            if (value[toffset + i] != p[i]) return false;
        }
        return true;
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.length());
    }

    public String concat(String str) {
        if (str.isEmpty()) return this;
        char[] r = new char[value.length + str.value.length];
        System.arraycopy(value, 0, r, 0, value.length);
        System.arraycopy(str.value, 0, r, value.length, str.value.length);
        return new String(r, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar || indexOf(oldChar) < 0) return this;
        char[] r = toCharArray();
        for (int i = 0; i < r.length; i++) {
            if (r[i] == oldChar) r[i] = newChar;
        }
        return new String(r, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString(), rep = replacement.toString();
        if (t.isEmpty()) {
            StringBuilder sb = new StringBuilder(value.length + (value.length + 1) * rep.length());
            for (char c : value) sb.append(rep).append(c);
            return sb.append(rep).toString();
        }
        int j = indexOf(t, 0);
        if (j < 0) return this;
        StringBuilder sb = new StringBuilder(value.length);
        int i = 0;
        do {
            sb.append(this, i, j).append(rep);
            i = j + t.length();
        } while ((j = indexOf(t, i)) >= 0);
        return sb.append(this, i, value.length).toString();
    }

    /**
     * Locale-sensitive case mapping. Only the root rules exist: Turkish,
     * Azeri and Lithuanian special cases (dotted/dotless i) are not applied.
     */
    public String toUpperCase(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale);
        return toUpperCase();
    }

    public String toLowerCase(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale);
        return toLowerCase();
    }

    public String toUpperCase() {
        return StringCoding.toUpperCase(this, value);
    }

    public String toLowerCase() {
        return StringCoding.toLowerCase(this, value);
    }

    public String trim() {
        int b = 0, e = value.length;
        while (b < e && value[b] <= ' ') b++;
        while (e > b && value[e - 1] <= ' ') e--;
        return substring(b, e);
    }

    public String strip() {
        int b = indexOfNonWhitespace();
        if (b == value.length) return "";
        return substring(b, lastIndexOfNonWhitespace());
    }

    public String stripLeading() {
        return substring(indexOfNonWhitespace());
    }

    public String stripTrailing() {
        return substring(0, lastIndexOfNonWhitespace());
    }

    public String repeat(int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        if (count == 1 || value.length == 0) return this;
        if ((long) value.length * count > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        StringBuilder sb = new StringBuilder(value.length * count);
        for (int i = 0; i < count; i++) sb.append(this);
        return sb.toString();
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        int ch = Regex.fastChar(regex);
        if (ch >= 0) return Regex.split(this, (char) ch, limit);
        return java.util.regex.Pattern.compile(regex).split(this, limit);
    }

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        delimiter.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) throw new NullPointerException();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence e : elements) {
            if (!first) sb.append(delimiter);
            sb.append(e);
            first = false;
        }
        return sb.toString();
    }

    public String toString() {
        return this;
    }

    public native String intern();

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String format(String format, Object... args) {
        return FormatSupport.format(format, args);
    }

    public static String format(java.util.Locale l, String format, Object... args) {
        return FormatSupport.format(l, format, args);
    }

    public String formatted(Object... args) {
        return FormatSupport.format(this, args);
    }

    public byte[] getBytes() {
        return mote.charset.Codec.utf8(value, 0, value.length, 0);
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) throw new NullPointerException();
        return mote.charset.Codec.encodeAll(mote.charset.Codec.idForEncoding(charsetName), value, 0, value.length);
    }

    char[] valueArray() {
        return value;
    }

    // ---- lang helper: Java 11-17 additions (indent, stripIndent, translateEscapes, transform) ----

    public String indent(int n) {
        if (isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        int i = 0, len = value.length;
        while (i < len) {
            int e = i;
            while (e < len && value[e] != '\n' && value[e] != '\r') e++;
            String line = substring(i, e);
            if (n > 0) {
                for (int k = 0; k < n; k++) sb.append(' ');
                sb.append(line);
            } else if (n < 0) {
                int w = 0;
                while (w < line.length() && w < -n && Character.isWhitespace(line.charAt(w))) w++;
                sb.append(line, w, line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
            if (e < len && value[e] == '\r' && e + 1 < len && value[e + 1] == '\n') e++;
            i = e + 1;
        }
        return sb.toString();
    }

    public String stripIndent() {
        int len = value.length;
        if (len == 0) return "";
        char last = value[len - 1];
        boolean optOut = last == '\n' || last == '\r';
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        int i = 0;
        while (i <= len) {
            int e = i;
            while (e < len && value[e] != '\n' && value[e] != '\r') e++;
            lines.add(substring(i, e));
            if (e >= len) break;
            if (value[e] == '\r' && e + 1 < len && value[e + 1] == '\n') e++;
            i = e + 1;
            if (i == len) {
                lines.add("");
                break;
            }
        }
        int outdent = optOut ? 0 : Integer.MAX_VALUE;
        if (!optOut) {
            for (int k = 0; k < lines.size(); k++) {
                String l = lines.get(k);
                int ws = l.indexOfNonWhitespace();
                if (ws != l.length() || k == lines.size() - 1) outdent = Math.min(outdent, ws);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            int ws = l.indexOfNonWhitespace();
            if (ws == l.length()) {
                l = "";
            } else {
                l = l.substring(Math.min(outdent, ws), l.lastIndexOfNonWhitespace());
            }
            if (k > 0) sb.append('\n');
            sb.append(l);
        }
        return sb.toString();
    }

    public String translateEscapes() {
        char[] v = value;
        int len = v.length;
        StringBuilder sb = new StringBuilder(len);
        int i = 0;
        while (i < len) {
            char c = v[i++];
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            c = i < len ? v[i++] : '\0';
            switch (c) {
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 's': sb.append(' '); break;
                case 't': sb.append('\t'); break;
                case '\'': case '"': case '\\': sb.append(c); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int limit = Math.min(i + (c <= '3' ? 2 : 1), len);
                    int code = c - '0';
                    while (i < limit && v[i] >= '0' && v[i] <= '7') code = code * 8 + (v[i++] - '0');
                    sb.append((char) code);
                    break;
                }
                case '\n':
                    break;
                case '\r':
                    if (i < len && v[i] == '\n') i++;
                    break;
                default:
                    throw new IllegalArgumentException("Invalid escape sequence: \\" + c + " \\\\u"
                        + hex4(c));
            }
        }
        return sb.toString();
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase();
        while (h.length() < 4) h = "0" + h;
        return h;
    }

    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    // --- io: java.nio.charset.Charset overloads (decoding replaces malformed input with U+FFFD) ---
    public String(byte[] bytes, java.nio.charset.Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        java.util.Objects.requireNonNull(charset);
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + length + ", length " + bytes.length);
        }
        value = mote.charset.Codec.decode(charset, bytes, offset, length);
    }

    public byte[] getBytes(java.nio.charset.Charset charset) {
        java.util.Objects.requireNonNull(charset);
        return mote.charset.Codec.encode(charset, value, 0, value.length);
    }
    // --- end io ---

    // ---- streams (area: stream helper; chars() and codePoints() come from CharSequence) ----

    public java.util.stream.Stream<String> lines() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int n = length(), start = 0;
        for (int i = 0; i < n; i++) {
            char c = charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(substring(start, i));
                if (c == '\r' && i + 1 < n && charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(substring(start, n));
        return out.stream();
    }
}
