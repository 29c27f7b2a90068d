import java.io.*;
import java.nio.charset.StandardCharsets;

// FileOutputStream/FileInputStream/FileWriter/FileReader on a private temp directory: write, append,
// read back, available/skip, closed streams, and the FileNotFoundException messages.
public class IoFileStreams {
    static String dir;

    static String rel(String s) {
        return s.replace(dir, "$D");
    }

    static void deleteTree(File f) {
        File[] kids = f.listFiles();
        if (kids != null) for (File k : kids) deleteTree(k);
        f.delete();
    }

    public static void main(String[] args) throws Exception {
        File d = new File("/tmp/mote-io-IoFileStreams-" + System.nanoTime());
        dir = d.getPath();
        System.out.println(d.mkdirs() + " " + d.isDirectory());
        File f = new File(d, "data.bin");
        try (FileOutputStream out = new FileOutputStream(f)) {
            for (int i = 0; i < 1000; i++) out.write(i);
            out.write(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        }
        System.out.println(f.length() + " " + f.isFile() + " " + f.exists());
        try (FileOutputStream out = new FileOutputStream(f.getPath(), true)) {
            out.write("tail".getBytes(StandardCharsets.US_ASCII));
        }
        System.out.println(f.length());
        FileInputStream in = new FileInputStream(f);
        System.out.println(in.available() + " " + in.read() + " " + in.read() + " " + in.skip(250) + " " + in.read() + " " + in.available());
        byte[] buf = new byte[2000];
        int n = in.read(buf, 10, 2000 - 10);
        System.out.println(n + " " + buf[10] + " " + (char) buf[10 + n - 1] + " " + in.read() + " " + in.read(buf) + " " + in.available() + " " + in.read(buf, 0, 0));
        in.close();
        in.close();
        try {
            in.read();
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try (FileInputStream again = new FileInputStream(f.getPath())) {
            byte[] all = again.readAllBytes();
            long sum = 0;
            for (byte x : all) sum = sum * 31 + x;
            System.out.println(all.length + " " + sum + " " + again.read());
        }
        try (FileOutputStream trunc = new FileOutputStream(f)) {
            trunc.write('Z');
        }
        System.out.println("truncated " + f.length());
        File t = new File(dir + "/text.txt");
        try (Writer w = new FileWriter(t)) {
            w.write("line one\nline \u00e9\u20ac two\r\n\ud83d\ude00 three\n");
        }
        try (Writer w = new FileWriter(t, true)) {
            w.write("appended");
        }
        try (BufferedReader r = new BufferedReader(new FileReader(t))) {
            String line;
            while ((line = r.readLine()) != null) System.out.println("[" + line + "] " + line.length());
        }
        System.out.println(t.length());
        try (Writer w = new FileWriter(t, StandardCharsets.ISO_8859_1)) {
            w.write("caf\u00e9 \u0100");
        }
        try (FileReader r = new FileReader(t, StandardCharsets.ISO_8859_1)) {
            char[] cb = new char[20];
            int k = r.read(cb);
            System.out.println(k + " " + new String(cb, 0, k) + " " + t.length());
        }
        try (FileReader r = new FileReader(t)) {
            char[] cb = new char[20];
            int k = r.read(cb);
            System.out.println(k + " " + (int) cb[3] + " " + r.getEncoding());
        }
        try (PrintStream ps = new PrintStream(new File(d, "ps.txt"))) {
            ps.println("printed");
            ps.printf("%d\n", 12);
        }
        try (PrintWriter pw = new PrintWriter(dir + "/pw.txt")) {
            pw.println("written");
        }
        try (BufferedReader r = new BufferedReader(new FileReader(new File(d, "ps.txt")))) {
            System.out.println(r.readLine() + " " + r.readLine() + " " + r.readLine());
        }
        try (BufferedReader r = new BufferedReader(new FileReader(dir + "/pw.txt"))) {
            System.out.println(r.readLine() + " " + r.readLine());
        }
        String[] bad = {dir + "/missing.txt", dir, dir + "/nodir/x.txt", "relative-missing-file", ""};
        for (String p : bad) {
            try {
                new FileInputStream(p).close();
                System.out.println("opened " + rel(p));
            } catch (FileNotFoundException e) {
                System.out.println("in: " + rel(e.getMessage()));
            }
            try {
                new FileReader(p).close();
            } catch (FileNotFoundException e) {
                System.out.println("reader: " + rel(e.getMessage()));
            }
        }
        for (String p : new String[] {dir, dir + "/nodir/x.txt", ""}) {
            try {
                new FileOutputStream(p).close();
            } catch (FileNotFoundException e) {
                System.out.println("out: " + rel(e.getMessage()));
            }
            try {
                new FileWriter(p, true).close();
            } catch (IOException e) {
                System.out.println("writer: " + e.getClass().getName() + " " + rel(e.getMessage()));
            }
        }
        try {
            new FileInputStream("a\0b");
        } catch (FileNotFoundException e) {
            System.out.println(e.getMessage());
        }
        try {
            new FileInputStream((String) null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        deleteTree(d);
        System.out.println("cleaned " + d.exists());
    }
}
