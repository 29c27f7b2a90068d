package java.nio;

class HeapLongBuffer extends LongBuffer {
    HeapLongBuffer(long[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, false);
    }
}
