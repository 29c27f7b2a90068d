package java.util;

public class StringTokenizer implements Enumeration<Object> {
    private int pos;
    private final String str;
    private String delims;
    private final boolean retDelims;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        this.str = Objects.requireNonNull(str);
        this.delims = delim;
        this.retDelims = returnDelims;
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private boolean isDelim(char c) {
        return delims.indexOf(c) >= 0;
    }

    private int skipDelims(int p) {
        if (delims == null) throw new NullPointerException();
        while (!retDelims && p < str.length() && isDelim(str.charAt(p))) p++;
        return p;
    }

    private int scanToken(int p) {
        int start = p;
        while (p < str.length() && !isDelim(str.charAt(p))) p++;
        if (retDelims && start == p && p < str.length()) p++;
        return p;
    }

    public boolean hasMoreTokens() {
        return skipDelims(pos) < str.length();
    }

    public String nextToken() {
        pos = skipDelims(pos);
        if (pos >= str.length()) throw new NoSuchElementException();
        int start = pos;
        pos = scanToken(pos);
        return str.substring(start, pos);
    }

    public String nextToken(String delim) {
        delims = delim;
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int count = 0;
        int p = pos;
        while (true) {
            p = skipDelims(p);
            if (p >= str.length()) break;
            p = scanToken(p);
            count++;
        }
        return count;
    }
}
