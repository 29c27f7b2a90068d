package java.nio;

/**
 * A long buffer over a long array, or a view of a ByteBuffer's bytes (ByteBuffer.asLongBuffer) in the byte
 * order the view was made with.
 */
public abstract class LongBuffer extends Buffer implements Comparable<LongBuffer> {
    final long[] hb;
    /** Array index of element 0 (array mode), or absolute byte index in bb.hb (view mode). */
    final int offset;
    final boolean readOnly;
    /** The viewed byte buffer (view mode), else null. */
    final ByteBuffer bb;
    final boolean bigEndian;

    LongBuffer(long[] hb, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bb = null;
        this.bigEndian = false;
    }

    LongBuffer(ByteBuffer bb, boolean bigEndian, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = null;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bb = bb;
        this.bigEndian = bigEndian;
    }

    private LongBuffer make(int offset, int mark, int pos, int lim, int cap, boolean ro) {
        if (bb != null) return view(bb, bigEndian, offset, mark, pos, lim, cap, ro);
        return ro ? new HeapLongBufferR(hb, offset, mark, pos, lim, cap) : new HeapLongBuffer(hb, offset, mark, pos, lim, cap);
    }

    static LongBuffer view(ByteBuffer bb, boolean be, int offset, int mark, int pos, int lim, int cap, boolean ro) {
        if (ro) {
            return be ? new ByteBufferAsLongBufferRB(bb, offset, mark, pos, lim, cap) : new ByteBufferAsLongBufferRL(bb, offset, mark, pos, lim, cap);
        }
        return be ? new ByteBufferAsLongBufferB(bb, offset, mark, pos, lim, cap) : new ByteBufferAsLongBufferL(bb, offset, mark, pos, lim, cap);
    }

    /** Element i (0-based from the buffer's start, no checks). */
    final long get0(int i) {
        if (hb != null) return hb[offset + i];
        return bb.loadAt(offset + i * 8, 8, bigEndian);
    }

    final void put0(int i, long v) {
        if (hb != null) {
            hb[offset + i] = v;
        } else {
            bb.storeAt(offset + i * 8, 8, v, bigEndian);
        }
    }

    private int step() {
        return hb != null ? 1 : 8;
    }

    public static LongBuffer allocate(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        return new HeapLongBuffer(new long[capacity], 0, -1, 0, capacity, capacity);
    }

    public static LongBuffer wrap(long[] array) {
        return new HeapLongBuffer(array, 0, -1, 0, array.length, array.length);
    }

    public static LongBuffer wrap(long[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) throw new IndexOutOfBoundsException();
        return new HeapLongBuffer(array, 0, -1, offset, offset + length, array.length);
    }

    private void writable() {
        if (readOnly) throw new ReadOnlyBufferException();
    }

    public LongBuffer slice() {
        int pos = position(), rem = remaining();
        return make(offset + pos * step(), -1, 0, rem, rem, readOnly);
    }

    public LongBuffer slice(int index, int length) {
        checkRange(index, length, limit());
        return make(offset + index * step(), -1, 0, length, length, readOnly);
    }

    public LongBuffer duplicate() {
        return make(offset, markValue(), position(), limit(), capacity(), readOnly);
    }

    public LongBuffer asReadOnlyBuffer() {
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

    public final long[] array() {
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

    public long get() {
        return get0(nextGet(1));
    }

    public long get(int index) {
        return get0(checkIndex(index, 1));
    }

    public LongBuffer get(long[] dst) {
        return get(dst, 0, dst.length);
    }

    public LongBuffer get(long[] dst, int off, int len) {
        checkRange(off, len, dst.length);
        int p = nextGet(len);
        if (hb != null) {
            System.arraycopy(hb, offset + p, dst, off, len);
        } else {
            for (int i = 0; i < len; i++) dst[off + i] = get0(p + i);
        }
        return this;
    }

    public LongBuffer get(int index, long[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public LongBuffer get(int index, long[] dst, int off, int len) {
        checkRange(index, len, limit());
        checkRange(off, len, dst.length);
        for (int i = 0; i < len; i++) dst[off + i] = get0(index + i);
        return this;
    }

    public LongBuffer put(long v) {
        writable();
        put0(nextPut(1), v);
        return this;
    }

    public LongBuffer put(int index, long v) {
        writable();
        put0(checkIndex(index, 1), v);
        return this;
    }

    public final LongBuffer put(long[] src) {
        return put(src, 0, src.length);
    }

    public LongBuffer put(long[] src, int off, int len) {
        writable();
        checkRange(off, len, src.length);
        int p = nextPut(len);
        if (hb != null) {
            System.arraycopy(src, off, hb, offset + p, len);
        } else {
            for (int i = 0; i < len; i++) put0(p + i, src[off + i]);
        }
        return this;
    }

    public LongBuffer put(int index, long[] src) {
        return put(index, src, 0, src.length);
    }

    public LongBuffer put(int index, long[] src, int off, int len) {
        writable();
        checkRange(index, len, limit());
        checkRange(off, len, src.length);
        for (int i = 0; i < len; i++) put0(index + i, src[off + i]);
        return this;
    }

    public LongBuffer put(LongBuffer src) {
        if (src == this) throw new IllegalArgumentException("The source buffer is this buffer");
        writable();
        int n = src.remaining();
        if (n > remaining()) throw new BufferOverflowException();
        int p = nextPut(n);
        for (int i = 0; i < n; i++) put0(p + i, src.get());
        return this;
    }

    public LongBuffer compact() {
        writable();
        int pos = position(), rem = remaining();
        for (int i = 0; i < rem; i++) put0(i, get0(pos + i));
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override public LongBuffer position(int p) { super.position(p); return this; }
    @Override public LongBuffer limit(int l) { super.limit(l); return this; }
    @Override public LongBuffer mark() { super.mark(); return this; }
    @Override public LongBuffer reset() { super.reset(); return this; }
    @Override public LongBuffer clear() { super.clear(); return this; }
    @Override public LongBuffer flip() { super.flip(); return this; }
    @Override public LongBuffer rewind() { super.rewind(); return this; }

    public int hashCode() {
        int h = 1;
        for (int i = limit() - 1; i >= position(); i--) h = 31 * h + (int) get0(i);
        return h;
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof LongBuffer)) return false;
        LongBuffer that = (LongBuffer) o;
        return remaining() == that.remaining() && mismatch(that) < 0;
    }

    public int compareTo(LongBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Long.compare(get0(position() + i), that.get0(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(LongBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        int a = position(), b = that.position();
        for (int i = 0; i < n; i++) {
            long x = get0(a + i), y = that.get0(b + i);
            if (x != y) return i;
        }
        return remaining() == that.remaining() ? -1 : n;
    }

    public String toString() {
        return getClass().getName() + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }
}
