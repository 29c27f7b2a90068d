package java.nio;

class HeapCharBufferR extends CharBuffer {
    HeapCharBufferR(char[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, null, offset, mark, pos, lim, cap, true);
    }
}
