import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class JsonParser {
    sealed interface Json permits JNull, JBool, JNum, JStr, JArr, JObj {}

    record JNull() implements Json {
        public String toString() {
            return "null";
        }
    }

    record JBool(boolean v) implements Json {
        public String toString() {
            return String.valueOf(v);
        }
    }

    record JNum(double v) implements Json {
        public String toString() {
            return v == Math.floor(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    record JStr(String v) implements Json {
        public String toString() {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    default -> {
                        if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                    }
                }
            }
            return sb.append('"').toString();
        }
    }

    record JArr(List<Json> items) implements Json {
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) sb.append(i > 0 ? "," : "").append(items.get(i));
            return sb.append(']').toString();
        }
    }

    record JObj(Map<String, Json> fields) implements Json {
        public String toString() {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, Json> e : fields.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                sb.append(new JStr(e.getKey())).append(':').append(e.getValue());
            }
            return sb.append('}').toString();
        }
    }

    static final class ParseError extends RuntimeException {
        ParseError(String msg, int pos) {
            super(msg + " at " + pos);
        }
    }

    private final String src;
    private int pos;

    JsonParser(String src) {
        this.src = src;
    }

    private void ws() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private char peek() {
        ws();
        if (pos >= src.length()) throw new ParseError("unexpected end", pos);
        return src.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) throw new ParseError("expected '" + c + "' got '" + src.charAt(pos) + "'", pos);
        pos++;
    }

    Json value() {
        char c = peek();
        switch (c) {
            case '{': {
                pos++;
                Map<String, Json> m = new LinkedHashMap<>();
                if (peek() == '}') {
                    pos++;
                    return new JObj(m);
                }
                do {
                    String k = ((JStr) value()).v();
                    expect(':');
                    m.put(k, value());
                } while (peek() == ',' && ++pos > 0);
                expect('}');
                return new JObj(m);
            }
            case '[': {
                pos++;
                List<Json> l = new ArrayList<>();
                if (peek() == ']') {
                    pos++;
                    return new JArr(l);
                }
                do {
                    l.add(value());
                } while (peek() == ',' && ++pos > 0);
                expect(']');
                return new JArr(l);
            }
            case '"': {
                pos++;
                StringBuilder sb = new StringBuilder();
                while (src.charAt(pos) != '"') {
                    char ch = src.charAt(pos++);
                    if (ch == '\\') {
                        char e = src.charAt(pos++);
                        switch (e) {
                            case 'n' -> sb.append('\n');
                            case 't' -> sb.append('\t');
                            case 'u' -> {
                                sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                                pos += 4;
                            }
                            default -> sb.append(e);
                        }
                    } else sb.append(ch);
                }
                pos++;
                return new JStr(sb.toString());
            }
            case 't':
                pos += 4;
                return new JBool(true);
            case 'f':
                pos += 5;
                return new JBool(false);
            case 'n':
                pos += 4;
                return new JNull();
            default: {
                int start = pos;
                while (pos < src.length() && "+-0123456789.eE".indexOf(src.charAt(pos)) >= 0) pos++;
                if (start == pos) throw new ParseError("bad char '" + c + "'", pos);
                return new JNum(Double.parseDouble(src.substring(start, pos)));
            }
        }
    }

    static int depth(Json j) {
        if (j instanceof JArr a) {
            int d = 0;
            for (Json x : a.items()) d = Math.max(d, depth(x));
            return d + 1;
        }
        if (j instanceof JObj o) {
            int d = 0;
            for (Json x : o.fields().values()) d = Math.max(d, depth(x));
            return d + 1;
        }
        return 0;
    }

    public static void main(String[] args) {
        String[] docs = {
            "{\"name\": \"mote\", \"version\": 7, \"tags\": [\"jvm\", \"unikernel\", null, true], \"nested\": {\"pi\": 3.14159, \"e\": -2.5e-3}}",
            "[1, 2, [3, [4, [5]]], {\"a\": {\"b\": {\"c\": []}}}]",
            "\"esc\\\"aped \\u0041\\n\"",
            "{\"bad\": [1, 2,}",
            "[1 2]",
        };
        for (String d : docs) {
            try {
                Json j = new JsonParser(d).value();
                System.out.println(j + " depth=" + depth(j) + " type=" + j.getClass().getSimpleName());
            } catch (ParseError e) {
                System.out.println("error: " + e.getMessage());
            }
        }
        JObj o = (JObj) new JsonParser(docs[0]).value();
        System.out.println(o.fields().keySet() + " " + o.fields().get("tags") + " " + o.equals(new JsonParser(docs[0]).value()));
    }
}
