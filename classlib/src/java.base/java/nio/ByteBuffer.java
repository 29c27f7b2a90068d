package java.nio;

/** A heap byte buffer (direct buffers are not supported: allocateDirect gives a heap buffer). */
public abstract class ByteBuffer extends Buffer implements Comparable<ByteBuffer> {
    final byte[] hb;
    final int offset;
    final boolean readOnly;
    boolean bigEndian = true;

    ByteBuffer(byte[] hb, int offset, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    private static ByteBuffer make(byte[] hb, int offset, int mark, int pos, int lim, int cap, boolean ro) {
        return ro ? new HeapByteBufferR(hb, offset, mark, pos, lim, cap) : new HeapByteBuffer(hb, offset, mark, pos, lim, cap);
    }

    public static ByteBuffer allocate(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        return new HeapByteBuffer(new byte[capacity], 0, -1, 0, capacity, capacity);
    }

    public static ByteBuffer allocateDirect(int capacity) {
        return allocate(capacity);
    }

    public static ByteBuffer wrap(byte[] array) {
        return new HeapByteBuffer(array, 0, -1, 0, array.length, array.length);
    }

    public static ByteBuffer wrap(byte[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) throw new IndexOutOfBoundsException();
        return new HeapByteBuffer(array, 0, -1, offset, offset + length, array.length);
    }

    private void writable() {
        if (readOnly) throw new ReadOnlyBufferException();
    }

    public ByteBuffer slice() {
        int pos = position(), rem = remaining();
        return make(hb, offset + pos, -1, 0, rem, rem, readOnly);
    }

    public ByteBuffer slice(int index, int length) {
        checkRange(index, length, limit());
        return make(hb, offset + index, -1, 0, length, length, readOnly);
    }

    public ByteBuffer duplicate() {
        return make(hb, offset, markValue(), position(), limit(), capacity(), readOnly);
    }

    public ByteBuffer asReadOnlyBuffer() {
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

    public final byte[] array() {
        writable();
        return hb;
    }

    public final int arrayOffset() {
        writable();
        return offset;
    }

    public byte get() {
        return hb[offset + nextGet(1)];
    }

    public byte get(int index) {
        return hb[offset + checkIndex(index, 1)];
    }

    public ByteBuffer get(byte[] dst) {
        return get(dst, 0, dst.length);
    }

    public ByteBuffer get(byte[] dst, int off, int len) {
        checkRange(off, len, dst.length);
        int p = nextGet(len);
        System.arraycopy(hb, offset + p, dst, off, len);
        return this;
    }

    public ByteBuffer get(int index, byte[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public ByteBuffer get(int index, byte[] dst, int off, int len) {
        checkRange(index, len, limit());
        checkRange(off, len, dst.length);
        System.arraycopy(hb, offset + index, dst, off, len);
        return this;
    }

    public ByteBuffer put(byte b) {
        writable();
        hb[offset + nextPut(1)] = b;
        return this;
    }

    public ByteBuffer put(int index, byte b) {
        writable();
        hb[offset + checkIndex(index, 1)] = b;
        return this;
    }

    public final ByteBuffer put(byte[] src) {
        return put(src, 0, src.length);
    }

    public ByteBuffer put(byte[] src, int off, int len) {
        writable();
        checkRange(off, len, src.length);
        int p = nextPut(len);
        System.arraycopy(src, off, hb, offset + p, len);
        return this;
    }

    public ByteBuffer put(int index, byte[] src) {
        return put(index, src, 0, src.length);
    }

    public ByteBuffer put(int index, byte[] src, int off, int len) {
        writable();
        checkRange(index, len, limit());
        checkRange(off, len, src.length);
        System.arraycopy(src, off, hb, offset + index, len);
        return this;
    }

    public ByteBuffer put(ByteBuffer src) {
        if (src == this) throw new IllegalArgumentException("The source buffer is this buffer");
        writable();
        int n = src.remaining();
        if (n > remaining()) throw new BufferOverflowException();
        int sp = src.position();
        int p = nextPut(n);
        System.arraycopy(src.hb, src.offset + sp, hb, offset + p, n);
        src.position(sp + n);
        return this;
    }

    public ByteBuffer compact() {
        writable();
        int pos = position(), rem = remaining();
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    public final ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public final ByteBuffer order(ByteOrder bo) {
        bigEndian = bo == ByteOrder.BIG_ENDIAN;
        return this;
    }

    /** The n-byte value at absolute index i of hb, in the given order (views use this too). */
    final long loadAt(int i, int n, boolean be) {
        long v = 0;
        if (be) {
            for (int k = 0; k < n; k++) v = (v << 8) | (hb[i + k] & 0xff);
        } else {
            for (int k = n - 1; k >= 0; k--) v = (v << 8) | (hb[i + k] & 0xff);
        }
        return v;
    }

    final void storeAt(int i, int n, long v, boolean be) {
        if (be) {
            for (int k = n - 1; k >= 0; k--) {
                hb[i + k] = (byte) v;
                v >>>= 8;
            }
        } else {
            for (int k = 0; k < n; k++) {
                hb[i + k] = (byte) v;
                v >>>= 8;
            }
        }
    }

    private long load(int i, int n) {
        return loadAt(i, n, bigEndian);
    }

    private void store(int i, int n, long v) {
        writable();
        storeAt(i, n, v, bigEndian);
    }

    // Views: the remaining bytes as elements of n bytes, in the current byte order.
    private int viewCap(int n) {
        return remaining() / n;
    }

    public CharBuffer asCharBuffer() {
        int c = viewCap(2);
        return CharBuffer.view(this, bigEndian, offset + position(), -1, 0, c, c, readOnly);
    }

    public ShortBuffer asShortBuffer() {
        int c = viewCap(2);
        return ShortBuffer.view(this, bigEndian, offset + position(), -1, 0, c, c, readOnly);
    }

    public IntBuffer asIntBuffer() {
        int c = viewCap(4);
        return IntBuffer.view(this, bigEndian, offset + position(), -1, 0, c, c, readOnly);
    }

    public LongBuffer asLongBuffer() {
        int c = viewCap(8);
        return LongBuffer.view(this, bigEndian, offset + position(), -1, 0, c, c, readOnly);
    }

    public FloatBuffer asFloatBuffer() {
        int c = viewCap(4);
        return FloatBuffer.view(this, bigEndian, offset + position(), -1, 0, c, c, readOnly);
    }

    public DoubleBuffer asDoubleBuffer() {
        int c = viewCap(8);
        return DoubleBuffer.view(this, bigEndian, offset + position(), -1, 0, c, c, readOnly);
    }

    private int putAt(int n) {
        writable();
        return offset + nextPut(n);
    }

    private int putIdx(int index, int n) {
        writable();
        return offset + checkIndex(index, n);
    }

    public char getChar() { return (char) load(offset + nextGet(2), 2); }
    public char getChar(int i) { return (char) load(offset + checkIndex(i, 2), 2); }
    public ByteBuffer putChar(char v) { store(putAt(2), 2, v); return this; }
    public ByteBuffer putChar(int i, char v) { store(putIdx(i, 2), 2, v); return this; }

    public short getShort() { return (short) load(offset + nextGet(2), 2); }
    public short getShort(int i) { return (short) load(offset + checkIndex(i, 2), 2); }
    public ByteBuffer putShort(short v) { store(putAt(2), 2, v); return this; }
    public ByteBuffer putShort(int i, short v) { store(putIdx(i, 2), 2, v); return this; }

    public int getInt() { return (int) load(offset + nextGet(4), 4); }
    public int getInt(int i) { return (int) load(offset + checkIndex(i, 4), 4); }
    public ByteBuffer putInt(int v) { store(putAt(4), 4, v); return this; }
    public ByteBuffer putInt(int i, int v) { store(putIdx(i, 4), 4, v); return this; }

    public long getLong() { return load(offset + nextGet(8), 8); }
    public long getLong(int i) { return load(offset + checkIndex(i, 8), 8); }
    public ByteBuffer putLong(long v) { store(putAt(8), 8, v); return this; }
    public ByteBuffer putLong(int i, long v) { store(putIdx(i, 8), 8, v); return this; }

    public float getFloat() { return Float.intBitsToFloat(getInt()); }
    public float getFloat(int i) { return Float.intBitsToFloat(getInt(i)); }
    public ByteBuffer putFloat(float v) { return putInt(Float.floatToRawIntBits(v)); }
    public ByteBuffer putFloat(int i, float v) { return putInt(i, Float.floatToRawIntBits(v)); }

    public double getDouble() { return Double.longBitsToDouble(getLong()); }
    public double getDouble(int i) { return Double.longBitsToDouble(getLong(i)); }
    public ByteBuffer putDouble(double v) { return putLong(Double.doubleToRawLongBits(v)); }
    public ByteBuffer putDouble(int i, double v) { return putLong(i, Double.doubleToRawLongBits(v)); }

    @Override public ByteBuffer position(int p) { super.position(p); return this; }
    @Override public ByteBuffer limit(int l) { super.limit(l); return this; }
    @Override public ByteBuffer mark() { super.mark(); return this; }
    @Override public ByteBuffer reset() { super.reset(); return this; }
    @Override public ByteBuffer clear() { super.clear(); return this; }
    @Override public ByteBuffer flip() { super.flip(); return this; }
    @Override public ByteBuffer rewind() { super.rewind(); return this; }

    public int hashCode() {
        int h = 1;
        for (int i = limit() - 1; i >= position(); i--) h = 31 * h + get(i);
        return h;
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ByteBuffer)) return false;
        ByteBuffer that = (ByteBuffer) o;
        if (remaining() != that.remaining()) return false;
        return mismatch(that) < 0;
    }

    public int compareTo(ByteBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Byte.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(ByteBuffer that) {
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
