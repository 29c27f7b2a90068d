package java.nio;

class HeapDoubleBuffer extends DoubleBuffer {
    HeapDoubleBuffer(double[] hb, int offset, int mark, int pos, int lim, int cap) {
        super(hb, offset, mark, pos, lim, cap, false);
    }
}
