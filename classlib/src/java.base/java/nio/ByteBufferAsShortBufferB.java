package java.nio;

class ByteBufferAsShortBufferB extends ShortBuffer {
    ByteBufferAsShortBufferB(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, true, offset, mark, pos, lim, cap, false);
    }
}
