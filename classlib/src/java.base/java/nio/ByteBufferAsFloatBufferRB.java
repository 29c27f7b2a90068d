package java.nio;

class ByteBufferAsFloatBufferRB extends FloatBuffer {
    ByteBufferAsFloatBufferRB(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, true, offset, mark, pos, lim, cap, true);
    }
}
