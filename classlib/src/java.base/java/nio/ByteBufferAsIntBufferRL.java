package java.nio;

class ByteBufferAsIntBufferRL extends IntBuffer {
    ByteBufferAsIntBufferRL(ByteBuffer bb, int offset, int mark, int pos, int lim, int cap) {
        super(bb, false, offset, mark, pos, lim, cap, true);
    }
}
