package java.nio;

class HeapDoubleBufferR extends DoubleBuffer {
    HeapDoubleBufferR(double[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, true);
    }
}
