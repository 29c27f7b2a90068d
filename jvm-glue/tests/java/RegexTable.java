import java.util.regex.*;

public class RegexTable {
    static final int I = Pattern.CASE_INSENSITIVE, M = Pattern.MULTILINE, S = Pattern.DOTALL, X = Pattern.COMMENTS,
            L = Pattern.LITERAL, D = Pattern.UNIX_LINES, U = Pattern.UNICODE_CASE;

    // pattern, flags, inputs...
    static final Object[][] CASES = {
        {"abc", 0, "abc", "xabcx", "ab", ""},
        {"a.c", 0, "abc", "a\nc", "a\rc", "axxc"},
        {"a.c", S, "a\nc", "abc"},
        {"a.c", D, "a\rc", "a\nc"},
        {"a*", 0, "", "aaa", "baaab", "b"},
        {"a+", 0, "", "aaa", "baaab"},
        {"a?b", 0, "ab", "b", "aab", "cb"},
        {"a{2}", 0, "a", "aa", "aaa", "aaaaa"},
        {"a{2,}", 0, "a", "aa", "aaaaa"},
        {"a{2,3}", 0, "a", "aa", "aaa", "aaaa", "aaaaaaa"},
        {"a{0}b", 0, "b", "ab"},
        {"a*?", 0, "aaa", ""},
        {"a+?", 0, "aaa"},
        {"a??b", 0, "ab", "b"},
        {"a{2,3}?", 0, "aaaa"},
        {"a*+a", 0, "aaa", "a"},
        {"a++b", 0, "aaab", "b"},
        {"a?+a", 0, "a", "aa"},
        {"(a)(b)(c)", 0, "abc", "xabcabc"},
        {"(a)|(b)", 0, "a", "b", "ab", "cab"},
        {"(a(b)?)+", 0, "aba", "abab", "a"},
        {"(?:ab)+", 0, "ababab", "abba"},
        {"(?<first>\\w+) (?<last>\\w+)", 0, "John Smith", "x Jane Doe y"},
        {"(\\w)\\1", 0, "hello", "abba", "abc"},
        {"(?<c>.)\\k<c>", 0, "aabbc", "xyz"},
        {"(a)\\1", I, "aA", "Aa", "ab"},
        {"\\1(a)", 0, "aa", "a"},
        {"(a*)b\\1", 0, "aabaa", "aaba", "b"},
        {"cat|dog|bird", 0, "cat", "dog", "a bird", "catdog", "cow"},
        {"a|ab|abc", 0, "abc", "ab", "xabcx"},
        {"(a|ab)(c|bcd)(d*)", 0, "abcd", "abcdd"},
        {"^abc", 0, "abc", "xabc", "abc\nabc"},
        {"abc$", 0, "abc", "abc\n", "abc\n\n", "abcx", "abc\r\n"},
        {"^\\w+$", M, "one\ntwo\nthree", "a b\nc", "\n\n"},
        {"^", M, "a\nb\n", "", "\r\n\r\n"},
        {"$", M, "a\nb\n", "a\r\nb", "x"},
        {"$", 0, "a\nb\n", "a\r\n", "\n"},
        {"\\Aab", M, "ab\nab"},
        {"ab\\z", 0, "ab", "ab\n"},
        {"ab\\Z", 0, "ab", "ab\n", "ab\n\n"},
        {"\\bfoo\\b", 0, "foo", "a foo b", "foobar", "barfoo", "foo_bar", "x.foo.y"},
        {"\\Bo\\B", 0, "foo boo o", "xox"},
        {"\\b", 0, "ab cd", "", "é x"},
        {"\\G\\d", 0, "123a45", "a12"},
        {"\\d+", 0, "abc123def4567", "no", "12 34 56"},
        {"\\D+", 0, "abc123def"},
        {"\\w+", 0, "hello_world 123 é!"},
        {"\\W+", 0, "a, b;; c"},
        {"\\s+", 0, "a \t\n b\u000Bc\fd"},
        {"\\S+", 0, " ab  cd "},
        {"\\h+", 0, "a \t\u00A0b\nc"},
        {"\\v+", 0, "a\n\r\u000Bb c"},
        {"\\R", 0, "a\r\nb\nc\rd\u2028e"},
        {"\\R\\R", 0, "\r\n", "\n\n"},
        {"[abc]+", 0, "aabbccdd", "xyz"},
        {"[^abc]+", 0, "aabbxyzcc"},
        {"[a-z]+", 0, "Hello World"},
        {"[a-zA-Z0-9_]+", 0, "foo_BAR-99"},
        {"[a-z&&[^aeiou]]+", 0, "programming", "aeiou"},
        {"[a-z&&def]+", 0, "abcdefg"},
        {"[abc[xyz]]+", 0, "axbycz-q"},
        {"[^a[b]]", 0, "a", "b", "c"},
        {"[\\d\\s]+", 0, "a1 2\t3b"},
        {"[\\w&&[^\\d]]+", 0, "ab12cd"},
        {"[]a]+", 0, "a]a]b"},
        {"[a-]+", 0, "a-a-b"},
        {"[-a]+", 0, "-a-"},
        {"[a\\-z]+", 0, "a-zb"},
        {"[\\^x]+", 0, "^x^y"},
        {"[x^]+", 0, "^x^y"},
        {"[.]", 0, "a", "."},
        {"[\\[\\]]+", 0, "a[]b"},
        {"[a-c]", I, "B", "b", "D"},
        {"[^a-c]", I, "B", "D"},
        {"abc", I, "ABC", "aBc", "abd"},
        {"(?i)abc", 0, "ABC"},
        {"a(?i)bc", 0, "aBC", "ABC"},
        {"a(?i:b)c", 0, "aBc", "aBC"},
        {"(?i)a(?-i)b", 0, "Ab", "AB"},
        {"(?i:a|b)c", 0, "Bc", "BC"},
        {"\u00e9", I, "\u00c9"},
        {"\u00e9", I | U, "\u00c9"},
        {"(?m)^a", 0, "b\na"},
        {"(?s).+", 0, "a\nb"},
        {"(?x) a b # comment\n c", 0, "abc", "a b c"},
        {"a b c", X, "abc"},
        {"[a b]+", X, "ab ", "a b"},
        {"a\\ b", X, "a b"},
        {"a.b", L, "a.b", "axb"},
        {"(a)", L, "(a)", "a"},
        {"A.B", L | I, "a.b"},
        {"\\Qa.b\\E.c", 0, "a.bxc", "axbxc"},
        {"\\Q(x)", 0, "(x)"},
        {"[\\Q^]\\E]+", 0, "^]^a"},
        {"\\t\\n\\r\\f\\a\\e", 0, "\t\n\r\f\u0007\u001b"},
        {"\\x41\\u0042\\x{43}\\0104\\cA", 0, "ABCD\u0001"},
        {"\\.\\*\\+\\?\\(\\)\\[\\{\\|\\$\\^\\\\", 0, ".*+?()[{|$^\\"},
        {"\\p{Lower}+", 0, "abcDEF"},
        {"\\p{Upper}+", 0, "abcDEF"},
        {"\\p{Lower}", I, "A"},
        {"\\p{Alpha}+", 0, "ab12"},
        {"\\p{Digit}+", 0, "ab12"},
        {"\\p{Alnum}+", 0, "a1!b2"},
        {"\\p{Punct}+", 0, "a!@#b,.c"},
        {"\\p{Space}+", 0, "a \tb"},
        {"\\p{XDigit}+", 0, "0x1fG"},
        {"\\p{Cntrl}", 0, "a\u0001"},
        {"\\p{Blank}+", 0, "a \t\nb"},
        {"\\p{ASCII}+", 0, "ab\u00e9c"},
        {"\\P{Digit}+", 0, "ab12cd"},
        {"\\p{L}+", 0, "h\u00e9llo w0rld"},
        {"\\p{Lu}+", 0, "aBCd\u00c9"},
        {"\\p{IsAlphabetic}+", 0, "ab1"},
        {"\\pL+", 0, "ab1"},
        {"\\p{javaLowerCase}+", 0, "abC"},
        {"[\\p{Upper}\\d]+", 0, "aB1c"},
        {"(?=\\d)", 0, "a1b2"},
        {"\\w+(?=!)", 0, "hi! there! no"},
        {"\\w+(?!!)\\b", 0, "hi! there"},
        {"(?<=\\$)\\d+", 0, "cost $42 and 17"},
        {"(?<!\\$)\\b\\d+", 0, "cost $42 and 17"},
        {"(?<=ab|c)x", 0, "abx cx bx"},
        {"(?<=a{1,3})b", 0, "aaab b"},
        {"(?<=a*)b", 0, "aab b"},
        {"(?=(a+))a*b\\1", 0, "baaabac"},
        {"(?=(\\w+))", 0, "ab"},
        {"(?!a)\\w", 0, "ab"},
        {"(?>a+)b", 0, "aaab"},
        {"(?>a+)a", 0, "aaa"},
        {"(?>ab|a)b", 0, "ab", "abb"},
        {"(a+)+b", 0, "aaaaaaaaaaaaaaaaaaaaaaaab", "aaab"},
        {"(a|a)*b", 0, "aaaaab"},
        {"(x+x+)+y", 0, "xxxxxxxy"},
        {"(a?)*", 0, "b", "aa"},
        {"(a*)*", 0, "aab"},
        {"(a*)+", 0, "b"},
        {"(a|b)*?c", 0, "abc"},
        {"(?:(a)|b)+", 0, "ab"},
        {"(a)|b", 0, "b"},
        {"((a)|(b))+", 0, "ab", "ba"},
        {"(a{2})*", 0, "aaaaa"},
        {"(ab|a)(bc|c)?", 0, "abc"},
        {"x*", 0, "axxb"},
        {"", 0, "abc", ""},
        {"|a", 0, "ab"},
        {"a|", 0, "ab"},
        {"()", 0, "ab"},
        {"(|a)+", 0, "aa"},
        {"x{2}{3}", 0, "xx", "xxxxxx"},
        {"{1}a", 0, "a"},
        {"a{1}{2}", 0, "a"},
        {"[0-9]{3}-[0-9]{4}", 0, "call 555-1234 now", "55-12345"},
        {"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$", 0, "192.168.0.1", "1.2.3", "1.2.3.4.5"},
        {"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$", 0, "john.doe+x@mail.example.com", "bad@", "@x.y"},
        {"(\\d{4})-(\\d{2})-(\\d{2})", 0, "on 2024-01-15 and 1999-12-31"},
        {"<([a-z]+)>(.*?)</\\1>", 0, "<b>bold</b> <i>it</i> <b>x</i>"},
        {"\"([^\"\\\\]|\\\\.)*\"", 0, "say \"hi \\\"there\\\"\" ok"},
        {"(?<key>\\w+)=(?<val>[^;]*)", 0, "a=1;bb=two;c="},
        {"[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?", 0, "-1.5e10 +3 .5 7. x"},
        {"(\\w+)@(\\w+)\\.com", I, "Mail: BOB@EXAMPLE.COM, amy@site.com"},
        {"(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)\\11", 0, "abcdefghijkk", "abcdefghijka0"},
        {"(a)\\10", 0, "aa0", "a0"},
        {"\\u00e9+", 0, "\u00e9\u00e9x"},
        {"[\u00e0-\u00ff]+", 0, "caf\u00e9s"},
        {"a\\sb", 0, "a b", "a\nb", "ab"},
        {"(?m)a$\\n^b", 0, "a\nb"},
        {"(?d)^.$", M, "a\r\nb\n", "x"},
        {"(?u)(?i)\u00c9", 0, "\u00e9"},
        {".*", 0, "abc\ndef"},
        {".*?x", 0, "abxcdx"},
        {"(.*)(\\d+)", 0, "abc123"},
        {"(.*?)(\\d+)", 0, "abc123"},
        {"(.*)(\\d+)$", 0, "x99"},
        {"\\bcat\\b", I, "Cat CAT concat cats"},
        {"[aeiou]{2,}", 0, "beautiful queueing"},
        {"(\\w)(\\w)?", 0, "abc"},
        {"a(?=b)|a(?=c)", 0, "ab ac ad"},
        {"(?<=(a))b", 0, "ab"},
        {"(?!)", 0, "abc"},
        {"(?=)", 0, "ab"},
        {"(a|b|c|d|e)+f", 0, "abcdeabcdef"},
        {"[ab]*+b", 0, "aab"},
        {"(?:a|b)++", 0, "abab"},
        {"(?>(a))b", 0, "ab"},
        {"[a-c[x-z]&&[b-y]]+", 0, "abcxyz"},
        // syntax errors
        {"*a", 0, "x"}, {"a**", 0, "x"}, {"+", 0, "x"}, {"?", 0, "x"}, {"a{", 0, "x"}, {"a{1", 0, "x"},
        {"a{1,", 0, "x"}, {"a{,2}", 0, "x"}, {"a{2,1}", 0, "x"}, {"a{x}", 0, "x"}, {"(a", 0, "x"},
        {"((a)", 0, "x"}, {"a)", 0, "x"}, {"ab)", 0, "x"}, {"[a", 0, "x"}, {"[a-", 0, "x"}, {"[z-a]", 0, "x"},
        {"[]", 0, "x"}, {"[^]", 0, "x"}, {"[a-\\d]", 0, "x"}, {"\\", 0, "x"}, {"a\\", 0, "x"},
        {"(?y)", 0, "x"}, {"(?", 0, "x"}, {"(?<", 0, "x"}, {"(?<n", 0, "x"}, {"(?<1n>a)", 0, "x"},
        {"(?<n>a)(?<n>b)", 0, "x"}, {"\\k<x>", 0, "x"}, {"\\k", 0, "x"}, {"\\kx", 0, "x"}, {"\\q", 0, "x"},
        {"\\x", 0, "x"}, {"\\xg", 0, "x"}, {"\\u12", 0, "x"}, {"\\uXYZW", 0, "x"}, {"\\0", 0, "x"},
        {"\\08", 0, "x"}, {"\\c", 0, "x"}, {"\\p{Foo}", 0, "x"}, {"\\pX", 0, "x"}, {"\\p{L", 0, "x"},
        {"a|*", 0, "x"}, {"(*)", 0, "x"}, {"(?i", 0, "x"}, {"(?i-", 0, "x"}, {"(?:a", 0, "x"},
        {"[a&&", 0, "x"}, {"a++*", 0, "x"}, {"[[a]", 0, "x"}, {"x(?", 0, "x"}, {"\\E", 0, "x"},
        {"a{1}+?", 0, "x"}, {"(?>a", 0, "x"}, {"(?=a", 0, "x"}, {"[a-\\w]", 0, "x"}, {"a{,}", 0, "x"},
        {"\\x{110000}", 0, "x"}, {"a{99999999999}", 0, "x"}, {"(?<=x", 0, "x"}, {"[b-a]", I, "x"},
        {"\\x{}", 0, "x"}, {"\\x{41", 0, "x"},
    };

