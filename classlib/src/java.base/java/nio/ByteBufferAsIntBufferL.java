package java.nio;

class ByteBufferAsIntBufferL extends IntBuffer {
    ByteBufferAsIntBufferL(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, false, offset, mark, pos, lim, cap, false);
    }
}
