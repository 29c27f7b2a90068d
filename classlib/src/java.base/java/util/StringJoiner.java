package java.util;

public final class StringJoiner {
    private final String delimiter, prefix, suffix;
    private StringBuilder value;
    private String emptyValue;

    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.delimiter = delimiter.toString();
        this.prefix = prefix.toString();
        this.suffix = suffix.toString();
        emptyValue = this.prefix + this.suffix;
    }

    public StringJoiner setEmptyValue(CharSequence e) {
        emptyValue = Objects.requireNonNull(e, "The empty value must not be null").toString();
        return this;
    }

    public StringJoiner add(CharSequence s) {
        if (value == null) value = new StringBuilder().append(prefix);
        else value.append(delimiter);
        value.append(s);
        return this;
    }

    public int length() {
        return value == null ? emptyValue.length() : value.length() + suffix.length();
    }

    public String toString() {
        return value == null ? emptyValue : value + suffix;
    }

    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.value == null) return this;
        String body = other.value.substring(other.prefix.length());
        if (value == null) value = new StringBuilder().append(prefix);
        else value.append(delimiter);
        value.append(body);
        return this;
    }
}
