package java.net;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** The output side of a {@link Socket}. */
final class SocketOutputStream extends OutputStream {
    private final Socket socket;

    SocketOutputStream(Socket socket) {
        this.socket = socket;
    }

    @Override
    public void write(int b) throws IOException {
        socket.write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        socket.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
