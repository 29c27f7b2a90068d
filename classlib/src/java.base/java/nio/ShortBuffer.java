package java.nio;

/** A heap short buffer. */
public abstract class ShortBuffer extends Buffer implements Comparable<ShortBuffer> {
    final short[] hb;
    final int offset;
    final boolean readOnly;

    ShortBuffer(short[] hb, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    private static ShortBuffer make(short[] hb, int offset, int mark, int pos, int lim, int cap, boolean ro) {
        return ro ? new HeapShortBufferR(hb, offset, mark, pos, lim, cap) : new HeapShortBuffer(hb, offset, mark, pos, lim, cap);
    }

    public static ShortBuffer allocate(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        return new HeapShortBuffer(new short[capacity], 0, -1, 0, capacity, capacity);
    }

    public static ShortBuffer wrap(short[] array) {
        return new HeapShortBuffer(array, 0, -1, 0, array.length, array.length);
    }

    public static ShortBuffer wrap(short[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) throw new IndexOutOfBoundsException();
        return new HeapShortBuffer(array, 0, -1, offset, offset + length, array.length);
    }

    private void writable() {
        if (readOnly) throw new ReadOnlyBufferException();
    }

    public ShortBuffer slice() {
        int pos = position(), rem = remaining();
        return make(hb, offset + pos, -1, 0, rem, rem, readOnly);
    }

    public ShortBuffer slice(int index, int length) {
        checkRange(index, length, limit());
        return make(hb, offset + index, -1, 0, length, length, readOnly);
    }

    public ShortBuffer duplicate() {
        return make(hb, offset, markValue(), position(), limit(), capacity(), readOnly);
    }

    public ShortBuffer asReadOnlyBuffer() {
        return make(hb, offset, markValue(), position(), limit(), capacity(), true);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public boolean isDirect() {
        return false;
    }

    public final boolean hasArray() {
        return !readOnly;
    }

    public final short[] array() {
        writable();
        return hb;
    }

    public final int arrayOffset() {
        writable();
        return offset;
    }

    public ByteOrder order() {
        return ByteOrder.nativeOrder();
    }

    public short get() {
        return hb[offset + nextGet(1)];
    }

    public short get(int index) {
        return hb[offset + checkIndex(index, 1)];
    }

    public ShortBuffer get(short[] dst) {
        return get(dst, 0, dst.length);
    }

    public ShortBuffer get(short[] dst, int off, int len) {
        checkRange(off, len, dst.length);
        int p = nextGet(len);
        System.arraycopy(hb, offset + p, dst, off, len);
        return this;
    }

    public ShortBuffer put(short v) {
        writable();
        hb[offset + nextPut(1)] = v;
        return this;
    }

    public ShortBuffer put(int index, short v) {
        writable();
        hb[offset + checkIndex(index, 1)] = v;
        return this;
    }

    public final ShortBuffer put(short[] src) {
        return put(src, 0, src.length);
    }

    public ShortBuffer put(short[] src, int off, int len) {
        writable();
        checkRange(off, len, src.length);
        int p = nextPut(len);
        System.arraycopy(src, off, hb, offset + p, len);
        return this;
    }

    public ShortBuffer put(ShortBuffer src) {
        if (src == this) throw new IllegalArgumentException("The source buffer is this buffer");
        writable();
        int n = src.remaining();
        if (n > remaining()) throw new BufferOverflowException();
        int p = nextPut(n);
        for (int i = 0; i < n; i++) hb[offset + p + i] = src.get();
        return this;
    }

    public ShortBuffer compact() {
        writable();
        int pos = position(), rem = remaining();
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override public ShortBuffer position(int p) { super.position(p); return this; }
    @Override public ShortBuffer limit(int l) { super.limit(l); return this; }
    @Override public ShortBuffer mark() { super.mark(); return this; }
    @Override public ShortBuffer reset() { super.reset(); return this; }
    @Override public ShortBuffer clear() { super.clear(); return this; }
    @Override public ShortBuffer flip() { super.flip(); return this; }
    @Override public ShortBuffer rewind() { super.rewind(); return this; }

    public int hashCode() {
        int h = 1;
        for (int i = limit() - 1; i >= position(); i--) h = 31 * h + (int) get(i);
        return h;
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ShortBuffer)) return false;
        ShortBuffer that = (ShortBuffer) o;
        return remaining() == that.remaining() && mismatch(that) < 0;
    }

    public int compareTo(ShortBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Short.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(ShortBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        int a = position(), b = that.position();
        for (int i = 0; i < n; i++) {
            if (get(a + i) != that.get(b + i)) return i;
        }
        return remaining() == that.remaining() ? -1 : n;
    }

    public String toString() {
        return getClass().getName() + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }
}
