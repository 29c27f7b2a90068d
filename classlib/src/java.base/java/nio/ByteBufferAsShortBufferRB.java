package java.nio;

class ByteBufferAsShortBufferRB extends ShortBuffer {
    ByteBufferAsShortBufferRB(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, true, offset, mark, pos, lim, cap, true);
    }
}
