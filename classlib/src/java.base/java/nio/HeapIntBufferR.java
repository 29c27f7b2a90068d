package java.nio;

class HeapIntBufferR extends IntBuffer {
    HeapIntBufferR(int[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, true);
    }
}
