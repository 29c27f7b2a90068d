import java.io.*;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.*;

// Seeded random byte and char sequences through every decoding/encoding path (String, Charset,
// CharsetDecoder with each action, InputStreamReader/OutputStreamWriter); checksums must agree with HotSpot.
public class IoCharsetFuzz {
    static long seed = 20261122;

    static int rnd(int n) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % n);
    }

    static long hash(CharSequence s) {
        long h = s.length();
        for (int i = 0; i < s.length(); i++) h = h * 1000003 + s.charAt(i);
        return h;
    }

    static long hash(byte[] b, int n) {
        long h = n;
        for (int i = 0; i < n; i++) h = h * 1000003 + b[i];
        return h;
    }

    static byte[] randomBytes() {
        int[] interesting = {0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90, 0x8f};
        byte[] b = new byte[rnd(40)];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (rnd(3) == 0 ? rnd(256) : interesting[rnd(interesting.length)]);
        return b;
    }

    static String randomChars() {
        char[] pool = {'a', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uffff', '\ud83d', '\ude00', '\udbff', '\udc00', '\u0000', '\u00ff', '\u0100'};
        char[] c = new char[rnd(30)];
        for (int i = 0; i < c.length; i++) c[i] = pool[rnd(pool.length)];
        return new String(c);
    }

    public static void main(String[] args) throws Exception {
        Charset[] sets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE};
        for (Charset cs : sets) {
            long viaString = 0, viaCharset = 0, viaReader = 0, ignore = 0, report = 0, mismatches = 0;
            for (int round = 0; round < 300; round++) {
                byte[] b = randomBytes();
                String s = new String(b, cs);
                viaString = viaString * 31 + hash(s);
                String c = cs.decode(ByteBuffer.wrap(b)).toString();
                viaCharset = viaCharset * 31 + hash(c);
                Reader r = new InputStreamReader(new ByteArrayInputStream(b), cs);
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[1 + rnd(5)];
                for (int n; (n = r.read(buf)) != -1; ) sb.append(new String(buf, 0, n));
                viaReader = viaReader * 31 + hash(sb);
                if (!s.equals(c) || !s.equals(sb.toString())) mismatches++;
                ignore = ignore * 31 + hash(cs.newDecoder().onMalformedInput(CodingErrorAction.IGNORE).decode(ByteBuffer.wrap(b)));
                try {
                    report = report * 31 + hash(cs.newDecoder().decode(ByteBuffer.wrap(b)));
                } catch (CharacterCodingException e) {
                    report = report * 31 + e.getClass().getSimpleName().length() * 100 + ((MalformedInputException) e).getInputLength();
                }
            }
            System.out.println(cs + " decode " + viaString + " " + (viaString == viaCharset) + " " + (viaString == viaReader) + " mismatches=" + mismatches
                    + " ignore=" + ignore + " report=" + report);
            long enc = 0, encCharset = 0, encWriter = 0, encReport = 0;
            for (int round = 0; round < 300; round++) {
                String s = randomChars();
                byte[] b = s.getBytes(cs);
                enc = enc * 31 + hash(b, b.length);
                ByteBuffer bb = cs.encode(s);
                byte[] b2 = new byte[bb.remaining()];
                bb.get(b2);
                encCharset = encCharset * 31 + hash(b2, b2.length);
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                Writer w = new OutputStreamWriter(bo, cs);
                int i = 0;
                while (i < s.length()) {
                    int k = Math.min(s.length() - i, 1 + rnd(4));
                    w.write(s, i, k);
                    i += k;
                }
                w.close();
                encWriter = encWriter * 31 + hash(bo.toByteArray(), bo.size());
                try {
                    ByteBuffer r = cs.newEncoder().encode(CharBuffer.wrap(s));
                    encReport = encReport * 31 + r.remaining();
                } catch (CharacterCodingException e) {
                    encReport = encReport * 31 + e.getClass().getSimpleName().length() * 100 + (e instanceof MalformedInputException
                            ? ((MalformedInputException) e).getInputLength() : ((UnmappableCharacterException) e).getInputLength());
                }
            }
            System.out.println(cs + " encode " + enc + " " + encCharset + " " + encWriter + " report=" + encReport);
        }
    }
}
