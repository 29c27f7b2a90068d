package java.text;

import java.util.ArrayList;

/**
 * Message patterns with {index}, {index,number}, {index,number,integer|percent|currency|PATTERN},
 * {index,choice,PATTERN} selects a ChoiceFormat text and formats it again when it holds '{'.
 * Date and time arguments are not supported in Mote yet (IllegalArgumentException).
 */
public class MessageFormat extends Format {
    private String pattern;
    /** Literal text pieces; pieces[i] precedes argument i; one more piece than arguments. */
    private ArrayList<String> pieces = new ArrayList<>();
    private ArrayList<Integer> argIndex = new ArrayList<>();
    private ArrayList<Format> formats = new ArrayList<>();

    public MessageFormat(String pattern) {
        applyPattern(pattern);
    }

    public void applyPattern(String pattern) {
        pieces.clear();
        argIndex.clear();
        formats.clear();
        StringBuilder lit = new StringBuilder();
        boolean inQuote = false;
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && pattern.charAt(i + 1) == '\'') {
                    lit.append('\'');
                    i += 2;
                    continue;
                }
                inQuote = !inQuote;
                i++;
                continue;
            }
            if (inQuote || c != '{') {
                if (!inQuote && c == '}') {
                    lit.append(c);
                    i++;
                    continue;
                }
                lit.append(c);
                i++;
                continue;
            }
            // argument: find the matching '}' (styles may quote or nest braces)
            int depth = 1;
            int j = i + 1;
            boolean q = false;
            StringBuilder body = new StringBuilder();
            while (j < n) {
                char d = pattern.charAt(j);
                if (d == '\'') q = !q;
                else if (!q && d == '{') depth++;
                else if (!q && d == '}') {
                    depth--;
                    if (depth == 0) break;
                }
                body.append(d);
                j++;
            }
            if (j >= n) {
                if (depth == 1) throw new IllegalArgumentException("Unmatched braces in the pattern.");
                break; // HotSpot drops an unterminated argument that holds nested braces
            }
            pieces.add(lit.toString());
            lit.setLength(0);
            String b = body.toString();
            String[] parts = splitArg(b);
            String num = parts[0];
            int idx;
            try {
                idx = Integer.parseInt(num);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("can't parse argument number: " + num);
            }
            if (idx < 0) throw new IllegalArgumentException("negative argument number: " + idx);
            argIndex.add(idx);
            formats.add(makeFormat(parts));
            i = j + 1;
        }
        pieces.add(lit.toString());
        this.pattern = pattern;
    }

    private static String[] splitArg(String b) {
        int c1 = b.indexOf(',');
        if (c1 < 0) return new String[] {b};
        int c2 = b.indexOf(',', c1 + 1);
        if (c2 < 0) return new String[] {b.substring(0, c1), b.substring(c1 + 1)};
        return new String[] {b.substring(0, c1), b.substring(c1 + 1, c2), b.substring(c2 + 1)};
    }

    private static Format makeFormat(String[] parts) {
        if (parts.length == 1) return null;
        String type = parts[1].trim().toLowerCase();
        String style = parts.length > 2 ? parts[2] : null;
        if (type.isEmpty() && style == null) return null;
        if (type.equals("number")) {
            if (style == null) return NumberFormat.getInstance();
            String st = style.trim().toLowerCase();
            if (st.equals("integer")) return NumberFormat.getIntegerInstance();
            if (st.equals("percent")) return NumberFormat.getPercentInstance();
            if (st.equals("currency")) return NumberFormat.getCurrencyInstance();
            return new DecimalFormat(style);
        }
        if (type.equals("choice")) {
            String cp = style == null ? "" : style;
            try {
                return new ChoiceFormat(cp);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Choice Pattern incorrect: " + cp, e);
            }
        }
        if (type.equals("date") || type.equals("time")) {
            throw new IllegalArgumentException("MessageFormat " + type + " arguments are not supported in Mote");
        }
        throw new IllegalArgumentException("unknown format type: " + type);
    }

    public String toPattern() {
        return pattern;
    }

    public static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern).formatArgs(arguments);
    }

    String formatToString(Object obj) {
        return formatArgs((Object[]) obj);
    }

    private String formatArgs(Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < argIndex.size(); k++) {
            sb.append(pieces.get(k));
            int idx = argIndex.get(k);
            if (args == null || idx >= args.length) {
                sb.append('{').append(idx).append('}');
                continue;
            }
            Object o = args[idx];
            Format f = formats.get(k);
            if (o == null) {
                sb.append("null");
            } else if (f instanceof ChoiceFormat) {
                String r = f.format(o);
                sb.append(r.indexOf('{') >= 0 ? new MessageFormat(r).formatArgs(args) : r);
            } else if (f != null) {
                sb.append(f.format(o));
            } else if (o instanceof Number) {
                sb.append(NumberFormat.getInstance().format(o));
            } else if (o instanceof String) {
                sb.append((String) o);
            } else {
                sb.append(o.toString());
            }
        }
        sb.append(pieces.get(pieces.size() - 1));
        return sb.toString();
    }

    public Object parseObject(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("MessageFormat parsing is not supported in Mote");
    }
}
