package java.nio;

class ByteBufferAsCharBufferB extends CharBuffer {
    ByteBufferAsCharBufferB(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, true, offset, mark, pos, lim, cap, false);
    }
}
