package java.nio.charset;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;

public class CoderResult {
    private static final int K_UNDERFLOW = 0, K_OVERFLOW = 1, K_MALFORMED = 2, K_UNMAPPABLE = 3;

    public static final CoderResult UNDERFLOW = new CoderResult(K_UNDERFLOW, 0);
    public static final CoderResult OVERFLOW = new CoderResult(K_OVERFLOW, 0);
    private static final CoderResult[] MALFORMED = new CoderResult[8];
    private static final CoderResult[] UNMAPPABLE = new CoderResult[8];

    private final int kind;
    private final int length;

    private CoderResult(int kind, int length) {
        this.kind = kind;
        this.length = length;
    }

    public boolean isUnderflow() {
        return kind == K_UNDERFLOW;
    }

    public boolean isOverflow() {
        return kind == K_OVERFLOW;
    }

    public boolean isError() {
        return kind >= K_MALFORMED;
    }

    public boolean isMalformed() {
        return kind == K_MALFORMED;
    }

    public boolean isUnmappable() {
        return kind == K_UNMAPPABLE;
    }

    public int length() {
        if (!isError()) throw new UnsupportedOperationException();
        return length;
    }

    public static CoderResult malformedForLength(int length) {
        if (length <= 0) throw new IllegalArgumentException("Non-positive length");
        if (length < MALFORMED.length) {
            if (MALFORMED[length] == null) MALFORMED[length] = new CoderResult(K_MALFORMED, length);
            return MALFORMED[length];
        }
        return new CoderResult(K_MALFORMED, length);
    }

    public static CoderResult unmappableForLength(int length) {
        if (length <= 0) throw new IllegalArgumentException("Non-positive length");
        if (length < UNMAPPABLE.length) {
            if (UNMAPPABLE[length] == null) UNMAPPABLE[length] = new CoderResult(K_UNMAPPABLE, length);
            return UNMAPPABLE[length];
        }
        return new CoderResult(K_UNMAPPABLE, length);
    }

    public void throwException() throws CharacterCodingException {
        switch (kind) {
            case K_UNDERFLOW: throw new BufferUnderflowException();
            case K_OVERFLOW: throw new BufferOverflowException();
            case K_MALFORMED: throw new MalformedInputException(length);
            default: throw new UnmappableCharacterException(length);
        }
    }

    public String toString() {
        switch (kind) {
            case K_UNDERFLOW: return "UNDERFLOW";
            case K_OVERFLOW: return "OVERFLOW";
            case K_MALFORMED: return "MALFORMED[" + length + "]";
            default: return "UNMAPPABLE[" + length + "]";
        }
    }
}
