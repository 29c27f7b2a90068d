package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/** UTF-16 to bytes, in steps, with configurable handling of malformed and unmappable input. */
public abstract class CharsetEncoder {
    private static final int RESET = 0, CODING = 1, END = 2, FLUSHED = 3;
    private static final String[] STATES = {"RESET", "CODING", "CODING_END", "FLUSHED"};

    private final Charset charset;
    private final float averageBytesPerChar;
    private final float maxBytesPerChar;
    private byte[] replacement;
    private CodingErrorAction malformedAction = CodingErrorAction.REPORT;
    private CodingErrorAction unmappableAction = CodingErrorAction.REPORT;
    private int state = RESET;

    protected CharsetEncoder(Charset cs, float averageBytesPerChar, float maxBytesPerChar) {
        this(cs, averageBytesPerChar, maxBytesPerChar, new byte[] {(byte) '?'});
    }

    protected CharsetEncoder(Charset cs, float averageBytesPerChar, float maxBytesPerChar, byte[] replacement) {
        if (averageBytesPerChar <= 0.0f) throw new IllegalArgumentException("Non-positive averageBytesPerChar");
        if (maxBytesPerChar <= 0.0f) throw new IllegalArgumentException("Non-positive maxBytesPerChar");
        if (averageBytesPerChar > maxBytesPerChar) throw new IllegalArgumentException("averageBytesPerChar exceeds maxBytesPerChar");
        this.charset = cs;
        this.averageBytesPerChar = averageBytesPerChar;
        this.maxBytesPerChar = maxBytesPerChar;
        this.replacement = replacement;
    }

    public final Charset charset() {
        return charset;
    }

    public final byte[] replacement() {
        return replacement.clone();
    }

    public final CharsetEncoder replaceWith(byte[] newReplacement) {
        if (newReplacement == null) throw new IllegalArgumentException("Null replacement");
        int len = newReplacement.length;
        if (len == 0) throw new IllegalArgumentException("Empty replacement");
        if (len > maxBytesPerChar) throw new IllegalArgumentException("Replacement too long");
        replacement = newReplacement.clone();
        implReplaceWith(replacement);
        return this;
    }

    protected void implReplaceWith(byte[] newReplacement) {}

    public boolean isLegalReplacement(byte[] repl) {
        return repl.length > 0;
    }

    public CodingErrorAction malformedInputAction() {
        return malformedAction;
    }

    public final CharsetEncoder onMalformedInput(CodingErrorAction newAction) {
        if (newAction == null) throw new IllegalArgumentException("Null action");
        malformedAction = newAction;
        implOnMalformedInput(newAction);
        return this;
    }

    protected void implOnMalformedInput(CodingErrorAction newAction) {}

    public CodingErrorAction unmappableCharacterAction() {
        return unmappableAction;
    }

    public final CharsetEncoder onUnmappableCharacter(CodingErrorAction newAction) {
        if (newAction == null) throw new IllegalArgumentException("Null action");
        unmappableAction = newAction;
        implOnUnmappableCharacter(newAction);
        return this;
    }

    protected void implOnUnmappableCharacter(CodingErrorAction newAction) {}

    public final float averageBytesPerChar() {
        return averageBytesPerChar;
    }

    public final float maxBytesPerChar() {
        return maxBytesPerChar;
    }

    private void illegalState(int to) {
        throw new IllegalStateException("Current state = " + STATES[state] + ", new state = " + STATES[to]);
    }

    public final CoderResult encode(CharBuffer in, ByteBuffer out, boolean endOfInput) {
        int newState = endOfInput ? END : CODING;
        if (state != RESET && state != CODING && !(endOfInput && state == END)) illegalState(newState);
        state = newState;
        while (true) {
            CoderResult cr;
            try {
                cr = encodeLoop(in, out);
            } catch (RuntimeException x) {
                throw new CoderMalfunctionError(x);
            }
            if (cr.isOverflow()) return cr;
            if (cr.isUnderflow()) {
                if (endOfInput && in.hasRemaining()) {
                    cr = CoderResult.malformedForLength(in.remaining());
                } else {
                    return cr;
                }
            }
            CodingErrorAction action = cr.isMalformed() ? malformedAction : unmappableAction;
            if (action == CodingErrorAction.REPORT) return cr;
            if (action == CodingErrorAction.REPLACE) {
                if (out.remaining() < replacement.length) return CoderResult.OVERFLOW;
                out.put(replacement);
            }
            in.position(in.position() + cr.length());
        }
    }

    public final CoderResult flush(ByteBuffer out) {
        if (state == END) {
            CoderResult cr = implFlush(out);
            if (cr.isUnderflow()) state = FLUSHED;
            return cr;
        }
        if (state != FLUSHED) illegalState(FLUSHED);
        return CoderResult.UNDERFLOW;
    }

    protected CoderResult implFlush(ByteBuffer out) {
        return CoderResult.UNDERFLOW;
    }

    public final CharsetEncoder reset() {
        implReset();
        state = RESET;
        return this;
    }

    protected void implReset() {}

    protected abstract CoderResult encodeLoop(CharBuffer in, ByteBuffer out);

    public final ByteBuffer encode(CharBuffer in) throws CharacterCodingException {
        int n = (int) (in.remaining() * averageBytesPerChar());
        ByteBuffer out = ByteBuffer.allocate(n);
        if (n == 0 && in.remaining() == 0) return out;
        reset();
        while (true) {
            CoderResult cr = in.hasRemaining() ? encode(in, out, true) : CoderResult.UNDERFLOW;
            if (cr.isUnderflow()) cr = flush(out);
            if (cr.isUnderflow()) break;
            if (cr.isOverflow()) {
                n = 2 * n + 1;
                ByteBuffer o = ByteBuffer.allocate(n);
                out.flip();
                o.put(out);
                out = o;
                continue;
            }
            cr.throwException();
        }
        out.flip();
        return out;
    }

    public boolean canEncode(char c) {
        CharBuffer cb = CharBuffer.allocate(1);
        cb.put(c);
        cb.flip();
        return canEncode(cb);
    }

    public boolean canEncode(CharSequence cs) {
        CharBuffer cb = cs instanceof CharBuffer ? ((CharBuffer) cs).duplicate() : CharBuffer.wrap(cs.toString());
        return canEncode(cb);
    }

    private boolean canEncode(CharBuffer cb) {
        CodingErrorAction ma = malformedAction, ua = unmappableAction;
        try {
            onMalformedInput(CodingErrorAction.REPORT);
            onUnmappableCharacter(CodingErrorAction.REPORT);
            encode(cb);
            return true;
        } catch (CharacterCodingException x) {
            return false;
        } finally {
            onMalformedInput(ma);
            onUnmappableCharacter(ua);
            reset();
        }
    }
}
