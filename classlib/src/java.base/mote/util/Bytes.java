package mote.util;

/**
 * Byte-array scans for Mote's own classes (the HTTP server's line reader).
 * The loops are private helpers that the VM runs as intrinsics (see
 * jvm/src/natives.rs {@code intrinsic}); the public methods check the bounds.
 */
public final class Bytes {
    private Bytes() {}

    /** The first index in [from, to) holding byte {@code b}, or -1. */
    public static int indexOf(byte[] a, int from, int to, int b) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        return indexOf0(a, from, to, (byte) b);
    }

    private static int indexOf0(byte[] a, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (a[i] == b) return i;
        }
        return -1;
    }
}
