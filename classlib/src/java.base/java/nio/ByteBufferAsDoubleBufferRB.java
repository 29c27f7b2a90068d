package java.nio;

class ByteBufferAsDoubleBufferRB extends DoubleBuffer {
    ByteBufferAsDoubleBufferRB(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, true, offset, mark, pos, lim, cap, true);
    }
}
