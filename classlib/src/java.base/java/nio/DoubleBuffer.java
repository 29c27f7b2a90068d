package java.nio;

/** A heap double buffer. */
public abstract class DoubleBuffer extends Buffer implements Comparable<DoubleBuffer> {
    final double[] hb;
    final int offset;
    final boolean readOnly;

    DoubleBuffer(double[] hb, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    private static DoubleBuffer make(double[] hb, int offset, int mark, int pos, int lim, int cap, boolean ro) {
        return ro ? new HeapDoubleBufferR(hb, offset, mark, pos, lim, cap) : new HeapDoubleBuffer(hb, offset, mark, pos, lim, cap);
    }

    public static DoubleBuffer allocate(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        return new HeapDoubleBuffer(new double[capacity], 0, -1, 0, capacity, capacity);
    }

    public static DoubleBuffer wrap(double[] array) {
        return new HeapDoubleBuffer(array, 0, -1, 0, array.length, array.length);
    }

    public static DoubleBuffer wrap(double[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) throw new IndexOutOfBoundsException();
        return new HeapDoubleBuffer(array, 0, -1, offset, offset + length, array.length);
    }

    private void writable() {
        if (readOnly) throw new ReadOnlyBufferException();
    }

    public DoubleBuffer slice() {
        int pos = position(), rem = remaining();
        return make(hb, offset + pos, -1, 0, rem, rem, readOnly);
    }

    public DoubleBuffer slice(int index, int length) {
        checkRange(index, length, limit());
        return make(hb, offset + index, -1, 0, length, length, readOnly);
    }

    public DoubleBuffer duplicate() {
        return make(hb, offset, markValue(), position(), limit(), capacity(), readOnly);
    }

    public DoubleBuffer asReadOnlyBuffer() {
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

    public final double[] array() {
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

    public double get() {
        return hb[offset + nextGet(1)];
    }

    public double get(int index) {
        return hb[offset + checkIndex(index, 1)];
    }

    public DoubleBuffer get(double[] dst) {
        return get(dst, 0, dst.length);
    }

    public DoubleBuffer get(double[] dst, int off, int len) {
        checkRange(off, len, dst.length);
        int p = nextGet(len);
        System.arraycopy(hb, offset + p, dst, off, len);
        return this;
    }

    public DoubleBuffer put(double v) {
        writable();
        hb[offset + nextPut(1)] = v;
        return this;
    }

    public DoubleBuffer put(int index, double v) {
        writable();
        hb[offset + checkIndex(index, 1)] = v;
        return this;
    }

    public final DoubleBuffer put(double[] src) {
        return put(src, 0, src.length);
    }

    public DoubleBuffer put(double[] src, int off, int len) {
        writable();
        checkRange(off, len, src.length);
        int p = nextPut(len);
        System.arraycopy(src, off, hb, offset + p, len);
        return this;
    }

    public DoubleBuffer put(DoubleBuffer src) {
        if (src == this) throw new IllegalArgumentException("The source buffer is this buffer");
        writable();
        int n = src.remaining();
        if (n > remaining()) throw new BufferOverflowException();
        int p = nextPut(n);
        for (int i = 0; i < n; i++) hb[offset + p + i] = src.get();
        return this;
    }

    public DoubleBuffer compact() {
        writable();
        int pos = position(), rem = remaining();
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override public DoubleBuffer position(int p) { super.position(p); return this; }
    @Override public DoubleBuffer limit(int l) { super.limit(l); return this; }
    @Override public DoubleBuffer mark() { super.mark(); return this; }
    @Override public DoubleBuffer reset() { super.reset(); return this; }
    @Override public DoubleBuffer clear() { super.clear(); return this; }
    @Override public DoubleBuffer flip() { super.flip(); return this; }
    @Override public DoubleBuffer rewind() { super.rewind(); return this; }

    public int hashCode() {
        int h = 1;
        for (int i = limit() - 1; i >= position(); i--) h = 31 * h + (int) get(i);
        return h;
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof DoubleBuffer)) return false;
        DoubleBuffer that = (DoubleBuffer) o;
        return remaining() == that.remaining() && mismatch(that) < 0;
    }

    public int compareTo(DoubleBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Double.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(DoubleBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        int a = position(), b = that.position();
        for (int i = 0; i < n; i++) {
            double x = get(a + i), y = that.get(b + i);
            if (x != y && !(x != x && y != y)) return i;
        }
        return remaining() == that.remaining() ? -1 : n;
    }

    public String toString() {
        return getClass().getName() + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }
}
