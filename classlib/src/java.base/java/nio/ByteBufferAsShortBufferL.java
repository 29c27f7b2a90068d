package java.nio;

class ByteBufferAsShortBufferL extends ShortBuffer {
    ByteBufferAsShortBufferL(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, false, offset, mark, pos, lim, cap, false);
    }
}
