package java.nio;

/**
 * A float buffer over a float array, or a view of a ByteBuffer's bytes (ByteBuffer.asFloatBuffer) in the byte
 * order the view was made with.
 */
public abstract class FloatBuffer extends Buffer implements Comparable<FloatBuffer> {
    final float[] hb;
    /** Array index of element 0 (array mode), or absolute byte index in bb.hb (view mode). */
    final int offset;
    final boolean readOnly;
    /** The viewed byte buffer (view mode), else null. */
    final ByteBuffer bb;
    final boolean bigEndian;

    FloatBuffer(float[] hb, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bb = null;
        this.bigEndian = false;
    }

    FloatBuffer(ByteBuffer bb, boolean bigEndian, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = null;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bb = bb;
        this.bigEndian = bigEndian;
    }

    private FloatBuffer make(int offset, int mark, int pos, int lim, int cap, boolean ro) {
        if (bb != null) return view(bb, bigEndian, offset, mark, pos, lim, cap, ro);
        return ro ? new HeapFloatBufferR(hb, offset, mark, pos, lim, cap) : new HeapFloatBuffer(hb, offset, mark, pos, lim, cap);
    }

    static FloatBuffer view(ByteBuffer bb, boolean be, int offset, int mark, int pos, int lim, int cap, boolean ro) {
        if (ro) {
            return be ? new ByteBufferAsFloatBufferRB(bb, offset, mark, pos, lim, cap) : new ByteBufferAsFloatBufferRL(bb, offset, mark, pos, lim, cap);
        }
        return be ? new ByteBufferAsFloatBufferB(bb, offset, mark, pos, lim, cap) : new ByteBufferAsFloatBufferL(bb, offset, mark, pos, lim, cap);
    }

    /** Element i (0-based from the buffer's start, no checks). */
    final float get0(int i) {
        if (hb != null) return hb[offset + i];
        return Float.intBitsToFloat((int) bb.loadAt(offset + i * 4, 4, bigEndian));
    }

    final void put0(int i, float v) {
        if (hb != null) {
            hb[offset + i] = v;
        } else {
            bb.storeAt(offset + i * 4, 4, Float.floatToRawIntBits(v), bigEndian);
        }
    }

    private int step() {
        return hb != null ? 1 : 4;
    }

    public static FloatBuffer allocate(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        return new HeapFloatBuffer(new float[capacity], 0, -1, 0, capacity, capacity);
    }

    public static FloatBuffer wrap(float[] array) {
        return new HeapFloatBuffer(array, 0, -1, 0, array.length, array.length);
    }

    public static FloatBuffer wrap(float[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) throw new IndexOutOfBoundsException();
        return new HeapFloatBuffer(array, 0, -1, offset, offset + length, array.length);
    }

    private void writable() {
        if (readOnly) throw new ReadOnlyBufferException();
    }

    public FloatBuffer slice() {
        int pos = position(), rem = remaining();
        return make(offset + pos * step(), -1, 0, rem, rem, readOnly);
    }

    public FloatBuffer slice(int index, int length) {
        checkRange(index, length, limit());
        return make(offset + index * step(), -1, 0, length, length, readOnly);
    }

    public FloatBuffer duplicate() {
        return make(offset, markValue(), position(), limit(), capacity(), readOnly);
    }

    public FloatBuffer asReadOnlyBuffer() {
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

    public final float[] array() {
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

    public float get() {
        return get0(nextGet(1));
    }

    public float get(int index) {
        return get0(checkIndex(index, 1));
    }

    public FloatBuffer get(float[] dst) {
        return get(dst, 0, dst.length);
    }

    public FloatBuffer get(float[] dst, int off, int len) {
        checkRange(off, len, dst.length);
        int p = nextGet(len);
        if (hb != null) {
            System.arraycopy(hb, offset + p, dst, off, len);
        } else {
            for (int i = 0; i < len; i++) dst[off + i] = get0(p + i);
        }
        return this;
    }

    public FloatBuffer get(int index, float[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public FloatBuffer get(int index, float[] dst, int off, int len) {
        checkRange(index, len, limit());
        checkRange(off, len, dst.length);
        for (int i = 0; i < len; i++) dst[off + i] = get0(index + i);
        return this;
    }

    public FloatBuffer put(float v) {
        writable();
        put0(nextPut(1), v);
        return this;
    }

    public FloatBuffer put(int index, float v) {
        writable();
        put0(checkIndex(index, 1), v);
        return this;
    }

    public final FloatBuffer put(float[] src) {
        return put(src, 0, src.length);
    }

    public FloatBuffer put(float[] src, int off, int len) {
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

    public FloatBuffer put(int index, float[] src) {
        return put(index, src, 0, src.length);
    }

    public FloatBuffer put(int index, float[] src, int off, int len) {
        writable();
        checkRange(index, len, limit());
        checkRange(off, len, src.length);
        for (int i = 0; i < len; i++) put0(index + i, src[off + i]);
        return this;
    }

    public FloatBuffer put(FloatBuffer src) {
        if (src == this) throw new IllegalArgumentException("The source buffer is this buffer");
        writable();
        int n = src.remaining();
        if (n > remaining()) throw new BufferOverflowException();
        int p = nextPut(n);
        for (int i = 0; i < n; i++) put0(p + i, src.get());
        return this;
    }

    public FloatBuffer compact() {
        writable();
        int pos = position(), rem = remaining();
        for (int i = 0; i < rem; i++) put0(i, get0(pos + i));
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override public FloatBuffer position(int p) { super.position(p); return this; }
    @Override public FloatBuffer limit(int l) { super.limit(l); return this; }
    @Override public FloatBuffer mark() { super.mark(); return this; }
    @Override public FloatBuffer reset() { super.reset(); return this; }
    @Override public FloatBuffer clear() { super.clear(); return this; }
    @Override public FloatBuffer flip() { super.flip(); return this; }
    @Override public FloatBuffer rewind() { super.rewind(); return this; }

    public int hashCode() {
        int h = 1;
        for (int i = limit() - 1; i >= position(); i--) h = 31 * h + (int) get0(i);
        return h;
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof FloatBuffer)) return false;
        FloatBuffer that = (FloatBuffer) o;
        return remaining() == that.remaining() && mismatch(that) < 0;
    }

    public int compareTo(FloatBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Float.compare(get0(position() + i), that.get0(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(FloatBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        int a = position(), b = that.position();
        for (int i = 0; i < n; i++) {
            float x = get0(a + i), y = that.get0(b + i);
            if (x != y && !(x != x && y != y)) return i;
        }
        return remaining() == that.remaining() ? -1 : n;
    }

    public String toString() {
        return getClass().getName() + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }
}
