// StringBuilder / StringBuffer: append variants, insert, delete, replace, reverse with surrogates, setLength,
// capacity growth, code point ops, indexOf, compareTo and HotSpot's exception messages.
public class LangStringBuilderOps {
    interface R { Object run() throws Exception; }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String show(CharSequence s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append("\\u").append(Integer.toHexString(c));
        }
        return sb.append("]").toString();
    }

    public static void main(String[] args) {
        t("appends", () -> new StringBuilder().append(1).append('c').append(2L).append(1.5f).append(2.25).append(true)
            .append((Object) null).append((String) null).append((CharSequence) null).append(new char[] {'x', 'y'})
            .append(new char[] {'a', 'b', 'c', 'd'}, 1, 2).append("hello", 1, 3).append(new StringBuffer("buf"))
            .append((StringBuffer) null).append(Integer.MIN_VALUE).append(Long.MIN_VALUE).append(-0.0).append(1e21));
        t("appendCodePoint", () -> show(new StringBuilder().appendCodePoint(65).appendCodePoint(0x1F600).appendCodePoint(0xD800)));
        t("appendCodePoint bad", () -> new StringBuilder().appendCodePoint(0x110000));
        t("append cs range bad", () -> new StringBuilder("abc").append("xyz", 2, 5));
        t("append arr range bad", () -> new StringBuilder("abc").append(new char[3], 2, 2));
        t("insert", () -> new StringBuilder("0123").insert(0, "a").insert(5, 'z').insert(2, 42).insert(1, true).insert(3, 1.5)
            .insert(0, 7L).insert(1, 2.5f).insert(2, new char[] {'Q', 'R'}).insert(0, (Object) null).insert(3, "xyz", 1, 2)
            .insert(1, new char[] {'m', 'n', 'o'}, 1, 2).insert(0, (CharSequence) new StringBuilder("SB")));
        t("insert bad", () -> new StringBuilder("abc").insert(4, "x"));
        t("insert bad2", () -> new StringBuilder("abc").insert(-1, 'x'));
        t("insert arr bad", () -> new StringBuilder("abc").insert(1, new char[3], 2, 2));
        t("insert cs bad", () -> new StringBuilder("abc").insert(1, "xyz", 2, 1));
        t("delete", () -> new StringBuilder("0123456789").delete(2, 5) + " " + new StringBuilder("0123").delete(1, 100) + " " + new StringBuilder("ab").delete(2, 2));
        t("delete bad", () -> new StringBuilder("abc").delete(2, 1));
        t("delete bad2", () -> new StringBuilder("abc").delete(4, 5));
        t("deleteCharAt", () -> new StringBuilder("abc").deleteCharAt(1));
        t("deleteCharAt bad", () -> new StringBuilder("abc").deleteCharAt(3));
        t("replace", () -> new StringBuilder("0123456789").replace(2, 5, "ab") + " " + new StringBuilder("abc").replace(1, 99, "XYZW") + " " + new StringBuilder("abc").replace(3, 3, "!"));
        t("replace bad", () -> new StringBuilder("abc").replace(4, 5, "x"));
        t("replace bad2", () -> new StringBuilder("abc").replace(2, 1, "x"));
        t("reverse", () -> show(new StringBuilder("ab\uD83D\uDE00c\uDC00\uD800d").reverse()) + show(new StringBuilder("").reverse()) + show(new StringBuilder("x").reverse()) + show(new StringBuilder("\uD800\uDC00").reverse()));
        t("setLength", () -> {
            StringBuilder sb = new StringBuilder("hello");
            sb.setLength(2);
            String a = sb.toString();
            sb.setLength(4);
            return a + " " + show(sb) + " " + sb.length();
        });
        t("setLength bad", () -> {
            new StringBuilder("x").setLength(-1);
            return null;
        });
        t("setCharAt", () -> {
            StringBuilder sb = new StringBuilder("abc");
            sb.setCharAt(1, 'X');
            return sb;
        });
        t("setCharAt bad", () -> {
            new StringBuilder("abc").setCharAt(3, 'x');
            return null;
        });
        t("charAt bad", () -> new StringBuilder("abc").charAt(-1));
        t("capacity", () -> {
            StringBuilder sb = new StringBuilder();
            StringBuilder out = new StringBuilder();
            out.append(sb.capacity());
            for (int i = 0; i < 100; i++) {
                sb.append('x');
                out.append(',').append(sb.capacity());
            }
            sb.ensureCapacity(1000);
            out.append(' ').append(sb.capacity());
            sb.trimToSize();
            out.append(' ').append(sb.capacity());
            out.append(' ').append(new StringBuilder("abc").capacity()).append(' ').append(new StringBuilder(5).capacity());
            StringBuilder g = new StringBuilder(4);
            g.append("0123456789abcdefghij");
            out.append(' ').append(g.capacity());
            g.ensureCapacity(5);
            out.append(' ').append(g.capacity());
            g.ensureCapacity(-3);
            return out.append(' ').append(g.capacity());
        });
        t("new neg", () -> new StringBuilder(-1));
        t("substring", () -> new StringBuilder("hello world").substring(6) + "|" + new StringBuilder("hello").substring(1, 3) + "|" + new StringBuilder("abc").subSequence(0, 2));
        t("substring bad", () -> new StringBuilder("abc").substring(2, 1));
        t("substring bad2", () -> new StringBuilder("abc").substring(4));
        t("getChars", () -> {
            char[] d = {'.', '.', '.', '.', '.'};
            new StringBuilder("abc").getChars(0, 3, d, 1);
            return new String(d);
        });
        t("getChars bad", () -> {
            new StringBuilder("abc").getChars(0, 4, new char[5], 0);
            return null;
        });
        t("getChars bad dst", () -> {
            new StringBuilder("abc").getChars(0, 3, new char[2], 0);
            return null;
        });
        StringBuilder cp = new StringBuilder("a\uD83D\uDE00b");
        t("codePoints", () -> cp.codePointAt(1) + " " + cp.codePointAt(2) + " " + cp.codePointBefore(3) + " " + cp.codePointBefore(2) + " " + cp.codePointCount(0, 4) + " " + cp.offsetByCodePoints(0, 2) + " " + cp.offsetByCodePoints(4, -2));
        t("codePointAt bad", () -> cp.codePointAt(4));
        t("codePointBefore bad", () -> cp.codePointBefore(0));
        t("codePointCount bad", () -> cp.codePointCount(0, 5));
        t("offsetByCodePoints bad", () -> cp.offsetByCodePoints(0, 4));
        t("indexOf", () -> {
            StringBuilder sb = new StringBuilder("abcabcabc");
            return sb.indexOf("bc") + " " + sb.indexOf("bc", 2) + " " + sb.lastIndexOf("bc") + " " + sb.lastIndexOf("bc", 6) + " " + sb.indexOf("") + " " + sb.lastIndexOf("") + " " + sb.indexOf("zz") + " " + sb.indexOf("a", 100) + " " + sb.lastIndexOf("a", -1);
        });
        t("compareTo", () -> new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("b").compareTo(new StringBuilder("abc")) + " " + new StringBuffer("x").compareTo(new StringBuffer("x")));
        t("equals/hash identity", () -> new StringBuilder("a").equals(new StringBuilder("a")));
        t("buffer ops", () -> {
            StringBuffer sb = new StringBuffer("hello");
            sb.append(' ').append(42).insert(0, '>').reverse().reverse().replace(0, 1, "<<").deleteCharAt(1).setLength(7);
            return sb + " " + sb.length() + " " + sb.charAt(2) + " " + sb.indexOf("l") + " " + sb.substring(2) + " " + new StringBuffer().append(sb).append((Object) "o").appendCodePoint(0x41);
        });
        t("buffer errors", () -> new StringBuffer("abc").insert(5, 1));
        t("buffer errors2", () -> new StringBuffer("abc").delete(-1, 2));
        t("contentEquals", () -> "abc".contentEquals(new StringBuffer("abc")));
        t("String(StringBuilder)", () -> new String(new StringBuilder("sb")) + new String(new StringBuffer("sbuf")));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            big.append(i % 7).insert(big.length() / 2, (char) ('a' + i % 26));
            if (i % 5 == 0) big.delete(big.length() / 3, big.length() / 3 + 1);
            if (i % 11 == 0) big.replace(0, 2, "Z");
        }
        System.out.println(big.length() + " " + big.toString().hashCode() + " " + big.reverse().toString().hashCode());
    }
}
