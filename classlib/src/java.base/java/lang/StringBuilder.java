package java.lang;

public final class StringBuilder implements CharSequence, Appendable {
    private char[] value;
    private int count;

    public StringBuilder() {
        value = new char[16];
    }

    public StringBuilder(int capacity) {
        value = new char[capacity];
    }

    public StringBuilder(String s) {
        value = new char[s.length() + 16];
        append(s);
    }

    public StringBuilder(CharSequence s) {
        this(s.toString());
    }

    private void ensure(int extra) {
        int need = count + extra;
        if (need > value.length) {
            int cap = value.length * 2 + 2;
            if (cap < need) cap = need;
            char[] n = new char[cap];
            System.arraycopy(value, 0, n, 0, count);
            value = n;
        }
    }

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public char charAt(int i) {
        if (i < 0 || i >= count) throw new StringIndexOutOfBoundsException("index " + i + ",length " + count);
        return value[i];
    }

    public void setCharAt(int i, char c) {
        if (i < 0 || i >= count) throw new StringIndexOutOfBoundsException("index " + i + ",length " + count);
        value[i] = c;
    }

    public void setLength(int n) {
        if (n > count) {
            ensure(n - count);
            for (int i = count; i < n; i++) value[i] = 0;
        }
        count = n;
    }

    public StringBuilder append(String s) {
        if (s == null) s = "null";
        char[] c = s.valueArray();
        ensure(c.length);
        System.arraycopy(c, 0, value, count, c.length);
        count += c.length;
        return this;
    }

    public StringBuilder append(Object o) {
        return append(String.valueOf(o));
    }

    public StringBuilder append(CharSequence s) {
        return append(String.valueOf(s));
    }

    public StringBuilder append(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        ensure(end - start);
        for (int i = start; i < end; i++) value[count++] = s.charAt(i);
        return this;
    }

    public StringBuilder append(StringBuilder sb) {
        if (sb == null) return append("null");
        ensure(sb.count);
        System.arraycopy(sb.value, 0, value, count, sb.count);
        count += sb.count;
        return this;
    }

    public StringBuilder append(char[] s) {
        ensure(s.length);
        System.arraycopy(s, 0, value, count, s.length);
        count += s.length;
        return this;
    }

    public StringBuilder append(char c) {
        ensure(1);
        value[count++] = c;
        return this;
    }

    public StringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public StringBuilder append(int i) {
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

    public StringBuilder append(long l) {
        return append(Long.toString(l));
    }

    public StringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public StringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public StringBuilder insert(int offset, String s) {
        if (offset < 0 || offset > count) throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        if (s == null) s = "null";
        int n = s.length();
        ensure(n);
        System.arraycopy(value, offset, value, offset + n, count - offset);
        s.getChars(0, n, value, offset);
        count += n;
        return this;
    }

    public StringBuilder insert(int offset, char c) {
        return insert(offset, String.valueOf(c));
    }

    public StringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public StringBuilder insert(int offset, Object o) {
        return insert(offset, String.valueOf(o));
    }

    public StringBuilder reverse() {
        for (int a = 0, b = count - 1; a < b; a++, b--) {
            char t = value[a];
            value[a] = value[b];
            value[b] = t;
        }
        return this;
    }

    public StringBuilder deleteCharAt(int i) {
        if (i < 0 || i >= count) throw new StringIndexOutOfBoundsException("index " + i + ",length " + count);
        System.arraycopy(value, i + 1, value, i, count - i - 1);
        count--;
        return this;
    }

    public StringBuilder delete(int start, int end) {
        if (end > count) end = count;
        if (start < 0 || start > end) throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        System.arraycopy(value, end, value, start, count - end);
        count -= end - start;
        return this;
    }

    public StringBuilder replace(int start, int end, String s) {
        delete(start, end);
        return insert(start, s);
    }

    public int indexOf(String s) {
        return toString().indexOf(s);
    }

    public int lastIndexOf(String s) {
        return toString().lastIndexOf(s);
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        if (start < 0 || start > end || end > count) throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        return new String(value, start, end - start);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    char[] valueArray() {
        return value;
    }

    public String toString() {
        return new String(value, 0, count);
    }
}
