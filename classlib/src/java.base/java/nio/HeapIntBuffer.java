package java.nio;

class HeapIntBuffer extends IntBuffer {
    HeapIntBuffer(int[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, false);
    }
}
