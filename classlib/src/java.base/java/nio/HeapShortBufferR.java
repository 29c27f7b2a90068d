package java.nio;

class HeapShortBufferR extends ShortBuffer {
    HeapShortBufferR(short[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, true);
    }
}
