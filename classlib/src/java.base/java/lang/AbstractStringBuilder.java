package java.lang;

/** Shared implementation of StringBuilder and StringBuffer (a growable UTF-16 buffer). */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    char[] value;
    int count;

    AbstractStringBuilder(int capacity) {
        value = new char[capacity];
    }

    AbstractStringBuilder(String str) {
        int n = str.length();
        value = new char[n + 16];
        append(str);
    }

    AbstractStringBuilder(CharSequence seq) {
        int n = seq.length();
        value = new char[n < 0 ? 16 : n + 16];
        append(seq);
    }

    int compareTo(AbstractStringBuilder another) {
        if (this == another) return 0;
        char[] a = value, b = another.value;
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) return a[i] - b[i];
        }
        return count - another.count;
    }

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) grow(minimumCapacity);
    }

    private void grow(int min) {
        if (min - value.length > 0) {
            int cap = (value.length << 1) + 2;
            if (cap - min < 0) cap = min;
            if (cap < 0) throw new OutOfMemoryError("Required length exceeds implementation limit");
            char[] n = new char[cap];
            System.arraycopy(value, 0, n, 0, count);
            value = n;
        }
    }

    private void ensure(int extra) {
        int need = count + extra;
        if (need < 0) throw new OutOfMemoryError("Required length exceeds implementation limit");
        grow(need);
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] n = new char[count];
            System.arraycopy(value, 0, n, 0, count);
            value = n;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) throw new StringIndexOutOfBoundsException("String index out of range: " + newLength);
        grow(newLength);
        for (int i = count; i < newLength; i++) value[i] = 0;
        count = newLength;
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    static void checkRangeSIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    public char charAt(int index) {
        checkIndex(index, count);
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, count);
        return Character.codePointAt(value, index, count);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= count) throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex) throw new IndexOutOfBoundsException();
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) throw new IndexOutOfBoundsException();
        return Character.offsetByCodePoints(value, 0, count, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        if (dstBegin < 0 || dstBegin > dst.length - n) {
            throw new IndexOutOfBoundsException("start " + dstBegin + ", end " + (dstBegin + n) + ", length " + dst.length);
        }
        System.arraycopy(value, srcBegin, dst, dstBegin, n);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index, count);
        value[index] = ch;
    }

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) return appendNull();
        char[] c = str.valueArray();
        int need = count + c.length;
        if (need < 0 || need > value.length) ensure(c.length); // grows (or fails) only when needed
        System.arraycopy(c, 0, value, count, c.length);
        count += c.length;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        if (sb == null) return appendNull();
        return append((AbstractStringBuilder) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) return appendNull();
        int n = asb.length();
        ensure(n);
        asb.getChars(0, n, value, count);
        count += n;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) return appendNull();
        if (s instanceof String) return append((String) s);
        if (s instanceof AbstractStringBuilder) return append((AbstractStringBuilder) s);
        return append(s, 0, s.length());
    }

    private AbstractStringBuilder appendNull() {
        ensure(4);
        value[count++] = 'n';
        value[count++] = 'u';
        value[count++] = 'l';
        value[count++] = 'l';
        return this;
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        checkRange(start, end, s.length());
        ensure(end - start);
        if (s instanceof String) {
            ((String) s).getChars(start, end, value, count);
            count += end - start;
        } else {
            for (int i = start; i < end; i++) value[count++] = s.charAt(i);
        }
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        ensure(str.length);
        System.arraycopy(str, 0, value, count, str.length);
        count += str.length;
        return this;
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRange(offset, end, str.length);
        ensure(len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        if (count >= value.length) ensure(1); // room for one more: no call
        value[count++] = c;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        if (i == Integer.MIN_VALUE) return append("-2147483648");
        ensure(11);
        if (i < 0) {
            value[count++] = '-';
            i = -i;
        }
        int start = count;
        do {
            value[count++] = (char) ('0' + i % 10);
            i /= 10;
        } while (i != 0);
        for (int a = start, b = count - 1; a < b; a++, b--) {
            char t = value[a];
            value[a] = value[b];
            value[b] = t;
        }
        return this;
    }

    public AbstractStringBuilder append(long l) {
        return append(Long.toString(l));
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) return append((char) codePoint);
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(Character.invalidCodePoint(codePoint));
        }
        ensure(2);
        value[count++] = Character.highSurrogate(codePoint);
        value[count++] = Character.lowSurrogate(codePoint);
        return this;
    }

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) end = count;
        checkRangeSIOOBE(start, end, count);
        int len = end - start;
        if (len > 0) {
            System.arraycopy(value, end, value, start, count - end);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        checkIndex(index, count);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) end = count;
        checkRangeSIOOBE(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        ensure(newCount - count);
        System.arraycopy(value, end, value, start + len, count - end);
        str.getChars(0, len, value, start);
        count = newCount;
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        return new String(value, start, end - start);
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index, count);
        checkRangeSIOOBE(offset, offset + len, str.length);
        ensure(len);
        System.arraycopy(value, index, value, index + len, count - index);
        System.arraycopy(str, offset, value, index, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset, count);
        if (str == null) str = "null";
        int n = str.length();
        ensure(n);
        System.arraycopy(value, offset, value, offset + n, count - offset);
        str.getChars(0, n, value, offset);
        count += n;
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        checkOffset(offset, count);
        int n = str.length;
        ensure(n);
        System.arraycopy(value, offset, value, offset + n, count - offset);
        System.arraycopy(str, 0, value, offset, n);
        count += n;
        return this;
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) s = "null";
        if (s instanceof String) return insert(dstOffset, (String) s);
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) s = "null";
        checkOffset(dstOffset, count);
        checkRange(start, end, s.length());
        int n = end - start;
        ensure(n);
        System.arraycopy(value, dstOffset, value, dstOffset + n, count - dstOffset);
        for (int i = start; i < end; i++) value[dstOffset++] = s.charAt(i);
        count += n;
        return this;
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, char c) {
        checkOffset(offset, count);
        ensure(1);
        System.arraycopy(value, offset, value, offset + 1, count - offset);
        value[offset] = c;
        count++;
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str, fromIndex);
    }

    public AbstractStringBuilder reverse() {
        boolean surrogates = false;
        for (int a = 0, b = count - 1; a <= b; a++, b--) {
            char x = value[a], y = value[b];
            if (Character.isSurrogate(x) || Character.isSurrogate(y)) surrogates = true;
            value[a] = y;
            value[b] = x;
        }
        if (surrogates) {
            for (int i = 0; i < count - 1; i++) {
                char c2 = value[i];
                if (Character.isLowSurrogate(c2)) {
                    char c1 = value[i + 1];
                    if (Character.isHighSurrogate(c1)) {
                        value[i++] = c1;
                        value[i] = c2;
                    }
                }
            }
        }
        return this;
    }

    char[] valueArray() {
        return value;
    }

    public abstract String toString();
}
