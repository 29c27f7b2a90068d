package java.nio;

class HeapLongBufferR extends LongBuffer {
    HeapLongBufferR(long[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, true);
    }
}
