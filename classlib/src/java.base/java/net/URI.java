package java.net;

/**
 * A URI reference (RFC 2396 with RFC 2732 IPv6 hosts), parsed into scheme,
 * authority (user info, host, port), path, query and fragment.
 */
public final class URI implements Comparable<URI>, java.io.Serializable {
    private String scheme;
    private String fragment;
    private String authority;
    private String userInfo;
    private String host;
    private int port = -1;
    private String path;
    private String query;
    /** Opaque URIs only: the part between the scheme and the fragment. */
    private String ssp;
    private String string;
    /** Parsed hierarchical URIs: the scheme-specific part as written. */
    private String rawSsp;

    private URI() {}

    public URI(String str) throws URISyntaxException {
        new Parser(str).parse(this);
        string = str;
    }

    public URI(String scheme, String userInfo, String host, int port, String path, String query, String fragment)
            throws URISyntaxException {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) sb.append(scheme).append(':');
        appendAuthority(sb, null, userInfo, host, port);
        appendPathQuery(sb, scheme, path, query);
        if (fragment != null) sb.append('#').append(quote(fragment, URIC));
        String s = sb.toString();
        checkPath(s, scheme, path);
        new Parser(s).parse(this);
        string = s;
    }

    public URI(String scheme, String authority, String path, String query, String fragment) throws URISyntaxException {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) sb.append(scheme).append(':');
        appendAuthority(sb, authority, null, null, -1);
        appendPathQuery(sb, scheme, path, query);
        if (fragment != null) sb.append('#').append(quote(fragment, URIC));
        String s = sb.toString();
        checkPath(s, scheme, path);
        new Parser(s).parse(this);
        string = s;
    }

    public URI(String scheme, String host, String path, String fragment) throws URISyntaxException {
        this(scheme, null, host, -1, path, null, fragment);
    }

    public URI(String scheme, String ssp, String fragment) throws URISyntaxException {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) sb.append(scheme).append(':');
        if (ssp != null) sb.append(quote(ssp, URIC));
        if (fragment != null) sb.append('#').append(quote(fragment, URIC));
        String s = sb.toString();
        new Parser(s).parse(this);
        string = s;
    }

    private static void checkPath(String s, String scheme, String path) throws URISyntaxException {
        if (scheme != null && path != null && !path.isEmpty() && path.charAt(0) != '/')
            throw new URISyntaxException(s, "Relative path in absolute URI");
    }

    private static void appendAuthority(StringBuilder sb, String authority, String userInfo, String host, int port) {
        if (host != null) {
            sb.append("//");
            if (userInfo != null) sb.append(quote(userInfo, USERINFO)).append('@');
            boolean v6 = host.indexOf(':') >= 0 && !host.startsWith("[");
            if (v6) sb.append('[');
            sb.append(host);
            if (v6) sb.append(']');
            if (port != -1) sb.append(':').append(port);
        } else if (authority != null) {
            sb.append("//").append(quote(authority, REG_NAME | AT_SIGN));
        }
    }

    private static void appendPathQuery(StringBuilder sb, String scheme, String path, String query) {
        if (path != null) sb.append(quote(path, PATH));
        if (query != null) sb.append('?').append(quote(query, URIC));
    }

    public static URI create(String str) {
        try {
            return new URI(str);
        } catch (URISyntaxException x) {
            IllegalArgumentException e = new IllegalArgumentException(x.getMessage());
            e.initCause(x);
            throw e;
        }
    }

    public URI parseServerAuthority() throws URISyntaxException {
        if (host != null || authority == null) return this;
        URI u = new URI();
        new Parser(toString()).parseWith(u, true);
        return u;
    }

    // ---- accessors ----

    public String getScheme() {
        return scheme;
    }

    public boolean isAbsolute() {
        return scheme != null;
    }

    public boolean isOpaque() {
        return path == null;
    }

    public String getRawSchemeSpecificPart() {
        if (ssp != null) return ssp;
        if (rawSsp != null) return rawSsp;
        StringBuilder sb = new StringBuilder();
        if (host != null) {
            sb.append("//");
            if (userInfo != null) sb.append(userInfo).append('@');
            sb.append(host);
            if (port != -1) sb.append(':').append(port);
        } else if (authority != null) {
            sb.append("//").append(authority);
        }
        if (path != null) sb.append(path);
        if (query != null) sb.append('?').append(query);
        return sb.toString();
    }

    public String getSchemeSpecificPart() {
        return decode(getRawSchemeSpecificPart());
    }

    public String getRawAuthority() {
        return authority;
    }

    public String getAuthority() {
        return decode(authority);
    }

    public String getRawUserInfo() {
        return userInfo;
    }

    public String getUserInfo() {
        return decode(userInfo);
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getRawPath() {
        return path;
    }

    public String getPath() {
        return decode(path);
    }

    public String getRawQuery() {
        return query;
    }

    public String getQuery() {
        return decode(query);
    }

    public String getRawFragment() {
        return fragment;
    }

    public String getFragment() {
        return decode(fragment);
    }

    // ---- operations ----

    public URI normalize() {
        if (path == null || path.isEmpty()) return this;
        String np = normalizePath(path);
        if (np.equals(path)) return this;
        URI v = copy();
        v.path = np;
        return v;
    }

    public URI resolve(String str) {
        return resolve(create(str));
    }

    public URI resolve(URI child) {
        if (child.isOpaque() || isOpaque()) return child;
        if (child.scheme == null && child.authority == null && child.path.isEmpty() && child.fragment != null
                && child.query == null) {
            if (fragment != null && child.fragment.equals(fragment)) return this;
            URI ru = copy();
            ru.fragment = child.fragment;
            return ru;
        }
        if (child.scheme != null) return child;
        URI ru = new URI();
        ru.scheme = scheme;
        ru.query = child.query;
        ru.fragment = child.fragment;
        if (child.authority == null) {
            ru.authority = authority;
            ru.host = host;
            ru.userInfo = userInfo;
            ru.port = port;
            String cp = child.path;
            if (!cp.isEmpty() && cp.charAt(0) == '/') {
                ru.path = child.path;
            } else {
                int i = path.lastIndexOf('/');
                String base = i >= 0 ? path.substring(0, i + 1) : "";
                ru.path = normalizePath(cp.isEmpty() ? base : base + cp);
            }
        } else {
            ru.authority = child.authority;
            ru.host = child.host;
            ru.userInfo = child.userInfo;
            ru.port = child.port;
            ru.path = child.path;
        }
        return ru;
    }

    public URI relativize(URI child) {
        if (child.isOpaque() || isOpaque()) return child;
        if (!equalIgnoringCase(scheme, child.scheme) || !equalEscapes(authority, child.authority)) return child;
        String bp = normalizePath(path);
        String cp = normalizePath(child.path);
        if (!bp.equals(cp)) {
            if (!bp.endsWith("/")) bp = bp + "/";
            if (!cp.startsWith(bp)) return child;
        }
        URI v = new URI();
        v.path = cp.substring(bp.length());
        v.query = child.query;
        v.fragment = child.fragment;
        return v;
    }

    public URL toURL() throws MalformedURLException {
        if (!isAbsolute()) throw new IllegalArgumentException("URI is not absolute");
        return new URL(toString());
    }

    private URI copy() {
        URI v = new URI();
        v.scheme = scheme;
        v.fragment = fragment;
        v.authority = authority;
        v.userInfo = userInfo;
        v.host = host;
        v.port = port;
        v.path = path;
        v.query = query;
        v.ssp = ssp;
        return v;
    }

    /** Removes "." and "segment/.." (RFC 2396 5.2 step 6), keeping leading "..". */
    static String normalizePath(String p) {
        if (p.isEmpty()) return p;
        boolean abs = p.charAt(0) == '/';
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        String[] segs = splitSlash(abs ? p.substring(1) : p);
        boolean trailing = p.endsWith("/");
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            boolean last = i == segs.length - 1;
            if (s.isEmpty() && !last) continue;
            if (s.equals(".")) {
                if (last) trailing = true;
            } else if (s.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                    if (last) trailing = true;
                } else {
                    out.add(s);
                }
            } else if (!s.isEmpty()) {
                out.add(s);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (abs) sb.append('/');
        for (int i = 0; i < out.size(); i++) {
            if (i > 0) sb.append('/');
            sb.append(out.get(i));
        }
        if (trailing && !out.isEmpty()) sb.append('/');
        if (!abs && !out.isEmpty() && out.get(0).indexOf(':') >= 0) sb.insert(0, "./");
        return sb.toString();
    }

    private static String[] splitSlash(String s) {
        java.util.ArrayList<String> l = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '/') {
                l.add(s.substring(start, i));
                start = i + 1;
            }
        }
        String[] r = new String[l.size()];
        for (int i = 0; i < r.length; i++) r[i] = l.get(i);
        return r;
    }

    // ---- comparison ----

    private static boolean equalIgnoringCase(String a, String b) {
        if (a == b) return true;
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    /** Equal, with hex digits of escapes compared ignoring case. */
    private static boolean equalEscapes(String a, String b) {
        if (a == b) return true;
        if (a == null || b == null || a.length() != b.length()) return false;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i), d = b.charAt(i);
            if (c == d) {
                if (c == '%' && i + 2 < a.length()) {
                    if (Character.toLowerCase(a.charAt(i + 1)) != Character.toLowerCase(b.charAt(i + 1))) return false;
                    if (Character.toLowerCase(a.charAt(i + 2)) != Character.toLowerCase(b.charAt(i + 2))) return false;
                    i += 2;
                }
                continue;
            }
            return false;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof URI)) return false;
        URI that = (URI) o;
        if (isOpaque() != that.isOpaque()) return false;
        if (!equalIgnoringCase(scheme, that.scheme)) return false;
        if (!equalEscapes(fragment, that.fragment)) return false;
        if (isOpaque()) return equalEscapes(ssp, that.ssp);
        if (!equalEscapes(path, that.path) || !equalEscapes(query, that.query)) return false;
        if (authority == that.authority) return true;
        if (host != null) {
            return equalEscapes(userInfo, that.userInfo) && equalIgnoringCase(host, that.host) && port == that.port;
        }
        return equalEscapes(authority, that.authority);
    }

    private static int hashLower(int h, String s) {
        if (s == null) return h;
        return h * 127 + s.toLowerCase().hashCode();
    }

    @Override
    public int hashCode() {
        int h = hashLower(0, scheme);
        h = hashLower(h, fragment);
        if (isOpaque()) return hashLower(h, ssp);
        h = hashLower(h, path);
        h = hashLower(h, query);
        if (host != null) {
            h = hashLower(h, userInfo);
            h = hashLower(h, host);
            return h + 1949 * port;
        }
        return hashLower(h, authority);
    }

    private static int cmp(String a, String b, boolean ignoreCase) {
        if (a == b) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        return ignoreCase ? a.compareToIgnoreCase(b) : a.compareTo(b);
    }

    @Override
    public int compareTo(URI that) {
        int c;
        if ((c = cmp(scheme, that.scheme, true)) != 0) return c;
        if (isOpaque()) {
            if (!that.isOpaque()) return 1;
            if ((c = cmp(ssp, that.ssp, false)) != 0) return c;
            return cmp(fragment, that.fragment, false);
        }
        if (that.isOpaque()) return -1;
        if (host != null && that.host != null) {
            if ((c = cmp(userInfo, that.userInfo, false)) != 0) return c;
            if ((c = cmp(host, that.host, true)) != 0) return c;
            if ((c = port - that.port) != 0) return c;
        } else if ((c = cmp(authority, that.authority, false)) != 0) {
            return c;
        }
        if ((c = cmp(path, that.path, false)) != 0) return c;
        if ((c = cmp(query, that.query, false)) != 0) return c;
        return cmp(fragment, that.fragment, false);
    }

    @Override
    public String toString() {
        if (string == null) {
            StringBuilder sb = new StringBuilder();
            if (scheme != null) sb.append(scheme).append(':');
            if (isOpaque()) {
                sb.append(ssp);
            } else {
                sb.append(getRawSchemeSpecificPart());
            }
            if (fragment != null) sb.append('#').append(fragment);
            string = sb.toString();
        }
        return string;
    }

    public String toASCIIString() {
        String s = toString();
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.substring(0, i));
            appendUtf8Escaped(sb, c);
        }
        return sb == null ? s : sb.toString();
    }

    // ---- character classes, quoting, decoding ----

    static final int ALPHA = 1, DIGIT = 2, MARK = 4, RESERVED_PATH = 8, SLASH = 16, RESERVED_OTHER = 32, AT_SIGN = 64,
        BRACKETS = 128, COLON = 256;
    static final int UNRESERVED = ALPHA | DIGIT | MARK;
    /** pchar plus '/': unreserved, escaped, ";:@&=+$,", "/". */
    static final int PATH = UNRESERVED | RESERVED_PATH | SLASH | COLON | AT_SIGN;
    /** reserved (with "[]"), unreserved, escaped. */
    static final int URIC = UNRESERVED | RESERVED_PATH | SLASH | RESERVED_OTHER | AT_SIGN | BRACKETS | COLON;
    static final int USERINFO = UNRESERVED | RESERVED_PATH | COLON;
    static final int REG_NAME = UNRESERVED | RESERVED_PATH | COLON | AT_SIGN;

    static int cls(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return ALPHA;
        if (c >= '0' && c <= '9') return DIGIT;
        switch (c) {
            case '-': case '_': case '.': case '!': case '~': case '*': case '\'': case '(': case ')':
                return MARK;
            case ';': case '&': case '=': case '+': case '$': case ',':
                return RESERVED_PATH;
            case ':':
                return COLON;
            case '@':
                return AT_SIGN;
            case '/':
                return SLASH;
            case '?':
                return RESERVED_OTHER;
            case '[': case ']':
                return BRACKETS;
            default:
                return 0;
        }
    }

    /** Non-ASCII characters that are neither controls nor spaces ("other" in the Javadoc). */
    static boolean other(char c) {
        return c > 0x7f && !(c >= 0x7f && c <= 0x9f) && !Character.isSpaceChar(c);
    }

    static boolean allowed(char c, int mask) {
        return (cls(c) & mask) != 0;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void appendEscape(StringBuilder sb, int b) {
        sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }

    private static void appendUtf8Escaped(StringBuilder sb, char c) {
        if (c < 0x80) {
            appendEscape(sb, c);
        } else if (c < 0x800) {
            appendEscape(sb, 0xc0 | (c >> 6));
            appendEscape(sb, 0x80 | (c & 0x3f));
        } else {
            appendEscape(sb, 0xe0 | (c >> 12));
            appendEscape(sb, 0x80 | ((c >> 6) & 0x3f));
            appendEscape(sb, 0x80 | (c & 0x3f));
        }
    }

    /** Escapes (UTF-8, %XX) characters outside {@code mask}; "other" characters are kept. */
    static String quote(String s, int mask) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c < 0x80 ? allowed(c, mask) : other(c);
            if (ok) {
                if (sb != null) sb.append(c);
            } else {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                appendUtf8Escaped(sb, c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static int hexVal(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** Decodes %XX escapes (as UTF-8). */
    static String decode(String s) {
        if (s == null || s.indexOf('%') < 0) return s;
        StringBuilder sb = new StringBuilder();
        int n = s.length();
        byte[] bytes = new byte[n];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int nb = 0;
            while (i + 2 < n && s.charAt(i) == '%') {
                int h = hexVal(s.charAt(i + 1)), l = hexVal(s.charAt(i + 2));
                if (h < 0 || l < 0) break;
                bytes[nb++] = (byte) (h << 4 | l);
                i += 3;
            }
            if (nb == 0) {
                sb.append(c);
                i++;
            } else {
                Utf8.decodeInto(sb, bytes, 0, nb);
            }
        }
        return sb.toString();
    }

    // ---- the parser ----

    private static final class Parser {
        private final String s;
        private final int n;

        Parser(String s) {
            // the message HotSpot's parser produces
            if (s == null) throw new NullPointerException("Cannot invoke \"String.length()\" because \"this.input\" is null");
            this.s = s;
            this.n = s.length();
        }

        private URISyntaxException fail(String reason, int index) {
            return new URISyntaxException(s, reason, index);
        }

        void parse(URI u) throws URISyntaxException {
            parseWith(u, false);
        }

        void parseWith(URI u, boolean requireServer) throws URISyntaxException {
            int p = 0;
            while (p < n) {
                char c = s.charAt(p);
                if (c == ':' || c == '/' || c == '?' || c == '#') break;
                p++;
            }
            int i = 0;
            if (p < n && s.charAt(p) == ':') {
                if (p == 0) throw fail("Expected scheme name", 0);
                if (cls(s.charAt(0)) != ALPHA) throw fail("Illegal character in scheme name", 0);
                for (int k = 1; k < p; k++) {
                    char c = s.charAt(k);
                    if (!((cls(c) & (ALPHA | DIGIT)) != 0 || c == '+' || c == '-' || c == '.')) throw fail("Illegal character in scheme name", k);
                }
                u.scheme = s.substring(0, p);
                i = p + 1;
                if (i == n) throw fail("Expected scheme-specific part", i);
                if (s.charAt(i) != '/') {
                    int h = s.indexOf('#', i);
                    int end = h < 0 ? n : h;
                    check(i, end, URIC, "opaque part");
                    u.ssp = s.substring(i, end);
                    if (h >= 0) {
                        check(h + 1, n, URIC, "fragment");
                        u.fragment = s.substring(h + 1);
                    }
                    return;
                }
            }
            hierarchical(u, i, requireServer);
            int h = s.indexOf('#', i);
            u.rawSsp = s.substring(i, h < 0 ? n : h);
        }

        private void hierarchical(URI u, int i, boolean requireServer) throws URISyntaxException {
            if (s.startsWith("//", i)) {
                int a = i + 2;
                int e = a;
                while (e < n && "/?#".indexOf(s.charAt(e)) < 0) e++;
                if (e == a) {
                    if (e >= n || s.charAt(e) != '/') throw fail("Expected authority", a);
                } else {
                    authority(u, a, e, requireServer);
                }
                i = e;
            }
            int e = i;
            while (e < n && s.charAt(e) != '?' && s.charAt(e) != '#') e++;
            check(i, e, PATH, "path");
            u.path = s.substring(i, e);
            if (e < n && s.charAt(e) == '?') {
                int q = e + 1;
                e = q;
                while (e < n && s.charAt(e) != '#') e++;
                check(q, e, URIC, "query");
                u.query = s.substring(q, e);
            }
            if (e < n) {
                check(e + 1, n, URIC, "fragment");
                u.fragment = s.substring(e + 1);
            }
        }

        /** Checks s[start, end) for characters of {@code mask}, "other" characters and escapes. */
        private void check(int start, int end, int mask, String what) throws URISyntaxException {
            for (int k = start; k < end; k++) {
                char c = s.charAt(k);
                if (c == '%') {
                    if (k + 2 >= end || hexVal(s.charAt(k + 1)) < 0 || hexVal(s.charAt(k + 2)) < 0) {
                        throw fail("Malformed escape pair", k);
                    }
                    k += 2;
                    continue;
                }
                if (c < 0x80 ? !allowed(c, mask) : !other(c)) throw fail("Illegal character in " + what, k);
            }
        }

        private void authority(URI u, int a, int e, boolean requireServer) throws URISyntaxException {
            boolean hasBracket = false;
            for (int k = a; k < e; k++) if (s.charAt(k) == '[') hasBracket = true;
            if (!hasBracket) {
                for (int k = a; k < e; k++) {
                    char c = s.charAt(k);
                    if (c == '%' || (c < 0x80 ? allowed(c, REG_NAME) : other(c))) continue;
                    throw fail("Illegal character in authority", a);
                }
                check(a, e, REG_NAME, "authority");
            }
            u.authority = s.substring(a, e);
            // server-based: [userinfo@]host[:port]
            int at = -1;
            for (int k = a; k < e; k++) if (s.charAt(k) == '@') at = k;
            int h = a;
            String ui = null;
            if (at >= 0) {
                boolean ok = true;
                for (int k = a; k < at; k++) {
                    char c = s.charAt(k);
                    if (c == '%') continue;
                    if (c < 0x80 ? !allowed(c, USERINFO) && !(c >= '0' && c <= '9' || c == '%') : !other(c)) ok = false;
                }
                if (!ok) {
                    if (requireServer) throw fail("Illegal character in user info", a);
                    return;
                }
                ui = s.substring(a, at);
                h = at + 1;
            }
            int hostEnd;
            if (h < e && s.charAt(h) == '[') {
                int close = s.indexOf(']', h);
                if (close < 0 || close > e) {
                    int k = h + 1;
                    while (k < e && (hexVal(s.charAt(k)) >= 0 || s.charAt(k) == ':' || s.charAt(k) == '.')) k++;
                    throw fail("Expected closing bracket for IPv6 address", k);
                }
                for (int k = h + 1; k < close; k++) {
                    char c = s.charAt(k);
                    if (hexVal(c) < 0 && c != ':' && c != '.') throw fail("Malformed IPv6 address", h + 1);
                }
                hostEnd = close + 1;
            } else {
                hostEnd = hostname(h, e);
                if (hostEnd < 0) {
                    if (requireServer) throw fail("Illegal character in hostname", h);
                    return;
                }
            }
            int portVal = -1;
            if (hostEnd < e) {
                if (s.charAt(hostEnd) != ':') {
                    if (requireServer) throw fail("Illegal character in authority", hostEnd);
                    return;
                }
                long pv = 0;
                for (int k = hostEnd + 1; k < e; k++) {
                    char c = s.charAt(k);
                    if (c < '0' || c > '9') {
                        if (requireServer) throw fail("Illegal character in port number", k);
                        return;
                    }
                    pv = pv * 10 + (c - '0');
                    if (pv > Integer.MAX_VALUE) throw fail("Malformed port number", hostEnd + 1);
                }
                if (hostEnd + 1 < e) portVal = (int) pv;
            }
            if (hostEnd == h) {
                if (requireServer) throw fail("Expected hostname", h);
                return;
            }
            u.userInfo = ui;
            u.host = s.substring(h, hostEnd);
            u.port = portVal;
        }

        /** End of a hostname (labels of letters, digits and inner '-') starting at h, or -1. */
        private int hostname(int h, int e) {
            int k = h;
            while (true) {
                if (k >= e || (cls(s.charAt(k)) & (ALPHA | DIGIT)) == 0) return -1;
                k++;
                while (k < e && ((cls(s.charAt(k)) & (ALPHA | DIGIT)) != 0 || s.charAt(k) == '-')) k++;
                if (s.charAt(k - 1) == '-') return -1;
                if (k < e && s.charAt(k) == '.') {
                    k++;
                    if (k >= e || s.charAt(k) == ':') return k;
                    continue;
                }
                return k;
            }
        }
    }
}
