import java.net.*;
import java.util.*;

// URI parsing (components, raw vs decoded, errors), normalize/resolve/relativize,
// multi-argument constructors, URLEncoder/URLDecoder.
public class NetUri {
  interface UF { URI call() throws Exception; }
  static void d(String s) {
    try { URI u = new URI(s);
      System.out.println(s + " => scheme=" + u.getScheme() + " ssp=" + u.getRawSchemeSpecificPart() + " auth=" + u.getRawAuthority() + " ui=" + u.getRawUserInfo() + " host=" + u.getHost() + " port=" + u.getPort() + " path=" + u.getRawPath() + " q=" + u.getRawQuery() + " f=" + u.getRawFragment() + " | dpath=" + u.getPath() + " dq=" + u.getQuery() + " abs=" + u.isAbsolute() + " opq=" + u.isOpaque() + " norm=" + u.normalize() + " str=" + u);
    } catch (Exception e) { System.out.println(s + " => " + e.getClass().getName() + ": " + e.getMessage()); }
  }
  static void main0(String[] a) {
    String[] t = {"", "http://", "http:", ":foo", "a b", "http://a b/", "http://h:abc/", "http://h:/x", "http://user:pw@Host.COM:8080/p%20q/r?x=1&y=%41#frag",
      "mailto:a@b.com", "file:///tmp/x", "//host/p", "/a/./b/../c", "a/../../b", "a:b/../c", "http://h/a%zz", "http://h/a%2", "http://h/a#b#c", "http://h/a?b?c",
      "http://[::1]:80/", "http://[::1/", "1http://x", "ht%tp://x", "http://h/é", "http://h/<", "http://h/a|b", "http://-h/", "http://h-/", "http://1.2.3.4:5/", "http://h..c/", "?q", "#f", "x#", "urn:isbn:123", "http://h/a b", "http://h/?a b", "http://h/#a b", "sch eme:x", "http:x y", "http://h:99999/", "http://h/%41%e2%82%ac", ".", "./a:b", "http://h/a/b/../../..", "http://@h/", "http://h@/"};
    for (String s : t) d(s);
    URI base = URI.create("http://a/b/c/d;p?q");
    String[] rel = {"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "g.", ".g", "g..", "..g", "./../g", "g/./h", "g/../h"};
    for (String r : rel) System.out.println("resolve " + r + " => " + base.resolve(r));
    URI b2 = URI.create("http://h/a/b/");
    String[] ch = {"http://h/a/b/c/d?x#y", "http://h/a/bc", "http://h/a/b/", "http://other/a/b/c", "mailto:x", "http://h/a/b"};
    for (String c : ch) System.out.println("relativize " + c + " => " + b2.relativize(URI.create(c)));
    try { URI.create("a b"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage() + " / " + e.getCause()); }
    System.out.println(URI.create("HTTP://H/x").equals(URI.create("http://h/x")) + " " + URI.create("http://h/%2a").equals(URI.create("http://h/%2A")) + " " + URI.create("http://h/a").compareTo(URI.create("http://h/b")));
  }

  static void e(String s) throws Exception {
    System.out.println("enc " + s + " => " + URLEncoder.encode(s) + " | " + URLEncoder.encode(s, "UTF-8"));
  }
  static void dec(String s) {
    try { System.out.println("dec " + s + " => " + URLDecoder.decode(s, "UTF-8")); }
    catch (Exception x) { System.out.println("dec " + s + " => " + x.getClass().getName() + ": " + x.getMessage()); }
  }
  static void c(String what, UF f) {
    try { URI u = f.call(); System.out.println(what + " => " + u + " path=" + u.getPath() + " raw=" + u.getRawPath() + " q=" + u.getRawQuery() + " host=" + u.getHost()); }
    catch (Exception x) { System.out.println(what + " => " + x.getClass().getName() + ": " + x.getMessage()); }
  }
  public static void main(String[] a) throws Exception {
    main0(a);
    part2();
    String[] es = {"", "abc", "a b", "a+b", "x=1&y=2", "caf\u00e9", "\u20ac/\u00fc", "~!*()'._-", "100%", "line\nbreak"};
    for (String s : es) e(s);
    System.out.println("enc surrogate pair => " + URLEncoder.encode("UTF-8"));
    String[] ds = {"", "a+b", "a%20b", "%41%42", "caf%C3%A9", "%E2%82%AC", "%zz", "%4", "abc%", "%C3", "a%2Bb", "%ff"};
    for (String s : ds) dec(s);
    c("7-arg", () -> new URI("http", "us er", "host", 8080, "/a b/\u00e9", "q=a b&c", "fr ag"));
    c("7-arg relative path", () -> new URI("http", null, "host", -1, "rel", null, null));
    c("4-arg", () -> new URI("http", "h.com", "/x y", "f"));
    c("5-arg", () -> new URI("http", "h.com:81", "/p", "a=%", null));
    c("3-arg", () -> new URI("mailto", "a b@c.d", null));
    c("no scheme", () -> new URI(null, null, "a/b c", null));
    c("ipv6 host", () -> new URI("http", null, "::1", 80, "/", null, null));
  }
  interface T { Object run() throws Exception; }
  static void t(String n, T r){ try { System.out.println(n+": "+r.run()); } catch(Exception e){ System.out.println(n+": "+e.getClass().getName()+": "+e.getMessage()); } }
  static void part2() throws Exception {
    t("null", () -> new URI(null));
    t("create null", () -> URI.create(null));
    t("ascii", () -> URI.create("http://h/\u00e9t\u00e9?q=\u20ac#\u00fc").toASCIIString());
    t("ssp decoded", () -> URI.create("http://h/a%20b?c%3Dd").getSchemeSpecificPart());
    t("authority decoded", () -> URI.create("http://us%20er@h:1/").getAuthority() + " " + URI.create("http://us%20er@h:1/").getUserInfo());
    t("fragment decoded", () -> URI.create("x#a%23b").getFragment());
    t("psa ok", () -> URI.create("http://h:80/").parseServerAuthority().getPort());
    t("psa bad", () -> URI.create("http://h:abc/").parseServerAuthority());
    t("psa bad2", () -> URI.create("http://-h/").parseServerAuthority());
    t("opaque resolve", () -> URI.create("mailto:a@b").resolve("x"));
    t("resolve opaque child", () -> URI.create("http://h/a").resolve("mailto:x"));
    t("relative base resolve", () -> URI.create("a/b/c").resolve("../d"));
    t("relative base resolve2", () -> URI.create("a").resolve("b"));
    t("normalize cases", () -> URI.create("a/./b/../../../c/./").normalize() + " " + URI.create("/a//b/../c").normalize() + " " + URI.create("./").normalize() + " " + URI.create("a/..").normalize() + " " + URI.create("http://h").normalize()+ " " + URI.create("http://h/.").normalize() + " " + URI.create("../a:b/./c").normalize() + " " + URI.create("a:b").normalize());
    List<URI> l = new ArrayList<>();
    for (String s : new String[]{"http://b/", "http://a/x", "HTTP://a/y", "mailto:z", "ftp://a/", "/rel", "rel", "http://a:80/x", "http://u@a/x", "http://a/x?q", "http://a/x#f", "urn:a"}) l.add(URI.create(s));
    l.sort(null);
    System.out.println(l);
    t("eq escape case", () -> URI.create("http://h/%7e").equals(URI.create("http://h/%7E")));
    t("eq host case", () -> URI.create("http://H/x").equals(URI.create("http://h/x")));
    t("eq path case", () -> URI.create("http://h/X").equals(URI.create("http://h/x")));
    t("eq opaque", () -> URI.create("mailto:A").equals(URI.create("MAILTO:A")));
    t("eq hash consistent", () -> URI.create("http://H/%7e").hashCode() == URI.create("http://h/%7E").hashCode());
    t("ctor port range", () -> new URI("http", null, "h", 70000, "/", null, null));
    t("ctor bad host", () -> new URI("http", null, "a b", -1, "/", null, null));
    t("ctor scheme only", () -> new URI("http", null, null, -1, null, null, null));
    t("ctor 3 relative", () -> new URI(null, "a b", "c d"));
    t("ctor percent", () -> new URI("http", "h", "/100%", null));
    t("ctor non-ascii", () -> new URI("http", "h", "/caf\u00e9", null).toString() + " " + new URI("http", "h", "/caf\u00e9", null).toASCIIString());
    t("rel empty", () -> URI.create("http://h/a/").relativize(URI.create("http://h/a/")));
    t("rel query", () -> URI.create("http://h/a/?x").relativize(URI.create("http://h/a/b?y#z")));
  }
}
