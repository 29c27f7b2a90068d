package java.lang;

/** UTF-16 string; the VM builds literals directly into `value`. */
public final class String implements CharSequence, Comparable<String> {
    private final char[] value;
    private int hash;

    public String() {
        value = new char[0];
    }

    public String(char[] chars) {
        this(chars, 0, chars.length);
    }

    public String(char[] chars, int offset, int count) {
        if (offset < 0 || count < 0 || offset > chars.length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + chars.length);
        }
        value = new char[count];
        System.arraycopy(chars, offset, value, 0, count);
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    public String(StringBuilder sb) {
        this(sb.valueArray(), 0, sb.length());
    }

    // --- io: bytes <-> chars through java.nio.charset (decoding replaces malformed input with U+FFFD) ---
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, java.nio.charset.StandardCharsets.UTF_8);
    }

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

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, mote.charset.Codec.forEncoding(java.util.Objects.requireNonNull(charsetName)));
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, offset, length, mote.charset.Codec.forEncoding(java.util.Objects.requireNonNull(charsetName)));
    }

    public byte[] getBytes() {
        return mote.charset.Codec.utf8(value, 0, value.length, 0);
    }

    public byte[] getBytes(java.nio.charset.Charset charset) {
        java.util.Objects.requireNonNull(charset);
        return mote.charset.Codec.encode(charset, value, 0, value.length);
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        return getBytes(mote.charset.Codec.forEncoding(java.util.Objects.requireNonNull(charsetName)));
    }
    // --- end io ---

    /** Takes ownership of `chars` (package-private fast path). */
    String(char[] chars, boolean share) {
        value = chars;
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public boolean isBlank() {
        for (char c : value) {
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        return charAt(index);
    }

    public char[] toCharArray() {
        char[] r = new char[value.length];
        System.arraycopy(value, 0, r, 0, value.length);
        return r;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof String)) return false;
        char[] a = value;
        char[] b = ((String) other).value;
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    public boolean equalsIgnoreCase(String other) {
        if (other == null || other.value.length != value.length) return false;
        for (int i = 0; i < value.length; i++) {
            char a = value[i], b = other.value[i];
            if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
        }
        return true;
    }

    public boolean contentEquals(CharSequence cs) {
        return toString().equals(cs.toString()) || equals(cs.toString());
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (char c : value) h = 31 * h + c;
            hash = h;
        }
        return h;
    }

    public int compareTo(String other) {
        char[] a = value, b = other.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) return a[i] - b[i];
        }
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String other) {
        return toLowerCase().compareTo(other.toLowerCase());
    }

    public String substring(int begin) {
        return substring(begin, value.length);
    }

    public String substring(int begin, int end) {
        if (begin < 0 || begin > end || end > value.length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + value.length);
        }
        if (begin == 0 && end == value.length) return this;
        char[] r = new char[end - begin];
        System.arraycopy(value, begin, r, 0, end - begin);
        return new String(r, true);
    }

    public CharSequence subSequence(int begin, int end) {
        return substring(begin, end);
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int from) {
        if (from < 0) from = 0;
        for (int i = from; i < value.length; i++) {
            if (value[i] == ch) return i;
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int from) {
        for (int i = Math.min(from, value.length - 1); i >= 0; i--) {
            if (value[i] == ch) return i;
        }
        return -1;
    }

    public int indexOf(String s) {
        return indexOf(s, 0);
    }

    public int indexOf(String s, int from) {
        char[] p = s.value;
        if (from < 0) from = 0;
        outer:
        for (int i = from; i <= value.length - p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (value[i + j] != p[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    public int lastIndexOf(String s) {
        char[] p = s.value;
        outer:
        for (int i = value.length - p.length; i >= 0; i--) {
            for (int j = 0; j < p.length; j++) {
                if (value[i + j] != p[j]) continue outer;
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

    public boolean startsWith(String prefix, int offset) {
        char[] p = prefix.value;
        if (offset < 0 || offset > value.length - p.length) return false;
        for (int i = 0; i < p.length; i++) {
            if (value[offset + i] != p[i]) return false;
        }
        return true;
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public String concat(String s) {
        if (s.value.length == 0) return this;
        char[] r = new char[value.length + s.value.length];
        System.arraycopy(value, 0, r, 0, value.length);
        System.arraycopy(s.value, 0, r, value.length, s.value.length);
        return new String(r, true);
    }

    public String replace(char from, char to) {
        if (indexOf(from) < 0) return this;
        char[] r = toCharArray();
        for (int i = 0; i < r.length; i++) {
            if (r[i] == from) r[i] = to;
        }
        return new String(r, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString(), rep = replacement.toString();
        StringBuilder sb = new StringBuilder();
        if (t.isEmpty()) {
            for (char c : value) sb.append(rep).append(c);
            return sb.append(rep).toString();
        }
        int i = 0, j;
        while ((j = indexOf(t, i)) >= 0) {
            sb.append(this, i, j).append(rep);
            i = j + t.length();
        }
        return sb.append(this, i, value.length).toString();
    }

    public String toUpperCase() {
        char[] r = toCharArray();
        for (int i = 0; i < r.length; i++) r[i] = Character.toUpperCase(r[i]);
        return new String(r, true);
    }

    public String toLowerCase() {
        char[] r = toCharArray();
        for (int i = 0; i < r.length; i++) r[i] = Character.toLowerCase(r[i]);
        return new String(r, true);
    }

    public String trim() {
        int b = 0, e = value.length;
        while (b < e && value[b] <= ' ') b++;
        while (e > b && value[e - 1] <= ' ') e--;
        return substring(b, e);
    }

    public String strip() {
        int b = 0, e = value.length;
        while (b < e && Character.isWhitespace(value[b])) b++;
        while (e > b && Character.isWhitespace(value[e - 1])) e--;
        return substring(b, e);
    }

    public String repeat(int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        StringBuilder sb = new StringBuilder();
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
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
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

    public static String valueOf(Object o) {
        return o == null ? "null" : o.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
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

    char[] valueArray() {
        return value;
    }

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
