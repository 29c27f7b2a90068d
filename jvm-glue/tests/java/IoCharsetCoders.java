import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.*;

// CharsetDecoder/CharsetEncoder: error actions, CoderResult, incremental decoding, flush, replacement.
public class IoCharsetCoders {
    interface Body { Object run() throws Exception; }

    static void t(String name, Body b) {
        try {
            System.out.println(name + " = " + b.run());
        } catch (Throwable e) {
            System.out.println(name + " ! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String units(CharSequence s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        return sb.toString().trim();
    }

    static String hex(ByteBuffer b) {
        StringBuilder sb = new StringBuilder();
        while (b.hasRemaining()) sb.append(Integer.toHexString(b.get() & 0xff)).append(' ');
        return sb.toString().trim();
    }

    static ByteBuffer bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return ByteBuffer.wrap(b);
    }

    public static void main(String[] args) {
        Charset u8 = StandardCharsets.UTF_8;
        t("report", () -> units(u8.newDecoder().decode(bytes(0x41, 0xff, 0x42))));
        t("report2", () -> units(u8.newDecoder().decode(bytes(0x41, 0xe2, 0x82))));
        t("replace", () -> units(u8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).decode(bytes(0x41, 0xff, 0x42, 0xe2, 0x82))));
        t("ignore", () -> units(u8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE).decode(bytes(0x41, 0xff, 0x42, 0xc3))));
        t("replaceWith", () -> units(u8.newDecoder().replaceWith("#").onMalformedInput(CodingErrorAction.REPLACE).decode(bytes(0x80, 0x41))));
        t("charsetDecode", () -> units(u8.decode(bytes(0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f))));
        t("asciiReport", () -> units(StandardCharsets.US_ASCII.newDecoder().decode(bytes(0x41, 0x80))));
        t("enc", () -> hex(u8.newEncoder().encode(CharBuffer.wrap("h\u00e9\u20ac"))));
        String lone = "a" + (char) 0xd800 + "b";
        t("encMalformed", () -> hex(u8.newEncoder().encode(CharBuffer.wrap(lone))));
        t("encReplace", () -> hex(u8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(lone))));
        t("encUnmappable", () -> hex(StandardCharsets.ISO_8859_1.newEncoder().encode(CharBuffer.wrap("x\u0101"))));
        t("encUnmappablePair", () -> hex(StandardCharsets.ISO_8859_1.newEncoder().encode(CharBuffer.wrap("x\ud83d\ude00"))));
        t("encIgnore", () -> hex(StandardCharsets.US_ASCII.newEncoder().onUnmappableCharacter(CodingErrorAction.IGNORE).encode(CharBuffer.wrap("a\u00e9b"))));
        t("encReplaceWith", () -> hex(StandardCharsets.US_ASCII.newEncoder().replaceWith(new byte[] {'*'}).onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap("a\u00e9b"))));
        t("charsetEncode", () -> hex(StandardCharsets.US_ASCII.encode("\u00e9t\u00e9")));
        t("encBuf", () -> u8.encode("h\u00e9llo w\u00f6rld").toString());
        t("decBuf", () -> { CharBuffer c = u8.decode(bytes(0x68, 0xc3, 0xa9)); return c.position() + " " + c.limit() + " " + c.capacity() + " " + c; });
        t("emptyEnc", () -> u8.newEncoder().encode(CharBuffer.wrap("")).toString());
        t("emptyDec", () -> u8.newDecoder().decode(ByteBuffer.allocate(0)).capacity());
        // Incremental decoding: feed one byte at a time.
        t("incremental", () -> {
            CharsetDecoder d = u8.newDecoder();
            byte[] in = "a\u00e9\u20ac\ud83d\ude00z".getBytes(u8);
            CharBuffer out = CharBuffer.allocate(32);
            ByteBuffer buf = ByteBuffer.allocate(8);
            StringBuilder log = new StringBuilder();
            for (int i = 0; i < in.length; i++) {
                buf.put(in[i]);
                buf.flip();
                CoderResult r = d.decode(buf, out, false);
                log.append(r).append(':').append(buf.remaining()).append(' ');
                buf.compact();
            }
            buf.flip();
            log.append(d.decode(buf, out, true)).append(' ').append(d.flush(out));
            out.flip();
            return log + " -> " + units(out);
        });
        t("overflow", () -> {
            CharsetDecoder d = u8.newDecoder();
            CharBuffer out = CharBuffer.allocate(2);
            ByteBuffer in = bytes(0x61, 0x62, 0xf0, 0x9f, 0x98, 0x80);
            CoderResult r1 = d.decode(in, out, true);
            int p1 = in.position();
            out.clear();
            CoderResult r2 = d.decode(in, out, true);
            return r1 + " " + p1 + " " + r2 + " " + in.position() + " " + out.position();
        });
        t("malformedResult", () -> {
            CharsetDecoder d = u8.newDecoder();
            ByteBuffer in = bytes(0x61, 0xe2, 0x28, 0x62);
            CharBuffer out = CharBuffer.allocate(8);
            CoderResult r = d.decode(in, out, true);
            return r + " len=" + r.length() + " err=" + r.isError() + " mal=" + r.isMalformed() + " unm=" + r.isUnmappable() + " pos=" + in.position();
        });
        t("results", () -> CoderResult.UNDERFLOW.isUnderflow() + " " + CoderResult.OVERFLOW.isOverflow() + " " + CoderResult.unmappableForLength(2) + " " + (CoderResult.malformedForLength(1) == CoderResult.malformedForLength(1)));
        t("underflowLength", () -> CoderResult.UNDERFLOW.length());
        t("zeroLength", () -> CoderResult.malformedForLength(0));
        t("throwUnder", () -> { CoderResult.UNDERFLOW.throwException(); return null; });
        t("throwOver", () -> { CoderResult.OVERFLOW.throwException(); return null; });
        t("throwMal", () -> { CoderResult.malformedForLength(3).throwException(); return null; });
        t("throwUnm", () -> { CoderResult.unmappableForLength(2).throwException(); return null; });
        t("actions", () -> CodingErrorAction.IGNORE + " " + CodingErrorAction.REPLACE + " " + CodingErrorAction.REPORT);
        t("defaults", () -> { CharsetDecoder d = u8.newDecoder(); return d.malformedInputAction() + " " + d.unmappableCharacterAction() + " " + units(d.replacement()) + " " + d.charset(); });
        t("encDefaults", () -> { CharsetEncoder e = StandardCharsets.ISO_8859_1.newEncoder(); return e.malformedInputAction() + " " + e.replacement().length + " " + e.replacement()[0] + " " + e.averageBytesPerChar() + " " + e.maxBytesPerChar(); });
        t("u8enc", () -> { CharsetEncoder e = u8.newEncoder(); return e.averageBytesPerChar() + " " + e.maxBytesPerChar(); });
        t("emptyReplacement", () -> u8.newDecoder().replaceWith(""));
        t("longReplacement", () -> u8.newDecoder().replaceWith("ab"));
        t("nullAction", () -> u8.newDecoder().onMalformedInput(null));
        t("canEncode", () -> StandardCharsets.US_ASCII.newEncoder().canEncode('a') + " " + StandardCharsets.US_ASCII.newEncoder().canEncode('\u00e9') + " " + StandardCharsets.ISO_8859_1.newEncoder().canEncode("caf\u00e9") + " " + u8.newEncoder().canEncode((char) 0xd800) + " " + u8.newEncoder().canEncode("\ud83d\ude00"));
        t("mie", () -> new MalformedInputException(7).getMessage() + " " + new MalformedInputException(7).getInputLength() + " " + new UnmappableCharacterException(2).getMessage());
        t("cce", () -> new CharacterCodingException() instanceof java.io.IOException);
        t("state", () -> { CharsetDecoder d = u8.newDecoder(); d.decode(bytes(0x41), CharBuffer.allocate(4), true); return d.decode(bytes(0x41), CharBuffer.allocate(4), false); });
        t("flushEarly", () -> u8.newDecoder().flush(CharBuffer.allocate(4)));
        t("reset", () -> { CharsetDecoder d = u8.newDecoder(); d.decode(bytes(0x41), CharBuffer.allocate(4), true); d.flush(CharBuffer.allocate(4)); d.reset(); return d.decode(bytes(0x42), CharBuffer.allocate(4), false); });
    }
}
