package java.time.temporal;

public interface TemporalAccessor {
    boolean isSupported(TemporalField field);

    default ValueRange range(TemporalField field) {
        if (!isSupported(field)) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        return field.range();
    }

    default int get(TemporalField field) {
        ValueRange r = range(field);
        long v = getLong(field);
        if (!r.isIntValue()) {
            throw new UnsupportedTemporalTypeException("Invalid field " + field + " for get() method, use getLong() instead");
        }
        if (!r.isValidValue(v)) {
            throw new java.time.DateTimeException("Invalid value for " + field + " (valid values " + r + "): " + v);
        }
        return (int) v;
    }

    long getLong(TemporalField field);

    default <R> R query(TemporalQuery<R> query) {
        return query.queryFrom(this);
    }
}
