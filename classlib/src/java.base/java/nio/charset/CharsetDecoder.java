package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/** Bytes to UTF-16, in steps, with configurable handling of malformed and unmappable input. */
public abstract class CharsetDecoder {
    private static final int RESET = 0, CODING = 1, END = 2, FLUSHED = 3;
    private static final String[] STATES = {"RESET", "CODING", "CODING_END", "FLUSHED"};

    private final Charset charset;
    private final float averageCharsPerByte;
    private final float maxCharsPerByte;
    private String replacement = "\uFFFD";
    private CodingErrorAction malformedAction = CodingErrorAction.REPORT;
    private CodingErrorAction unmappableAction = CodingErrorAction.REPORT;
    private int state = RESET;

    protected CharsetDecoder(Charset cs, float averageCharsPerByte, float maxCharsPerByte) {
        if (averageCharsPerByte <= 0.0f) throw new IllegalArgumentException("Non-positive averageCharsPerByte");
        if (maxCharsPerByte <= 0.0f) throw new IllegalArgumentException("Non-positive maxCharsPerByte");
        if (averageCharsPerByte > maxCharsPerByte) throw new IllegalArgumentException("averageCharsPerByte exceeds maxCharsPerByte");
        this.charset = cs;
        this.averageCharsPerByte = averageCharsPerByte;
        this.maxCharsPerByte = maxCharsPerByte;
    }

    public final Charset charset() {
        return charset;
    }

    public final String replacement() {
        return replacement;
    }

    public final CharsetDecoder replaceWith(String newReplacement) {
        if (newReplacement == null) throw new IllegalArgumentException("Null replacement");
        int len = newReplacement.length();
        if (len == 0) throw new IllegalArgumentException("Empty replacement");
        if (len > maxCharsPerByte) throw new IllegalArgumentException("Replacement too long");
        replacement = newReplacement;
        implReplaceWith(newReplacement);
        return this;
    }

    protected void implReplaceWith(String newReplacement) {}

    public CodingErrorAction malformedInputAction() {
        return malformedAction;
    }

    public final CharsetDecoder onMalformedInput(CodingErrorAction newAction) {
        if (newAction == null) throw new IllegalArgumentException("Null action");
        malformedAction = newAction;
        implOnMalformedInput(newAction);
        return this;
    }

    protected void implOnMalformedInput(CodingErrorAction newAction) {}

    public CodingErrorAction unmappableCharacterAction() {
        return unmappableAction;
    }

    public final CharsetDecoder onUnmappableCharacter(CodingErrorAction newAction) {
        if (newAction == null) throw new IllegalArgumentException("Null action");
        unmappableAction = newAction;
        implOnUnmappableCharacter(newAction);
        return this;
    }

    protected void implOnUnmappableCharacter(CodingErrorAction newAction) {}

    public final float averageCharsPerByte() {
        return averageCharsPerByte;
    }

    public final float maxCharsPerByte() {
        return maxCharsPerByte;
    }

    private void illegalState(int to) {
        throw new IllegalStateException("Current state = " + STATES[state] + ", new state = " + STATES[to]);
    }

    public final CoderResult decode(ByteBuffer in, CharBuffer out, boolean endOfInput) {
        int newState = endOfInput ? END : CODING;
        if (state != RESET && state != CODING && !(endOfInput && state == END)) illegalState(newState);
        state = newState;
        while (true) {
            CoderResult cr;
            try {
                cr = decodeLoop(in, out);
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
                if (out.remaining() < replacement.length()) return CoderResult.OVERFLOW;
                out.put(replacement);
            }
            in.position(in.position() + cr.length());
        }
    }

    public final CoderResult flush(CharBuffer out) {
        if (state == END) {
            CoderResult cr = implFlush(out);
            if (cr.isUnderflow()) state = FLUSHED;
            return cr;
        }
        if (state != FLUSHED) illegalState(FLUSHED);
        return CoderResult.UNDERFLOW;
    }

    protected CoderResult implFlush(CharBuffer out) {
        return CoderResult.UNDERFLOW;
    }

    public final CharsetDecoder reset() {
        implReset();
        state = RESET;
        return this;
    }

    protected void implReset() {}

    protected abstract CoderResult decodeLoop(ByteBuffer in, CharBuffer out);

    public final CharBuffer decode(ByteBuffer in) throws CharacterCodingException {
        int n = (int) (in.remaining() * averageCharsPerByte());
        CharBuffer out = CharBuffer.allocate(n);
        if (n == 0 && in.remaining() == 0) return out;
        reset();
        while (true) {
            CoderResult cr = in.hasRemaining() ? decode(in, out, true) : CoderResult.UNDERFLOW;
            if (cr.isUnderflow()) cr = flush(out);
            if (cr.isUnderflow()) break;
            if (cr.isOverflow()) {
                n = 2 * n + 1;
                CharBuffer o = CharBuffer.allocate(n);
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

    public boolean isAutoDetecting() {
        return false;
    }
}
