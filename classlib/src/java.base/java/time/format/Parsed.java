package java.time.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.HashMap;

/** The fields found by a parse, and the date/time they resolve to. */
final class Parsed implements TemporalAccessor {
    HashMap<TemporalField, Long> fields = new HashMap<>();
    ZoneId zone;
    LocalDate date;
    LocalTime time;
    boolean ci;
    boolean lenient;

    Parsed copy() {
        Parsed p = new Parsed();
        p.fields = new HashMap<>(fields);
        p.zone = zone;
        p.defaults = defaults == null ? null : new HashMap<>(defaults);
        p.ci = ci;
        p.lenient = lenient;
        return p;
    }

    void restore(Parsed p) {
        fields = p.fields;
        zone = p.zone;
        defaults = p.defaults;
        ci = p.ci;
        lenient = p.lenient;
    }

    private HashMap<TemporalField, Long> defaults;

    void addDefault(TemporalField f, long v) {
        if (defaults == null) defaults = new HashMap<>();
        defaults.put(f, v);
    }

    /** Records a field; a conflicting second value is a parse error at `start`. */
    int put(TemporalField f, long v, int start, int end) {
        Long old = fields.put(f, v);
        if (old != null && old != v) return ~start;
        return end;
    }

    boolean has(TemporalField f) {
        return fields.containsKey(f);
    }

    long val(TemporalField f) {
        return fields.get(f);
    }

    private long take(TemporalField f) {
        return fields.remove(f);
    }

