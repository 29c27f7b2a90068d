package java.lang;

/** Charset coding and full case mapping behind String (UTF-8, ISO-8859-1, US-ASCII, UTF-16*). */
final class StringCoding {
    private StringCoding() {}

    static final int UTF_8 = 0, ISO_8859_1 = 1, US_ASCII = 2, UTF_16 = 3, UTF_16BE = 4, UTF_16LE = 5;

    static int lookup(String name) throws java.io.UnsupportedEncodingException {
        switch (name.toLowerCase()) {
            case "utf-8": case "utf8": case "unicode-1-1-utf-8":
                return UTF_8;
            case "iso-8859-1": case "iso8859-1": case "iso8859_1": case "iso_8859_1": case "iso_8859-1": case "latin1":
            case "l1": case "8859_1": case "cp819": case "ibm819": case "iso-ir-100": case "csisolatin1": case "819":
            case "ibm-819": case "iso_8859-1:1987":
                return ISO_8859_1;
            case "us-ascii": case "ascii": case "us": case "iso646-us": case "646": case "ascii7": case "default":
            case "iso-ir-6": case "csascii": case "ansi_x3.4-1968": case "ansi_x3.4-1986": case "iso_646.irv:1991":
            case "cp367": case "ibm367": case "iso_646.irv:1983":
                return US_ASCII;
            case "utf-16": case "utf_16": case "utf16": case "unicode":
                return UTF_16;
            case "utf-16be": case "utf_16be": case "iso-10646-ucs-2": case "x-utf-16be": case "unicodebigunmarked":
                return UTF_16BE;
            case "utf-16le": case "utf_16le": case "x-utf-16le": case "unicodelittleunmarked":
                return UTF_16LE;
            default:
                throw new java.io.UnsupportedEncodingException(name);
        }
    }

    private static boolean cont(int b) {
        return (b & 0xC0) == 0x80;
    }

