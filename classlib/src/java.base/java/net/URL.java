package java.net;

/** A URL, parsed (no protocol handlers: openConnection is not supported on Mote). */
public final class URL implements java.io.Serializable {
    private final String protocol;
    private final String host;
    private final int port;
    private final String file;
    private final String query;
    private final String path;
    private final String authority;
    private final String userInfo;
    private final String ref;

    public URL(String spec) throws MalformedURLException {
        // HotSpot reports the NullPointerException it ran into
        if (spec == null) throw new MalformedURLException("Cannot invoke \"String.length()\" because \"spec\" is null");
        String s = spec.trim();
        int colon = s.indexOf(':');
        int slash = s.indexOf('/');
        if (colon <= 0 || (slash >= 0 && slash < colon)) throw new MalformedURLException("no protocol: " + spec);
        String p = s.substring(0, colon).toLowerCase();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))))
                throw new MalformedURLException("no protocol: " + spec);
        }
        if (!(p.equals("http") || p.equals("https") || p.equals("file") || p.equals("ftp") || p.equals("jar") || p.equals("mailto")))
            throw new MalformedURLException("unknown protocol: " + p);
        protocol = p;
        String rest = s.substring(colon + 1);
        int hash = rest.indexOf('#');
        ref = hash >= 0 ? rest.substring(hash + 1) : null;
        if (hash >= 0) rest = rest.substring(0, hash);
        String auth = null;
        if (rest.startsWith("//")) {
            int e = 2;
            while (e < rest.length() && "/?".indexOf(rest.charAt(e)) < 0) e++;
            auth = rest.substring(2, e);
            rest = rest.substring(e);
        }
        authority = auth;
        String h = auth;
        String ui = null;
        int pt = -1;
        if (auth != null) {
            int at = auth.lastIndexOf('@');
            if (at >= 0) {
                ui = auth.substring(0, at);
                h = auth.substring(at + 1);
            }
            int c = h.startsWith("[") ? h.indexOf(':', h.indexOf(']')) : h.lastIndexOf(':');
            if (c >= 0) {
                String ps = h.substring(c + 1);
                h = h.substring(0, c);
                if (!ps.isEmpty()) {
                    for (int i = 0; i < ps.length(); i++) {
                        if (ps.charAt(i) < '0' || ps.charAt(i) > '9') throw new MalformedURLException("Error at index " + i + " in: \"" + ps + "\"");
                    }
                    pt = Integer.parseInt(ps);
                }
            }
        }
        host = h == null ? "" : h;
        userInfo = ui;
        port = pt;
        int q = rest.indexOf('?');
        query = q >= 0 ? rest.substring(q + 1) : null;
        path = q >= 0 ? rest.substring(0, q) : rest;
        file = rest;
    }

    public URL(String protocol, String host, int port, String file) throws MalformedURLException {
        this(protocol + "://" + host + (port == -1 ? "" : ":" + port) + file);
    }

    public String getProtocol() {
        return protocol;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public int getDefaultPort() {
        switch (protocol) {
            case "http": return 80;
            case "https": return 443;
            case "ftp": return 21;
            default: return -1;
        }
    }

    public String getFile() {
        return file;
    }

    public String getPath() {
        return path;
    }

    public String getQuery() {
        return query;
    }

    public String getAuthority() {
        return authority;
    }

    public String getUserInfo() {
        return userInfo;
    }

    public String getRef() {
        return ref;
    }

    public URI toURI() throws URISyntaxException {
        return new URI(toString());
    }

    public String toExternalForm() {
        StringBuilder sb = new StringBuilder(protocol).append(':');
        if (authority != null && !authority.isEmpty()) sb.append("//").append(authority);
        sb.append(file);
        if (ref != null) sb.append('#').append(ref);
        return sb.toString();
    }

    @Override
    public String toString() {
        return toExternalForm();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof URL && toExternalForm().equals(((URL) o).toExternalForm());
    }

    @Override
    public int hashCode() {
        return toExternalForm().hashCode();
    }
}