    void resolve(ResolverStyle style, ZoneId overrideZone) {
        if (zone == null && overrideZone != null) zone = overrideZone;
        if (defaults != null) {
            for (java.util.Map.Entry<TemporalField, Long> e : defaults.entrySet()) {
                if (!fields.containsKey(e.getKey())) fields.put(e.getKey(), e.getValue());
            }
        }
        if (has(ChronoField.YEAR_OF_ERA)) {
            long yoe = val(ChronoField.YEAR_OF_ERA);
            if (style != ResolverStyle.LENIENT) ChronoField.YEAR_OF_ERA.checkValidValue(yoe);
            if (has(ChronoField.ERA)) {
                long era = take(ChronoField.ERA);
                take(ChronoField.YEAR_OF_ERA);
                putResolved(ChronoField.YEAR, era == 1 ? yoe : 1 - yoe);
            } else if (style != ResolverStyle.STRICT || has(ChronoField.YEAR)) {
                take(ChronoField.YEAR_OF_ERA);
                // the era is the one of an already known year, else the current era
                boolean bce = has(ChronoField.YEAR) && val(ChronoField.YEAR) <= 0;
                putResolved(ChronoField.YEAR, bce ? 1 - yoe : yoe);
            }
        }
        if (has(ChronoField.YEAR)) ChronoField.YEAR.checkValidValue(val(ChronoField.YEAR));
        WeekFields wfl = DateTimeFormatter.WEEKS;
        if (has(wfl.weekBasedYear()) && (int) val(wfl.weekBasedYear()) != val(wfl.weekBasedYear())) {
            throw new ArithmeticException("integer overflow");
        }
        if (has(wfl.dayOfWeek())) {
            // a localized day-of-week becomes the ISO one
            long ldow = take(wfl.dayOfWeek());
            if (style != ResolverStyle.LENIENT) wfl.dayOfWeek().range().checkValidValue(ldow, wfl.dayOfWeek());
            long iso = Math.floorMod(ldow - 1 + wfl.getFirstDayOfWeek().getValue() - 1, 7) + 1;
            putResolved(ChronoField.DAY_OF_WEEK, iso);
        }
        // date
        if (has(ChronoField.YEAR) && has(ChronoField.MONTH_OF_YEAR) && has(ChronoField.DAY_OF_MONTH)) {
            int y = (int) val(ChronoField.YEAR);
            long mv = val(ChronoField.MONTH_OF_YEAR), dv = val(ChronoField.DAY_OF_MONTH);
            if (style == ResolverStyle.LENIENT) {
                date = LocalDate.of(y, 1, 1).plusMonths(mv - 1).plusDays(dv - 1);
            } else {
                int m = ChronoField.MONTH_OF_YEAR.checkValidIntValue(mv);
                int d = ChronoField.DAY_OF_MONTH.checkValidIntValue(dv);
                if (style == ResolverStyle.SMART && d > 28) {
                    d = Math.min(d, LocalDate.of(y, m, 1).lengthOfMonth());
                }
                date = LocalDate.of(y, m, d);
            }
            take(ChronoField.YEAR);
            take(ChronoField.MONTH_OF_YEAR);
            take(ChronoField.DAY_OF_MONTH);
        } else if (has(ChronoField.YEAR) && has(ChronoField.DAY_OF_YEAR)) {
            int y = (int) val(ChronoField.YEAR);
            long dv = val(ChronoField.DAY_OF_YEAR);
            if (style == ResolverStyle.LENIENT) date = LocalDate.ofYearDay(y, 1).plusDays(dv - 1);
            else date = LocalDate.ofYearDay(y, ChronoField.DAY_OF_YEAR.checkValidIntValue(dv));
            take(ChronoField.YEAR);
            take(ChronoField.DAY_OF_YEAR);
        } else if (has(ChronoField.EPOCH_DAY)) {
            date = LocalDate.ofEpochDay(take(ChronoField.EPOCH_DAY));
        } else if (has(IsoFields.WEEK_BASED_YEAR) && has(IsoFields.WEEK_OF_WEEK_BASED_YEAR) && has(ChronoField.DAY_OF_WEEK)) {
            int wby = ChronoField.YEAR.checkValidIntValue(take(IsoFields.WEEK_BASED_YEAR));
            long week = take(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            long dow = take(ChronoField.DAY_OF_WEEK);
            LocalDate base = LocalDate.of(wby, 1, 4);
            if (style != ResolverStyle.LENIENT) {
                ChronoField.DAY_OF_WEEK.checkValidValue(dow);
                IsoFields.WEEK_OF_WEEK_BASED_YEAR.range().checkValidValue(week, IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                if (style == ResolverStyle.STRICT) {
                    IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(base).checkValidValue(week, IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                }
            }
            date = base.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1).with(ChronoField.DAY_OF_WEEK, 1)
                    .plusWeeks(week - 1).plusDays(dow - 1);
        } else if (has(ChronoField.YEAR) && has(IsoFields.QUARTER_OF_YEAR) && has(IsoFields.DAY_OF_QUARTER)) {
            int y = ChronoField.YEAR.checkValidIntValue(take(ChronoField.YEAR));
            long q = take(IsoFields.QUARTER_OF_YEAR);
            long dq = take(IsoFields.DAY_OF_QUARTER);
            if (style != ResolverStyle.LENIENT) IsoFields.QUARTER_OF_YEAR.range().checkValidValue(q, IsoFields.QUARTER_OF_YEAR);
            LocalDate qs = LocalDate.of(y, 1, 1).plusMonths((q - 1) * 3);
            if (style != ResolverStyle.LENIENT) {
                IsoFields.DAY_OF_QUARTER.rangeRefinedBy(qs).checkValidValue(dq, IsoFields.DAY_OF_QUARTER);
            }
            date = qs.plusDays(dq - 1);
        } else {
            WeekFields wf = DateTimeFormatter.WEEKS;
            if (has(wf.weekBasedYear()) && has(wf.weekOfWeekBasedYear()) && has(ChronoField.DAY_OF_WEEK)) {
                int wby = ChronoField.YEAR.checkValidIntValue(take(wf.weekBasedYear()));
                long week = take(wf.weekOfWeekBasedYear());
                long dow = Math.floorMod(take(ChronoField.DAY_OF_WEEK) - wf.getFirstDayOfWeek().getValue(), 7) + 1;
                LocalDate base = LocalDate.of(wby, 1, 7);
                long weeks = wf.weekOfWeekBasedYear().rangeRefinedBy(base).getMaximum();
                if (style != ResolverStyle.LENIENT) {
                    wf.dayOfWeek().range().checkValidValue(dow, wf.dayOfWeek());
                    wf.weekOfWeekBasedYear().range().checkValidValue(week, wf.weekOfWeekBasedYear());
                    if (style == ResolverStyle.STRICT) {
                        wf.weekOfWeekBasedYear().rangeRefinedBy(base).checkValidValue(week, wf.weekOfWeekBasedYear());
                    } else {
                        week = Math.min(week, weeks); // SMART keeps the date in the same week-based year
                    }
                }
                LocalDate w1 = base.with(wf.weekOfWeekBasedYear(), 1).with(wf.dayOfWeek(), 1);
                date = w1.plusWeeks(week - 1).plusDays(dow - 1);
            }
        }
        // time
        if (has(ChronoField.CLOCK_HOUR_OF_AMPM)) {
            long v = take(ChronoField.CLOCK_HOUR_OF_AMPM);
            if (style != ResolverStyle.LENIENT) ChronoField.CLOCK_HOUR_OF_AMPM.checkValidValue(v);
            putResolved(ChronoField.HOUR_OF_AMPM, v == 12 ? 0 : v);
        }
        if (has(ChronoField.CLOCK_HOUR_OF_DAY)) {
            long v = take(ChronoField.CLOCK_HOUR_OF_DAY);
            if (style != ResolverStyle.LENIENT) ChronoField.CLOCK_HOUR_OF_DAY.checkValidValue(v);
            putResolved(ChronoField.HOUR_OF_DAY, v == 24 ? 0 : v);
        }
        if (has(ChronoField.HOUR_OF_AMPM) && has(ChronoField.AMPM_OF_DAY)) {
            long ap = take(ChronoField.AMPM_OF_DAY);
            long h = take(ChronoField.HOUR_OF_AMPM);
            if (style != ResolverStyle.LENIENT) {
                ChronoField.AMPM_OF_DAY.checkValidValue(ap);
                ChronoField.HOUR_OF_AMPM.checkValidValue(h);
            }
            putResolved(ChronoField.HOUR_OF_DAY, ap * 12 + h);
        }
        if (style != ResolverStyle.STRICT && has(ChronoField.AMPM_OF_DAY) && !has(ChronoField.HOUR_OF_AMPM)
                && !has(ChronoField.HOUR_OF_DAY) && !has(ChronoField.MINUTE_OF_HOUR) && !has(ChronoField.SECOND_OF_MINUTE)
                && !has(ChronoField.NANO_OF_SECOND)) {
            // only AM/PM: the middle of that half of the day, as HotSpot resolves it
            putResolved(ChronoField.HOUR_OF_DAY, take(ChronoField.AMPM_OF_DAY) * 12 + 6);
        }
        if (style != ResolverStyle.LENIENT && has(ChronoField.NANO_OF_SECOND)) {
            ChronoField.NANO_OF_SECOND.checkValidValue(val(ChronoField.NANO_OF_SECOND));
        }
        if (has(ChronoField.NANO_OF_DAY)) {
            time = LocalTime.ofNanoOfDay(take(ChronoField.NANO_OF_DAY));
        }
        if (has(ChronoField.MILLI_OF_SECOND) && !has(ChronoField.NANO_OF_SECOND)) {
            putResolved(ChronoField.NANO_OF_SECOND, take(ChronoField.MILLI_OF_SECOND) * 1000_000);
        }
        if (has(ChronoField.HOUR_OF_DAY) && time == null) {
            long h = val(ChronoField.HOUR_OF_DAY);
            boolean hm = has(ChronoField.MINUTE_OF_HOUR);
            boolean hs = has(ChronoField.SECOND_OF_MINUTE);
            boolean hn = has(ChronoField.NANO_OF_SECOND);
            boolean resolvable = (hm || (!hs && !hn)) && (hs || !hn);
            if (resolvable && style != ResolverStyle.LENIENT) {
                if (style == ResolverStyle.SMART && h == 24 && (!hm || val(ChronoField.MINUTE_OF_HOUR) == 0)
                        && (!hs || val(ChronoField.SECOND_OF_MINUTE) == 0) && (!hn || val(ChronoField.NANO_OF_SECOND) == 0)) {
                    h = 0;
                    if (date != null) date = date.plusDays(1);
                }
                ChronoField.HOUR_OF_DAY.checkValidValue(h);
                if (hm) ChronoField.MINUTE_OF_HOUR.checkValidValue(val(ChronoField.MINUTE_OF_HOUR));
                if (hs) ChronoField.SECOND_OF_MINUTE.checkValidValue(val(ChronoField.SECOND_OF_MINUTE));
                if (hn) ChronoField.NANO_OF_SECOND.checkValidValue(val(ChronoField.NANO_OF_SECOND));
            }
            if (hm || (!hs && !hn)) {
                if (!hs && hn) {
                    // nano without second stays unresolved
                } else {
                    int m = hm ? (int) take(ChronoField.MINUTE_OF_HOUR) : 0;
                    int s = hs ? (int) take(ChronoField.SECOND_OF_MINUTE) : 0;
                    int n = hn && hs ? (int) take(ChronoField.NANO_OF_SECOND) : 0;
                    take(ChronoField.HOUR_OF_DAY);
                    time = LocalTime.of((int) h, m, s, n);
                }
            }
        }
        if (date != null) {
            // fields left over must agree with the date
            for (TemporalField f : new java.util.ArrayList<>(fields.keySet())) {
                if (!(f instanceof ChronoField) || !f.isDateBased() || !date.isSupported(f)) continue;
                long v = fields.get(f);
                if (style != ResolverStyle.LENIENT) ((ChronoField) f).checkValidValue(v);
                long actual = date.getLong(f);
                if (actual != v) {
                    throw new DateTimeException("Conflict found: Field " + f + " " + actual + " differs from " + f + " "
                            + v + " derived from " + date);
                }
                fields.remove(f);
            }
        }
        if (zone == null && has(ChronoField.OFFSET_SECONDS)) {
            zone = ZoneOffset.ofTotalSeconds((int) val(ChronoField.OFFSET_SECONDS));
        }
    }

    private void putResolved(TemporalField f, long v) {
        Long old = fields.get(f);
        if (old != null && old != v) {
            throw new DateTimeException("Conflict found: " + f + " " + old + " differs from " + f + " " + v);
        }
        fields.put(f, v);
    }

    private ZoneOffset offset() {
        if (has(ChronoField.OFFSET_SECONDS)) return ZoneOffset.ofTotalSeconds((int) val(ChronoField.OFFSET_SECONDS));
        if (zone instanceof ZoneOffset) return (ZoneOffset) zone;
        if (zone != null) return (ZoneOffset) zone.normalized();
        return null;
    }

    public boolean isSupported(TemporalField field) {
        if (field == null) return false;
        if (fields.containsKey(field)) return true;
        if (date != null && field.isDateBased()) return date.isSupported(field);
        if (time != null && field.isTimeBased()) return time.isSupported(field);
        if (field == ChronoField.OFFSET_SECONDS) return offset() != null;
        if (field == ChronoField.INSTANT_SECONDS) return date != null && time != null && offset() != null;
        return false;
    }

    public long getLong(TemporalField field) {
        Long v = fields.get(field);
        if (v != null) return v;
        if (date != null && field.isDateBased() && date.isSupported(field)) return date.getLong(field);
        if (time != null && field.isTimeBased() && time.isSupported(field)) return time.getLong(field);
        if (field == ChronoField.OFFSET_SECONDS && offset() != null) return offset().getTotalSeconds();
        if (field == ChronoField.INSTANT_SECONDS && date != null && time != null && offset() != null) {
            return date.toEpochSecond(time, offset());
        }
        throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(fields).append(",ISO");
        if (zone != null) sb.append(',').append(zone);
        if (date != null || time != null) {
            sb.append(" resolved to ");
            if (date != null) {
                sb.append(date);
                if (time != null) sb.append('T').append(time);
            } else {
                sb.append(time);
            }
        }
        return sb.toString();
    }
}
