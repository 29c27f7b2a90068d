package java.nio;

class HeapCharBuffer extends CharBuffer {
    HeapCharBuffer(char[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, null, offset, mark, pos, lim, cap, false);
    }
}
