package java.lang;

import java.util.ArrayList;

/**
 * String.split's fast path: a regex that is one ordinary character, or a
 * backslash followed by one non-alphanumeric character, splits by plain
 * character search with the same results as java.util.regex.Pattern.split.
 */
final class Regex {
    private Regex() {}

    /** The single literal character `regex` stands for, or -1 when it needs the regex engine. */
    static int fastChar(String regex) {
        int n = regex.length();
        if (n == 1) {
            char c = regex.charAt(0);
            return ".$|()[{^?*+\\".indexOf(c) < 0 ? c : -1;
        }
        if (n == 2 && regex.charAt(0) == '\\') {
            char c = regex.charAt(1);
            boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            return alnum || Character.isHighSurrogate(c) || (c >= 0xDC00 && c <= 0xDFFF) ? -1 : c;
        }
        return -1;
    }

    static String[] split(String s, char ch, int limit) {
        ArrayList<String> parts = new ArrayList<>();
        int index = 0;
        boolean limited = limit > 0;
        int k;
        while ((k = s.indexOf(ch, index)) >= 0) {
            if (limited && parts.size() >= limit - 1) break;
            parts.add(s.substring(index, k));
            index = k + 1;
        }
        if (index == 0) return new String[] {s};
        parts.add(s.substring(index));
        int n = parts.size();
        if (limit == 0) {
            while (n > 0 && parts.get(n - 1).isEmpty()) n--;
        }
        String[] r = new String[n];
        for (int i = 0; i < n; i++) r[i] = parts.get(i);
        return r;
    }
}
