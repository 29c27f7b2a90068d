package java.nio;

class ByteBufferAsIntBufferRB extends IntBuffer {
    ByteBufferAsIntBufferRB(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, true, offset, mark, pos, lim, cap, true);
    }
}
