package java.nio;

class StringCharBuffer extends CharBuffer {
    StringCharBuffer(CharSequence seq, int offset, int mark, int pos, int lim, int cap) {
        super(null, seq, offset, mark, pos, lim, cap, true);
    }
}
