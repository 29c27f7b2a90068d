package java.nio;

class ByteBufferAsCharBufferL extends CharBuffer {
    ByteBufferAsCharBufferL(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, false, offset, mark, pos, lim, cap, false);
    }
}