    static String esc(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 32 || c > 126) sb.append("\\u").append(Integer.toHexString(c));
            else sb.append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int n = 0;
        for (Object[] row : CASES) {
            String p = (String) row[0];
            int flags = (Integer) row[1];
            Pattern pat;
            try {
                pat = Pattern.compile(p, flags);
            } catch (PatternSyntaxException e) {
                n++;
                System.out.println("/" + esc(p) + "/ " + e.getClass().getName() + " [" + esc(e.getDescription()) + "] idx=" + e.getIndex());
                System.out.println(esc(e.getMessage()));
                continue;
            }
            for (int k = 2; k < row.length; k++) {
                n++;
                String in = (String) row[k];
                StringBuilder sb = new StringBuilder();
                sb.append('/').append(esc(p)).append("/").append(flags).append(" on \"").append(esc(in)).append("\": ");
                Matcher m = pat.matcher(in);
                sb.append("matches=").append(m.matches());
                if (m.matches()) {
                    for (int g = 1; g <= m.groupCount(); g++) sb.append(" g").append(g).append('=').append(esc(m.group(g)));
                }
                sb.append(" lookingAt=").append(m.lookingAt());
                if (m.lookingAt()) sb.append("@").append(m.end());
                m.reset();
                sb.append(" finds:");
                int guard = 0;
                while (m.find() && guard++ < 50) {
                    sb.append(" [").append(m.start()).append(',').append(m.end()).append(' ').append(esc(m.group()));
                    for (int g = 1; g <= m.groupCount(); g++) {
                        sb.append(" ").append(g).append(':').append(esc(m.group(g))).append('@').append(m.start(g)).append('-').append(m.end(g));
                    }
                    sb.append(']');
                }
                sb.append(" hitEnd=").append(m.hitEnd());
                System.out.println(sb);
                try {
                    System.out.println("   replaceAll: " + esc(pat.matcher(in).replaceAll("<$0>")) + " first: " + esc(pat.matcher(in).replaceFirst("{$0}")));
                } catch (RuntimeException e) {
                    System.out.println("   replace threw " + e);
                }
                String[] parts = pat.split(in);
                StringBuilder ps = new StringBuilder("   split(" + parts.length + "):");
                for (String s : parts) ps.append(" \"").append(esc(s)).append('"');
                String[] p2 = pat.split(in, 2);
                ps.append(" |2:");
                for (String s : p2) ps.append(" \"").append(esc(s)).append('"');
                String[] p3 = pat.split(in, -1);
                ps.append(" |-1:");
                for (String s : p3) ps.append(" \"").append(esc(s)).append('"');
                System.out.println(ps);
            }
        }
        System.out.println("cases: " + n);
    }
}
