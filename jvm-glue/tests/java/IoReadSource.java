import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.List;

// Reads this program's own source (the suite runs in jvm-glue/) in several ways; all must agree.
public class IoReadSource {
    static final String SRC = "tests/java/IoReadSource.java";

    public static void main(String[] args) throws Exception {
        File f = new File(SRC);
        System.out.println(f.exists() + " " + f.isFile() + " " + f.getName() + " " + f.getParent() + " " + (f.length() > 1000));
        byte[] all;
        try (FileInputStream in = new FileInputStream(f)) {
            all = in.readAllBytes();
        }
        long h = 0;
        int newlines = 0;
        for (byte b : all) {
            h = h * 31 + b;
            if (b == '\n') newlines++;
        }
        System.out.println(all.length + " " + h + " " + newlines + " " + (all.length == f.length()));
        int lines = 0, chars = 0, longest = 0;
        String longestLine = "";
        try (BufferedReader r = new BufferedReader(new FileReader(SRC))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines++;
                chars += line.length();
                if (line.length() > longest) {
                    longest = line.length();
                    longestLine = line.trim();
                }
            }
        }
        System.out.println(lines + " " + chars + " " + longest + " " + longestLine);
        List<String> viaFiles = Files.readAllLines(Path.of(SRC));
        String text = Files.readString(Paths.get("tests", "java", "IoReadSource.java"));
        System.out.println(viaFiles.size() + " " + viaFiles.get(0) + " | " + viaFiles.get(viaFiles.size() - 1) + " " + text.length() + " "
                + text.equals(new String(all, StandardCharsets.UTF_8)) + " " + (Files.size(Path.of(SRC)) == all.length));
        // Small reads through a tiny buffer.
        try (InputStream in = new BufferedInputStream(new FileInputStream(SRC), 7)) {
            int c, count = 0, braces = 0;
            while ((c = in.read()) != -1) {
                count++;
                if (c == '{') braces++;
            }
            System.out.println(count + " " + braces);
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(Path.of(SRC)))) {
            System.out.println(Integer.toHexString(in.readInt()) + " " + in.skipBytes(10) + " " + (char) in.readByte());
        }
        // A word count of the source, the classic way.
        try (StreamTokenizerLike t = new StreamTokenizerLike(new FileReader(f))) {
            System.out.println("words " + t.count());
        }
    }

    /** Counts identifier-like words. */
    static class StreamTokenizerLike implements Closeable {
        final Reader r;

        StreamTokenizerLike(Reader r) {
            this.r = new BufferedReader(r, 64);
        }

        int count() throws IOException {
            int words = 0, c;
            boolean in = false;
            while ((c = r.read()) != -1) {
                boolean w = Character.isLetterOrDigit((char) c) || c == '_';
                if (w && !in) words++;
                in = w;
            }
            return words;
        }

        public void close() throws IOException {
            r.close();
        }
    }
}
