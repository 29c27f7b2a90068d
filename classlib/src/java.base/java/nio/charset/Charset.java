package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.LinkedHashSet;
import java.util.Set;
import mote.charset.Codec;

/** A named mapping between UTF-16 and bytes. Built in: UTF-8, ISO-8859-1 and US-ASCII. */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        if (canonicalName == null) throw new IllegalArgumentException("Null charset name");
        if (!Codec.legalName(canonicalName)) throw new IllegalCharsetNameException(canonicalName);
        this.name = canonicalName;
        this.aliases = aliases == null ? new String[0] : aliases.clone();
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null) throw new IllegalArgumentException("Null charset name");
        int id = Codec.lookup(charsetName);
        if (id >= 0) return BuiltinCharset.of(id);
        if (!Codec.legalName(charsetName)) throw new IllegalCharsetNameException(charsetName);
        return null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) throw new UnsupportedCharsetException(charsetName);
        return cs;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset defaultCharset() {
        return BuiltinCharset.UTF8;
    }

    public final String name() {
        return name;
    }

    public final Set<String> aliases() {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        for (String a : aliases) s.add(a);
        return s;
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    public abstract boolean contains(Charset cs);

    public abstract CharsetDecoder newDecoder();

    public abstract CharsetEncoder newEncoder();

    public boolean canEncode() {
        return true;
    }

    public final CharBuffer decode(ByteBuffer bb) {
        try {
            return newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(bb);
        } catch (CharacterCodingException x) {
            throw new Error(x);
        }
    }

    public final ByteBuffer encode(CharBuffer cb) {
        try {
            return newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .encode(cb);
        } catch (CharacterCodingException x) {
            throw new Error(x);
        }
    }

    public final ByteBuffer encode(String str) {
        return encode(CharBuffer.wrap(str));
    }

    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    public final int hashCode() {
        return name().hashCode();
    }

    public final boolean equals(Object ob) {
        if (this == ob) return true;
        return ob instanceof Charset && name.equals(((Charset) ob).name());
    }

    public final String toString() {
        return name;
    }
}
