package java.nio;

class HeapShortBuffer extends ShortBuffer {
    HeapShortBuffer(short[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, false);
    }
}
