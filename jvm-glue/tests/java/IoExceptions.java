import java.io.*;
import java.nio.*;
import java.nio.charset.*;
import java.nio.file.*;

// The I/O exception family: hierarchy, constructors, messages, causes, toString.
public class IoExceptions {
    static void show(Throwable t) {
        StringBuilder chain = new StringBuilder();
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) chain.append(c.getSimpleName()).append('<');
        System.out.println(t + " | msg=" + t.getMessage() + " | cause=" + t.getCause() + " | " + chain);
    }

    public static void main(String[] args) {
        IOException base = new IOException("disk on fire");
        show(base);
        show(new IOException());
        show(new IOException("wrapped", base));
        show(new IOException(base));
        show(new FileNotFoundException("f (No such file or directory)"));
        show(new FileNotFoundException());
        show(new EOFException("eof"));
        show(new UTFDataFormatException("bad utf"));
        show(new UnsupportedEncodingException("enc"));
        show(new CharConversionException("conv"));
        InterruptedIOException iioe = new InterruptedIOException("intr");
        System.out.println(iioe.bytesTransferred);
        show(iioe);
        show(new UncheckedIOException(base));
        show(new UncheckedIOException("unchecked", base));
        System.out.println(new UncheckedIOException(base).getCause() == base);
        try {
            new UncheckedIOException(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        show(new SyncFailedException("sync"));
        show(new MalformedInputException(3));
        show(new UnmappableCharacterException(2));
        show(new CharacterCodingException());
        show(new IllegalCharsetNameException("bad name"));
        show(new UnsupportedCharsetException("x-y"));
        show(new BufferOverflowException());
        show(new BufferUnderflowException());
        show(new ReadOnlyBufferException());
        show(new InvalidMarkException());
        show(new NoSuchFileException("/p"));
        show(new NoSuchFileException("/p", "/q", "why"));
        show(new FileAlreadyExistsException("/e"));
        show(new DirectoryNotEmptyException("/d"));
        show(new NotDirectoryException("/n"));
        show(new AccessDeniedException("/a", null, "denied"));
        show(new FileSystemException("/f", null, "reason"));
        show(new InvalidPathException("in\0put", "Nul character not allowed"));
        show(new InvalidPathException("input", "bad char", 2));
        try {
            throw new UncheckedIOException(new EOFException());
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getCause().getClass().getName());
        }
        try {
            new DataInputStream(new ByteArrayInputStream(new byte[0])).readChar();
        } catch (IOException e) {
            System.out.println((e instanceof EOFException) + " " + e.getMessage());
        }
        try {
            throw new NoSuchFileException("x");
        } catch (FileSystemException e) {
            System.out.println("fse " + e.getFile() + " " + e.getOtherFile() + " " + e.getReason());
        } catch (IOException e) {
            System.out.println("io");
        }
    }
}
