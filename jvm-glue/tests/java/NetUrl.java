import java.net.*;

// java.net.URL parsing: components, default ports, external form, errors, URI round trips.
public class NetUrl {
  public static void main(String[] x) throws Exception {
    String[] s = {"http://user:pw@Host.com:8080/a/b.html?q=1#frag", "https://h/", "http://h", "HTTP://H/X", "ftp://h:21/f", "file:/tmp/x", "file:///tmp/x", "foo://h/", "h/x", "http://h:abc/", "http://[::1]:80/x", "mailto:a@b", "http://h/a b", "", "http://h?x", "jar:file:/a.jar!/b", "http:/x", "http://h:/p", "http://h:12a/"};
    for (String q : s) {
      try { URL u = new URL(q); System.out.println(q + " => " + u + " prot=" + u.getProtocol() + " host=" + u.getHost() + " port=" + u.getPort() + " def=" + u.getDefaultPort() + " file=" + u.getFile() + " path=" + u.getPath() + " q=" + u.getQuery() + " auth=" + u.getAuthority() + " ui=" + u.getUserInfo() + " ref=" + u.getRef()); }
      catch (Exception e) { System.out.println(q + " => " + e); }
    }
    try { System.out.println(new URL((String) null)); } catch (Exception e) { System.out.println(e); }
    System.out.println(new URL("http", "h", 80, "/x"));
    System.out.println(new URL("http", "h", -1, "/x").toURI());
    System.out.println(URI.create("http://h/x?y").toURL());
  }
}
