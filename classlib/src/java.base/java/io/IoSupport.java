package java.io;

/** Small shared checks for java.io. */
final class IoSupport {
    private IoSupport() {}

    /** String.getChars with HotSpot's bounds message ("begin b, end e, length n"). */
    static void getChars(String s, int begin, int end, char[] dst, int dstBegin) {
        if (begin < 0 || begin > end || end > s.length()) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + s.length());
        }
        s.getChars(begin, end, dst, dstBegin);
    }
}
