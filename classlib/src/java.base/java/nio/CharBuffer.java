package java.nio;

/** A char buffer over a char array (read-write or read-only) or over a CharSequence (read-only). */
public abstract class CharBuffer extends Buffer implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    final char[] hb;
    final CharSequence seq;
    final int offset;
    final boolean readOnly;
    /** The viewed byte buffer (ByteBuffer.asCharBuffer; offset is then a byte index), else null. */
    final ByteBuffer bb;
    final boolean bigEndian;

    CharBuffer(char[] hb, CharSequence seq, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.seq = seq;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bb = null;
        this.bigEndian = false;
    }

    CharBuffer(ByteBuffer bb, boolean bigEndian, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = null;
        this.seq = null;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bb = bb;
        this.bigEndian = bigEndian;
    }

    static CharBuffer view(ByteBuffer bb, boolean be, int offset, int mark, int pos, int lim, int cap, boolean ro) {
        if (ro) {
            return be ? new ByteBufferAsCharBufferRB(bb, offset, mark, pos, lim, cap) : new ByteBufferAsCharBufferRL(bb, offset, mark, pos, lim, cap);
        }
        return be ? new ByteBufferAsCharBufferB(bb, offset, mark, pos, lim, cap) : new ByteBufferAsCharBufferL(bb, offset, mark, pos, lim, cap);
    }

    private void put0(int i, char c) {
        if (hb != null) {
            hb[offset + i] = c;
        } else {
            bb.storeAt(offset + i * 2, 2, c, bigEndian);
        }
    }

    private int step() {
        return bb != null ? 2 : 1;
    }

    private CharBuffer make(int offset, int mark, int pos, int lim, int cap, boolean ro) {
        if (bb != null) return view(bb, bigEndian, offset, mark, pos, lim, cap, ro);
        if (seq != null) return new StringCharBuffer(seq, offset, mark, pos, lim, cap);
        return ro ? new HeapCharBufferR(hb, offset, mark, pos, lim, cap) : new HeapCharBuffer(hb, offset, mark, pos, lim, cap);
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        return new HeapCharBuffer(new char[capacity], 0, -1, 0, capacity, capacity);
    }

    public static CharBuffer wrap(char[] array) {
        return new HeapCharBuffer(array, 0, -1, 0, array.length, array.length);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) throw new IndexOutOfBoundsException();
        return new HeapCharBuffer(array, 0, -1, offset, offset + length, array.length);
    }

    public static CharBuffer wrap(CharSequence csq) {
        int n = csq.length();
        return new StringCharBuffer(csq, 0, -1, 0, n, n);
    }

    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        int n = csq.length();
        if (start < 0 || start > n || end < start || end > n) throw new IndexOutOfBoundsException();
        return new StringCharBuffer(csq, 0, -1, start, end, n);
    }

    private void writable() {
        if (readOnly) throw new ReadOnlyBufferException();
    }

    private char at(int i) {
        if (hb != null) return hb[offset + i];
        if (bb != null) return (char) bb.loadAt(offset + i * 2, 2, bigEndian);
        return seq.charAt(offset + i);
    }

    public CharBuffer slice() {
        int pos = position(), rem = remaining();
        return make(offset + pos * step(), -1, 0, rem, rem, readOnly);
    }

    public CharBuffer slice(int index, int length) {
        checkRange(index, length, limit());
        return make(offset + index * step(), -1, 0, length, length, readOnly);
    }

    public CharBuffer duplicate() {
        return make(offset, markValue(), position(), limit(), capacity(), readOnly);
    }

    public CharBuffer asReadOnlyBuffer() {
        return make(offset, markValue(), position(), limit(), capacity(), true);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public boolean isDirect() {
        return false;
    }

    public final boolean hasArray() {
        return hb != null && !readOnly;
    }

    public final char[] array() {
        if (hb == null) throw new UnsupportedOperationException();
        writable();
        return hb;
    }

    public final int arrayOffset() {
        if (hb == null) throw new UnsupportedOperationException();
        writable();
        return offset;
    }

    public ByteOrder order() {
        if (bb == null) return ByteOrder.nativeOrder();
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public char get() {
        return at(nextGet(1));
    }

    public char get(int index) {
        return at(checkIndex(index, 1));
    }

    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    public CharBuffer get(char[] dst, int off, int len) {
        checkRange(off, len, dst.length);
        int p = nextGet(len);
        for (int i = 0; i < len; i++) dst[off + i] = at(p + i);
        return this;
    }

    public CharBuffer put(char c) {
        writable();
        put0(nextPut(1), c);
        return this;
    }

    public CharBuffer put(int index, char c) {
        writable();
        put0(checkIndex(index, 1), c);
        return this;
    }

    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    public CharBuffer put(char[] src, int off, int len) {
        writable();
        checkRange(off, len, src.length);
        int p = nextPut(len);
        for (int i = 0; i < len; i++) put0(p + i, src[off + i]);
        return this;
    }

    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    public CharBuffer put(String src, int start, int end) {
        writable();
        checkRange(start, end - start, src.length());
        int p = nextPut(end - start);
        for (int i = start; i < end; i++) put0(p + i - start, src.charAt(i));
        return this;
    }

    public CharBuffer put(CharBuffer src) {
        if (src == this) throw new IllegalArgumentException("The source buffer is this buffer");
        writable();
        int n = src.remaining();
        if (n > remaining()) throw new BufferOverflowException();
        int p = nextPut(n);
        for (int i = 0; i < n; i++) put0(p + i, src.get());
        return this;
    }

    public CharBuffer compact() {
        writable();
        int pos = position(), rem = remaining();
        for (int i = 0; i < rem; i++) put0(i, at(pos + i));
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override public CharBuffer position(int p) { super.position(p); return this; }
    @Override public CharBuffer limit(int l) { super.limit(l); return this; }
    @Override public CharBuffer mark() { super.mark(); return this; }
    @Override public CharBuffer reset() { super.reset(); return this; }
    @Override public CharBuffer clear() { super.clear(); return this; }
    @Override public CharBuffer flip() { super.flip(); return this; }
    @Override public CharBuffer rewind() { super.rewind(); return this; }

    public final int length() {
        return remaining();
    }

    public boolean isEmpty() {
        return remaining() == 0;
    }

    public final char charAt(int index) {
        if (index < 0 || index >= remaining()) throw new IndexOutOfBoundsException();
        return at(position() + index);
    }

    public CharBuffer subSequence(int start, int end) {
        int pos = position(), len = remaining();
        if (start < 0 || start > len || end < start || end > len) throw new IndexOutOfBoundsException();
        return make(offset, -1, pos + start, pos + end, capacity(), readOnly);
    }

    public String toString() {
        int pos = position(), n = remaining();
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = at(pos + i);
        return new String(c);
    }

    /** Moves as many chars as fit into target; -1 when this buffer has none left. */
    public int read(CharBuffer target) throws java.io.IOException {
        int n = remaining();
        if (n == 0) return -1;
        if (target == this) throw new IllegalArgumentException("The source buffer is this buffer");
        n = Math.min(n, target.remaining());
        for (int i = 0; i < n; i++) target.put(get());
        return n;
    }

    public CharBuffer append(CharSequence csq) {
        return put(String.valueOf(csq));
    }

    public CharBuffer append(CharSequence csq, int start, int end) {
        return put(String.valueOf(csq == null ? "null" : csq).substring(start, end));
    }

    public CharBuffer append(char c) {
        return put(c);
    }

    public int hashCode() {
        int h = 1;
        for (int i = limit() - 1; i >= position(); i--) h = 31 * h + at(i);
        return h;
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CharBuffer)) return false;
        CharBuffer that = (CharBuffer) o;
        return remaining() == that.remaining() && mismatch(that) < 0;
    }

    public int compareTo(CharBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Character.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(CharBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        int a = position(), b = that.position();
        for (int i = 0; i < n; i++) {
            if (get(a + i) != that.get(b + i)) return i;
        }
        return remaining() == that.remaining() ? -1 : n;
    }
}