    static char[] decode(int cs, byte[] b, int off, int len) {
        char[] out;
        int n = 0;
        int end = off + len;
        switch (cs) {
            case ISO_8859_1:
                out = new char[len];
                for (int i = off; i < end; i++) out[n++] = (char) (b[i] & 0xff);
                return out;
            case US_ASCII:
                out = new char[len];
                for (int i = off; i < end; i++) out[n++] = b[i] >= 0 ? (char) b[i] : '\uFFFD';
                return out;
            case UTF_16: case UTF_16BE: case UTF_16LE: {
                boolean little = cs == UTF_16LE;
                int i = off;
                if (cs == UTF_16 && len >= 2) {
                    int b0 = b[off] & 0xff, b1 = b[off + 1] & 0xff;
                    if (b0 == 0xFE && b1 == 0xFF) i += 2;
                    else if (b0 == 0xFF && b1 == 0xFE) {
                        i += 2;
                        little = true;
                    }
                }
                out = new char[(end - i + 1) / 2];
                for (; i + 1 < end; i += 2) {
                    int x = b[i] & 0xff, y = b[i + 1] & 0xff;
                    out[n++] = (char) (little ? (y << 8) | x : (x << 8) | y);
                }
                if (i < end) out[n++] = '\uFFFD';
                return trimTo(checkSurrogates(out, n), n);
            }
            default:
                break;
        }
        out = new char[len];
        int i = off;
        while (i < end) {
            int b1 = b[i] & 0xff;
            if (b1 < 0x80) {
                out[n++] = (char) b1;
                i++;
            } else if (b1 < 0xC2) {
                out[n++] = '\uFFFD';
                i++;
            } else if (b1 < 0xE0) {
                if (i + 1 < end && cont(b[i + 1])) {
                    out[n++] = (char) (((b1 & 0x1F) << 6) | (b[i + 1] & 0x3F));
                    i += 2;
                } else {
                    out[n++] = '\uFFFD';
                    i++;
                }
            } else if (b1 < 0xF0) {
                if (i + 1 >= end) {
                    out[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                int b2 = b[i + 1] & 0xff;
                if (!cont(b2) || (b1 == 0xE0 && b2 < 0xA0)) {
                    out[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                if (i + 2 >= end || !cont(b[i + 2])) {
                    out[n++] = '\uFFFD';
                    i += 2;
                    continue;
                }
                char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b[i + 2] & 0x3F));
                out[n++] = Character.isSurrogate(c) ? '\uFFFD' : c;
                i += 3;
            } else if (b1 < 0xF5) {
                if (i + 1 >= end) {
                    out[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                int b2 = b[i + 1] & 0xff;
                if (!cont(b2) || (b1 == 0xF0 && b2 < 0x90) || (b1 == 0xF4 && b2 >= 0x90)) {
                    out[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                if (i + 2 >= end || !cont(b[i + 2])) {
                    out[n++] = '\uFFFD';
                    i += 2;
                    continue;
                }
                if (i + 3 >= end || !cont(b[i + 3])) {
                    out[n++] = '\uFFFD';
                    i += 3;
                    continue;
                }
                int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
                if (n + 2 > out.length) out = grow(out, n + 2);
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                out[n++] = '\uFFFD';
                i++;
            }
        }
        return trimTo(out, n);
    }

    /** Unpaired surrogates decoded from UTF-16 become U+FFFD. */
    private static char[] checkSurrogates(char[] c, int n) {
        for (int i = 0; i < n; i++) {
            if (Character.isHighSurrogate(c[i]) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) i++;
            else if (Character.isSurrogate(c[i])) c[i] = '\uFFFD';
        }
        return c;
    }

    private static char[] grow(char[] c, int min) {
        char[] r = new char[Math.max(min, c.length * 2)];
        System.arraycopy(c, 0, r, 0, c.length);
        return r;
    }

    private static char[] trimTo(char[] c, int n) {
        if (n == c.length) return c;
        char[] r = new char[n];
        System.arraycopy(c, 0, r, 0, n);
        return r;
    }

    static byte[] encode(int cs, char[] v) {
        int len = v.length;
        byte[] out;
        int n = 0;
        switch (cs) {
            case ISO_8859_1: case US_ASCII: {
                int max = cs == ISO_8859_1 ? 0xFF : 0x7F;
                out = new byte[len];
                for (int i = 0; i < len; i++) {
                    char c = v[i];
                    if (c <= max) {
                        out[n++] = (byte) c;
                    } else {
                        if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(v[i + 1])) i++;
                        out[n++] = '?';
                    }
                }
                return trimTo(out, n);
            }
            case UTF_16: case UTF_16BE: case UTF_16LE: {
                boolean bom = cs == UTF_16;
                out = new byte[len * 2 + (bom && len > 0 ? 2 : 0)];
                if (bom && len > 0) {
                    out[n++] = (byte) 0xFE;
                    out[n++] = (byte) 0xFF;
                }
                for (int i = 0; i < len; i++) {
                    char c = v[i];
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(v[i + 1])) {
                            put16(out, n, c, cs == UTF_16LE);
                            n += 2;
                            c = v[++i];
                        } else {
                            c = '\uFFFD';
                        }
                    }
                    put16(out, n, c, cs == UTF_16LE);
                    n += 2;
                }
                return trimTo(out, n);
            }
            default:
                break;
        }
        out = new byte[len * 3];
        for (int i = 0; i < len; i++) {
            char c = v[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(v[i + 1])) {
                    int cp = Character.toCodePoint(c, v[++i]);
                    out[n++] = (byte) (0xF0 | (cp >> 18));
                    out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    out[n++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    out[n++] = '?';
                }
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return trimTo(out, n);
    }

    private static void put16(byte[] out, int n, char c, boolean little) {
        if (little) {
            out[n] = (byte) c;
            out[n + 1] = (byte) (c >> 8);
        } else {
            out[n] = (byte) (c >> 8);
            out[n + 1] = (byte) c;
        }
    }

    private static byte[] trimTo(byte[] b, int n) {
        if (n == b.length) return b;
        byte[] r = new byte[n];
        System.arraycopy(b, 0, r, 0, n);
        return r;
    }

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
