import java.io.*;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

// A small file-backed key-value store: a binary data file of length-prefixed records (DataOutputStream),
// an index rewritten with NIO buffers, random-access lookups (RandomAccessFile), a text log
// (PrintWriter, appended), a compaction pass and a consistency check.
public class IoRecordStore {
    final Path dir, data, index, log;
    final Map<String, Long> offsets = new LinkedHashMap<>();

    IoRecordStore(Path dir) throws IOException {
        this.dir = dir;
        data = dir.resolve("data.bin");
        index = dir.resolve("index.bin");
        log = dir.resolve("store.log");
        Files.createDirectories(dir);
    }

    void log(String msg) throws IOException {
        try (PrintWriter w = new PrintWriter(new BufferedWriter(new FileWriter(log.toFile(), true)))) {
            w.printf("%04d %s%n", Files.exists(log) ? Files.readAllLines(log).size() : 0, msg);
        }
    }

    void put(String key, String value) throws IOException {
        long at = Files.exists(data) ? Files.size(data) : 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(data.toFile(), true)))) {
            out.writeUTF(key);
            byte[] v = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(v.length);
            out.write(v);
        }
        offsets.put(key, at);
        log("put " + key + " @" + at + " " + value.length() + " chars");
    }

    String get(String key) throws IOException {
        Long at = offsets.get(key);
        if (at == null) return null;
        try (RandomAccessFile raf = new RandomAccessFile(data.toFile(), "r")) {
            raf.seek(at);
            String k = raf.readUTF();
            if (!k.equals(key)) throw new IOException("index corrupt at " + at + ": " + k);
            byte[] v = new byte[raf.readInt()];
            raf.readFully(v);
            return new String(v, StandardCharsets.UTF_8);
        }
    }

    void saveIndex() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4096);
        b.putInt(offsets.size());
        for (Map.Entry<String, Long> e : offsets.entrySet()) {
            byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
            b.putShort((short) k.length).put(k).putLong(e.getValue());
        }
        b.flip();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        Files.write(index, out);
        log("index saved, " + out.length + " bytes");
    }

    static Map<String, Long> loadIndex(Path index) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(index));
        Map<String, Long> m = new LinkedHashMap<>();
        for (int n = b.getInt(); n > 0; n--) {
            byte[] k = new byte[b.getShort()];
            b.get(k);
            m.put(new String(k, StandardCharsets.UTF_8), b.getLong());
        }
        return m;
    }

    void compact() throws IOException {
        Path tmp = dir.resolve("data.tmp");
        Map<String, Long> fresh = new LinkedHashMap<>();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            for (String k : offsets.keySet()) {
                fresh.put(k, (long) out.size());
                out.writeUTF(k);
                byte[] v = get(k).getBytes(StandardCharsets.UTF_8);
                out.writeInt(v.length);
                out.write(v);
            }
        }
        long before = Files.size(data);
        Files.move(tmp, data, StandardCopyOption.REPLACE_EXISTING);
        offsets.clear();
        offsets.putAll(fresh);
        log("compacted " + before + " -> " + Files.size(data));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("mote-io-IoRecordStore-");
        IoRecordStore s = new IoRecordStore(dir);
        String[] keys = {"alpha", "beta", "gamma", "d\u00e9lta", "\u20acuro", "alpha", "beta", "zeta"};
        for (int i = 0; i < keys.length; i++) s.put(keys[i], ("value " + i + " ").repeat(i + 1) + "\ud83d\ude00");
        for (String k : new String[] {"alpha", "beta", "gamma", "d\u00e9lta", "\u20acuro", "zeta", "missing"}) {
            String v = s.get(k);
            System.out.println(k + " -> " + (v == null ? null : v.length() + " " + v.substring(0, Math.min(20, v.length()))));
        }
        s.saveIndex();
        Map<String, Long> loaded = loadIndex(s.index);
        System.out.println(loaded + " " + loaded.equals(s.offsets));
        long sizeBefore = Files.size(s.data);
        s.compact();
        System.out.println(sizeBefore + " -> " + Files.size(s.data) + " " + s.offsets);
        for (String k : s.offsets.keySet()) System.out.println(k + " = " + s.get(k).length());
        List<String> lines = Files.readAllLines(s.log);
        System.out.println(lines.size() + " log lines; first: " + lines.get(0) + "; last: " + lines.get(lines.size() - 1));
        try (BufferedReader r = Files.newBufferedReader(s.log)) {
            int puts = 0;
            for (String l; (l = r.readLine()) != null; ) if (l.contains(" put ")) puts++;
            System.out.println("puts logged " + puts);
        }
        // Corrupt the index on purpose: a lookup must notice.
        s.offsets.put("gamma", 3L);
        try {
            s.get("gamma");
        } catch (IOException | RuntimeException e) {
            System.out.println("corruption: " + e.getClass().getSimpleName());
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
        System.out.println("cleaned " + Files.notExists(dir));
    }
}
