package java.nio;

class ByteBufferAsDoubleBufferRL extends DoubleBuffer {
    ByteBufferAsDoubleBufferRL(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, false, offset, mark, pos, lim, cap, true);
    }
}
