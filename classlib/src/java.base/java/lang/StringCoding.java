package java.lang;

/**
 * Full case mapping behind String.toUpperCase/toLowerCase. (String's charset coding is
 * {@link mote.charset.Codec}, shared with java.nio.charset and java.io.)
 */
final class StringCoding {
    private StringCoding() {}

    // ---- full case mapping (ROOT locale rules) ----

    static String toUpperCase(String s, char[] v) {
        int i = 0;
        while (i < v.length) {
            char c = v[i];
            if (c >= 0x80 || (c >= 'a' && c <= 'z')) break;
            i++;
        }
        if (i == v.length) return s;
        StringBuilder sb = new StringBuilder(v.length + 8);
        sb.append(s, 0, i);
        while (i < v.length) {
            int cp = Character.codePointAt(v, i);
            i += Character.charCount(cp);
            String sp = cp < 0x80 ? null : Character.upperSpecial(cp);
            if (sp != null) sb.append(sp);
            else sb.appendCodePoint(Character.toUpperCase(cp));
        }
        return sb.toString();
    }

    static String toLowerCase(String s, char[] v) {
        int i = 0;
        while (i < v.length) {
            char c = v[i];
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) break;
            i++;
        }
        if (i == v.length) return s;
        StringBuilder sb = new StringBuilder(v.length + 8);
        sb.append(s, 0, i);
        while (i < v.length) {
            int cp = Character.codePointAt(v, i);
            int at = i;
            i += Character.charCount(cp);
            if (cp == 0x03A3) {
                sb.append(isFinalSigma(v, at) ? '\u03C2' : '\u03C3');
                continue;
            }
            String sp = cp < 0x80 ? null : Character.lowerSpecial(cp);
            if (sp != null) sb.append(sp);
            else sb.appendCodePoint(Character.toLowerCase(cp));
        }
        return sb.toString();
    }

    /** Cased for the final-sigma rule: Lu, Ll, Lt and the Other_Upper/Lowercase ranges HotSpot lists. */
    private static boolean isCased(int cp) {
        int t = Character.getType(cp);
        if (t == Character.LOWERCASE_LETTER || t == Character.UPPERCASE_LETTER || t == Character.TITLECASE_LETTER) {
            return true;
        }
        return (cp >= 0x02B0 && cp <= 0x02B8) || (cp >= 0x02C0 && cp <= 0x02C1) || (cp >= 0x02E0 && cp <= 0x02E4)
            || cp == 0x0345 || cp == 0x037A || (cp >= 0x1D2C && cp <= 0x1D61) || (cp >= 0x2160 && cp <= 0x217F)
            || (cp >= 0x24B6 && cp <= 0x24E9);
    }

    /** Marks and format characters attach to what precedes them. */
    private static boolean isExtend(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK
            || (t == Character.FORMAT && c != '\u00AD');
    }

    private static boolean isWordChar(char c) {
        if ((c >= 0x3041 && c <= 0x3094) || c == 0x3005 || (c >= 0x309D && c <= 0x309E) || (c >= 0x30A1 && c <= 0x30FA)
                || (c >= 0x30FC && c <= 0x30FE) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)) {
            return false; // kana and ideographs never join a Greek or Latin word
        }
        int t = Character.getType(c);
        return Character.isLetterOrDigit(c) || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean isLetterJoiner(char c) {
        int t = Character.getType(c);
        return c == '\'' || c == '"' || c == '.' || c == '\u00AD' || t == Character.CONNECTOR_PUNCTUATION
            || t == Character.DASH_PUNCTUATION;
    }

    /**
     * Word boundary at i (between v[i-1] and v[i]) per the legacy word-break rules HotSpot's
     * BreakIterator applies (observed): letters, digits and marks join; a single ' . - _ soft-hyphen
     * or ZWJ joins two letters; . and , join two digits, and . joins a following digit.
     */
    private static boolean isBoundary(char[] v, int i) {
        if (i <= 0 || i >= v.length) return true;
        char n = v[i];
        if (isExtend(n)) return false;
        int pi = baseIndex(v, i - 1);
        char p = v[pi];
        boolean pw = !isExtend(p) && isWordChar(p), nw = isWordChar(n);
        if (pw && nw) return false;
        if (pw) {
            int k = i + 1;
            while (k < v.length && Character.getType(v[k]) == Character.FORMAT && v[k] != '\u00AD') k++;
            if (k < v.length && joins(p, n, v[k])) return false;
        }
        if (nw && pi >= 1 && !isExtend(p) && joins(v[baseIndex(v, pi - 1)], p, n)) return false;
        if (p == '.' && Character.isDigit(n)) return false;
        return true;
    }

    /** Index of the base char of the combining sequence ending at k. */
    private static int baseIndex(char[] v, int k) {
        while (k > 0 && isExtend(v[k])) k--;
        return k;
    }

    private static boolean isLetterish(char c) {
        return (isWordChar(c) && Character.isLetter(c)) || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean joins(char before, char mid, char after) {
        if (isLetterish(before) && isLetterish(after) && isLetterJoiner(mid)) return true;
        return Character.isDigit(before) && Character.isDigit(after) && (mid == '.' || mid == ',' || mid == '"');
    }

    /** Σ at `at` is word-final: a cased letter precedes it within its word and none follows it. */
    private static boolean isFinalSigma(char[] v, int at) {
        for (int i = at; i >= 0 && !isBoundary(v, i);) {
            int cp = Character.codePointBefore(v, i);
            if (isCased(cp)) {
                for (int j = at + 1; j < v.length && !isBoundary(v, j);) {
                    int c = Character.codePointAt(v, j);
                    if (isCased(c)) return false;
                    j += Character.charCount(c);
                }
                return true;
            }
            i -= Character.charCount(cp);
        }
        return false;
    }
}
