import java.nio.charset.StandardCharsets;

/**
 * String charset hot paths (not part of the jvm-bench table): ns per call for a 64-char ASCII, a 64-char
 * Latin-1 and a mixed UTF-8 string, best of 5 rounds. Run: javac --system=none --module-path JAVA_BASE_DIR
 * -d /tmp/sc jvm-glue/bench/java/StringCharsets.java && target/release/mote-jvm --cp /tmp/sc StringCharsets 20000
 */
public class StringCharsets {
    static int sink;

    interface Op { void run(); }

    static void time(String name, int iters, Op op) {
        for (int i = 0; i < iters / 10; i++) op.run();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < iters; i++) op.run();
            long t = System.nanoTime() - t0;
            if (t < best) best = t;
        }
        System.out.println(name + " " + (best / iters) + " ns/op");
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        StringBuilder a = new StringBuilder(), l = new StringBuilder(), u = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            a.append((char) ('a' + i % 26));
            l.append((char) (0xC0 + i % 60));
            u.append(i % 3 == 0 ? '\u20AC' : (char) ('a' + i % 26));
        }
        String ascii = a.toString(), latin = l.toString(), utf = u.toString();
        byte[] asciiB = ascii.getBytes(StandardCharsets.UTF_8), latinB = latin.getBytes(StandardCharsets.ISO_8859_1);
        byte[] utfB = utf.getBytes(StandardCharsets.UTF_8);
        time("getBytes() ascii", n, () -> sink += ascii.getBytes().length);
        time("getBytes(UTF_8) mixed", n, () -> sink += utf.getBytes(StandardCharsets.UTF_8).length);
        time("getBytes(\"UTF-8\") ascii", n, () -> { try { sink += ascii.getBytes("UTF-8").length; } catch (Exception e) { throw new RuntimeException(e); } });
        time("getBytes(ISO_8859_1) latin", n, () -> sink += latin.getBytes(StandardCharsets.ISO_8859_1).length);
        time("getBytes(\"ISO-8859-1\") latin", n, () -> { try { sink += latin.getBytes("ISO-8859-1").length; } catch (Exception e) { throw new RuntimeException(e); } });
        time("new String(b) ascii", n, () -> sink += new String(asciiB).length());
        time("new String(b, UTF_8) mixed", n, () -> sink += new String(utfB, StandardCharsets.UTF_8).length());
        time("new String(b, \"UTF-8\") ascii", n, () -> { try { sink += new String(asciiB, "UTF-8").length(); } catch (Exception e) { throw new RuntimeException(e); } });
        time("new String(b, ISO_8859_1) latin", n, () -> sink += new String(latinB, StandardCharsets.ISO_8859_1).length());
        time("new String(b, \"ISO-8859-1\") latin", n, () -> { try { sink += new String(latinB, "ISO-8859-1").length(); } catch (Exception e) { throw new RuntimeException(e); } });
        System.out.println("sink " + sink);
    }
}
