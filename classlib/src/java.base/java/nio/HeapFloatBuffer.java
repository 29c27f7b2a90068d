package java.nio;

class HeapFloatBuffer extends FloatBuffer {
    HeapFloatBuffer(float[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, false);
    }
}
