package java.text;

/**
 * Base of the formatters. Mote has no StringBuffer-based API yet: subclasses implement
 * {@link #formatToString(Object)}.
 */
public abstract class Format implements java.io.Serializable, Cloneable {
    protected Format() {}

    public final String format(Object obj) {
        return formatToString(obj);
    }

    abstract String formatToString(Object obj);

    public abstract Object parseObject(String source, ParsePosition pos);

    public Object parseObject(String source) throws ParseException {
        ParsePosition pos = new ParsePosition(0);
        Object result = parseObject(source, pos);
        if (pos.index == 0) throw new ParseException("Format.parseObject(String) failed", pos.errorIndex);
        return result;
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
