import java.io.*;
import java.nio.file.*;

// Null arguments across the I/O API: which NullPointerException message each one gives.
import java.nio.charset.*;
public class IoNullArguments {
    interface R { Object run() throws Exception; }
    static void t(String n, R r) { try { System.out.println(n + " = " + r.run()); } catch (Throwable e) { System.out.println(n + " ! " + e.getClass().getName() + ": " + e.getMessage()); } }
    public static void main(String[] a) {
        t("s1", () -> new String(new byte[1], (String) null));
        t("s2", () -> new String(new byte[1], (Charset) null));
        t("s3", () -> "x".getBytes((Charset) null));
        t("s4", () -> "x".getBytes((String) null));
        t("s5", () -> new String((byte[]) null, StandardCharsets.UTF_8));
        t("s6", () -> new String(new byte[2], -1, 1, StandardCharsets.UTF_8));
        t("s7", () -> new String(new byte[2], 1, 5));
        t("isr", () -> new InputStreamReader(System.in, (String) null));
        t("isr2", () -> new InputStreamReader(System.in, (Charset) null));
        t("isr3", () -> new InputStreamReader(System.in, (CharsetDecoder) null));
        t("osw", () -> new OutputStreamWriter(System.out, (String) null));
        t("osw2", () -> new OutputStreamWriter(System.out, (Charset) null));
        t("ps", () -> new PrintStream(System.out, true, (String) null));
        t("ps2", () -> new PrintStream(System.out, true, (Charset) null));
        t("pw", () -> new PrintWriter(System.out, true, (Charset) null));
        t("bis", () -> new BufferedInputStream(null).read());
        t("bos", () -> { new BufferedOutputStream(null).write(1); return 1; });
        t("baos", () -> { new ByteArrayOutputStream().write(null, 0, 1); return 1; });
        t("bais", () -> new ByteArrayInputStream(null));
        t("dis", () -> new DataInputStream(null).readInt());
        t("sr", () -> new StringReader(null));
        t("br", () -> new BufferedReader(null));
        t("bw", () -> new BufferedWriter(null));
        t("file", () -> new File((File) null, "x").getPath());
        t("file2", () -> new File("a", null));
        t("fis", () -> new FileInputStream((File) null));
        t("fos", () -> new FileOutputStream((String) null));
        t("fr", () -> new FileReader((String) null));
        t("path", () -> java.nio.file.Path.of(null));
        t("files", () -> java.nio.file.Files.exists(null));
        Path p = Path.of("x");
        t("f1", () -> Files.readAllBytes(null));
        t("f2", () -> Files.size(null));
        t("f3", () -> Files.createDirectory(null));
        t("f4", () -> Files.createDirectories(null));
        t("f5", () -> Files.copy((Path) null, p));
        t("f6", () -> Files.copy(p, (Path) null));
        t("f7", () -> Files.readString(null));
        t("f8", () -> Files.readAllLines(null));
        t("f9", () -> Files.write(null, new byte[1]));
        t("f10", () -> { Files.delete(null); return 1; });
        t("f11", () -> Files.newBufferedReader(p, null));
        t("f12", () -> Files.readString(p, null));
        t("f13", () -> Files.write(p, (byte[]) null));
        t("f14", () -> Files.writeString(null, "x"));
        t("f15", () -> Files.isDirectory(null));
        t("f16", () -> Files.newDirectoryStream(null));
        t("f17", () -> Files.move(null, p));
        t("f18", () -> Files.deleteIfExists(null));
        t("f19", () -> Files.newInputStream(null));
        t("f20", () -> Path.of("a").resolve((Path) null));
        t("f21", () -> Path.of("a").startsWith((Path) null));
        t("f22", () -> Path.of("a", (String[]) null));
        t("cs", () -> Charset.forName("UTF-8").newDecoder().decode(null));
        t("bb", () -> java.nio.ByteBuffer.wrap(null));
        t("cb", () -> java.nio.CharBuffer.wrap((CharSequence) null));
        t("sw", () -> { StringWriter w = new StringWriter(); w.write((String) null); return w; });
        t("pw2", () -> { StringWriter w = new StringWriter(); new PrintWriter(w).write((String) null); return w; });
        t("ps3", () -> { PrintStream q = new PrintStream(new ByteArrayOutputStream()); q.print((String) null); q.write(null, 0, 1); return q.checkError(); });
    }
}
