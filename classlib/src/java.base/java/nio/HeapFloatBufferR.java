package java.nio;

class HeapFloatBufferR extends FloatBuffer {
    HeapFloatBufferR(float[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, true);
    }
}
