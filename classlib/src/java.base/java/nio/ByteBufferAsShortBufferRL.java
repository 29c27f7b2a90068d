package java.nio;

class ByteBufferAsShortBufferRL extends ShortBuffer {
    ByteBufferAsShortBufferRL(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, false, offset, mark, pos, lim, cap, true);
    }
}
