package java.io;

public class FileOutputStream extends OutputStream {
    private final int fd;

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = fdObj.fd;
    }

    public void write(int b) throws IOException {
        writeBytes(fd, new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) throw new IndexOutOfBoundsException();
        writeBytes(fd, b, off, len);
    }

    private static native void writeBytes(int fd, byte[] b, int off, int len);
}
