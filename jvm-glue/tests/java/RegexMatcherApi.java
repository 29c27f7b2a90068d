import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.*;

public class RegexMatcherApi {
    interface Body { Object run(); }

    static void t(String label, Body b) {
        try {
            System.out.println(label + " = " + b.run());
        } catch (RuntimeException e) {
            System.out.println(label + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Matcher m = Pattern.compile("(a)(?<nm>b)?").matcher("xaby");
        t("group before match", () -> m.group());
        t("start before match", () -> m.start());
        t("end before match", () -> m.end(1));
        t("group(name) before", () -> m.group("nm"));
        System.out.println(m);
        t("find", () -> m.find());
        System.out.println(m);
        t("group", () -> m.group());
        t("group(1)", () -> m.group(1));
        t("group(nm)", () -> m.group("nm"));
        t("start(nm)", () -> m.start("nm"));
        t("end(nm)", () -> m.end("nm"));
        t("group(3)", () -> m.group(3));
        t("group(-1)", () -> m.group(-1));
        t("start(3)", () -> m.start(3));
        t("end(-2)", () -> m.end(-2));
        t("group(zz)", () -> m.group("zz"));
        t("start(zz)", () -> m.start("zz"));
        t("groupCount", () -> m.groupCount());
        t("find again", () -> m.find());
        t("group after fail", () -> m.group());
        t("find(-1)", () -> m.find(-1));
        t("find(5)", () -> m.find(5));
        t("find(4)", () -> m.find(4));
        t("find(1)", () -> m.find(1) + " " + m.start());
        t("region(-1,2)", () -> m.region(-1, 2));
        t("region(3,2)", () -> m.region(3, 2));
        t("region(0,9)", () -> m.region(0, 9));

        String[] reps = {"$3", "$", "\\", "${", "${}", "${x", "${x}", "$a", "$12", "$1$2", "\\$1", "${nm}", "$0x",
            "${1}", "[$2]", "$20", "\\\\", "a\\b", "$$"};
        for (String r : reps) {
            t("replaceAll " + r, () -> Pattern.compile("(a)(b)").matcher("xabyab").replaceAll(r));
            t("named replaceAll " + r, () -> Pattern.compile("(a)(?<nm>b)").matcher("xab").replaceAll(r));
        }
        t("replaceFirst", () -> "aaa".replaceFirst("a", "$0$0"));
        t("replaceAll fn", () -> Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> "<" + r.group().length() + ">"));
        t("replaceFirst fn", () -> Pattern.compile("\\d+").matcher("a1b22c333").replaceFirst(r -> r.group() + r.group()));
        t("replaceAll fn $", () -> Pattern.compile("(\\d)").matcher("a1").replaceAll(r -> "$1$1"));
        t("replaceAll empty", () -> Pattern.compile("x*").matcher("abc").replaceAll("-"));
        t("replaceAll none", () -> Pattern.compile("z").matcher("abc").replaceAll("-"));
        t("quoteReplacement", () -> Matcher.quoteReplacement("a$1\\b"));
        t("replaceAll quoted", () -> "cost".replaceAll("cost", Matcher.quoteReplacement("$5\\")));
        t("quote", () -> Pattern.quote("a.b") + " " + Pattern.quote("x\\Ey\\E") + " " + "a.b*".matches(Pattern.quote("a.b*")));
        t("quote match", () -> "x\\Ey".matches(Pattern.quote("x\\Ey")));

        Matcher a = Pattern.compile("(\\w+)=(\\d+)").matcher("a=1, bb=22, c=x, d=4");
        StringBuilder sb = new StringBuilder();
        while (a.find()) a.appendReplacement(sb, "$2:$1");
        a.appendTail(sb);
        System.out.println("appendReplacement: " + sb);
        Matcher nm = Pattern.compile("a").matcher("b");
        t("appendReplacement no match", () -> nm.appendReplacement(new StringBuilder(), "x"));
        t("toMatchResult no match", () -> nm.toMatchResult().group());
        t("toMatchResult start no match", () -> nm.toMatchResult().start());

        Matcher r = Pattern.compile("(\\d)(x)?").matcher("a1b2");
        r.find();
        MatchResult snap = r.toMatchResult();
        r.find();
        System.out.println("snapshot: " + snap.group() + " " + snap.start() + " " + snap.end() + " " + snap.group(1) + " " + snap.group(2) + " " + snap.start(2) + " " + snap.groupCount() + " now " + r.group());
        t("snap group(3)", () -> snap.group(3));

        Matcher g = Pattern.compile("\\Gab").matcher("ababxab");
        StringBuilder gs = new StringBuilder();
        while (g.find()) gs.append(g.start()).append(' ');
        System.out.println("\\G finds: " + gs);

        Matcher rg = Pattern.compile("^\\d+$").matcher("ab123cd");
        rg.region(2, 5);
        System.out.println("region: " + rg.regionStart() + "," + rg.regionEnd() + " matches=" + rg.matches() + " " + rg.group() + " " + rg);
        rg.useAnchoringBounds(false);
        rg.region(2, 5);
        System.out.println("non-anchoring matches=" + rg.matches() + " find=" + rg.find());
        Matcher rb = Pattern.compile("\\b\\d+\\b").matcher("ab123cd");
        rb.region(2, 5);
        System.out.println("opaque \\b find=" + rb.find());
        rb.useTransparentBounds(true);
        rb.region(2, 5);
        System.out.println("transparent \\b find=" + rb.find() + " " + rb.hasTransparentBounds() + " " + rb.hasAnchoringBounds());
        Matcher la = Pattern.compile("\\d+(?=c)").matcher("ab123cd");
        la.region(2, 5);
        System.out.println("opaque lookahead=" + la.find());
        la.useTransparentBounds(true).region(2, 5);
        System.out.println("transparent lookahead=" + la.find());

        Matcher rs = Pattern.compile("o").matcher("foo");
        System.out.println("count1=" + count(rs) + " count2=" + count(rs.reset()) + " reset(input)=" + count(rs.reset("ooooo")));
        Matcher up = Pattern.compile("\\d").matcher("a1b2c3");
        up.find();
        up.usePattern(Pattern.compile("[a-z]"));
        System.out.println("usePattern: " + up.find() + " " + up.group() + " " + up.pattern());
        t("usePattern null", () -> up.usePattern(null));

        Matcher lk = Pattern.compile("ab").matcher("abc");
        System.out.println("lookingAt=" + lk.lookingAt() + " matches=" + lk.matches() + " hitEnd=" + lk.hitEnd());
        Matcher he = Pattern.compile("abc").matcher("ab");
        System.out.println("hitEnd partial: " + he.find() + " " + he.hitEnd());
        Matcher he2 = Pattern.compile("x").matcher("abc");
        System.out.println("hitEnd none: " + he2.lookingAt() + " " + he2.hitEnd());

        Pattern p = Pattern.compile("[a-c]+", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
        System.out.println("flags=" + p.flags() + " pattern=" + p.pattern() + " toString=" + p);
        System.out.println("inline flags=" + Pattern.compile("(?i)x").flags());
        t("bad flag", () -> Pattern.compile("x", 0x1000));
        Predicate<String> pr = Pattern.compile("\\d").asPredicate();
        Predicate<String> mp = Pattern.compile("\\d").asMatchPredicate();
        System.out.println("asPredicate: " + pr.test("a1") + " " + pr.test("ab") + " asMatchPredicate: " + mp.test("a1") + " " + mp.test("1"));
        System.out.println("Pattern.matches: " + Pattern.matches("a*b", "aaab") + " " + Pattern.matches("a*b", "aaabc"));
        t("compile null", () -> Pattern.compile(null));

        try {
            Pattern.compile("ab(cd");
        } catch (PatternSyntaxException e) {
            System.out.println("PSE: desc=" + e.getDescription() + " index=" + e.getIndex() + " pattern=" + e.getPattern());
            System.out.println(e.getMessage());
            System.out.println(e);
            System.out.println(e instanceof IllegalArgumentException);
        }
        PatternSyntaxException custom = new PatternSyntaxException("desc", "pat", -1);
        System.out.println("[" + custom.getMessage() + "]");
        System.out.println("[" + new PatternSyntaxException("d", "abc", 3).getMessage() + "]");

        // String methods
        System.out.println("abc".matches("a.c") + " " + "abc".matches("b") + " " + "AbC".matches("(?i)abc"));
        System.out.println("a1b2".replaceAll("(\\d)", "[$1]") + " " + "a1b2".replaceFirst("\\d", "#"));
        t("String.replaceAll bad", () -> "abc".replaceAll("(b)", "$2"));
        t("String.matches bad", () -> "abc".matches("(b"));
        t("String.split bad", () -> Arrays.toString("abc".split("*")));
        String[][] splits = {
            {"boo:and:foo", ":"}, {"boo:and:foo", "o"}, {"a,b,c", ","}, {"a,,b,,", ","}, {",a", ","}, {"", ","},
            {"", ""}, {"abc", ""}, {"a b  c", " "}, {"a b  c", " +"}, {"a1b22c", "\\d"}, {"x", "x"}, {"xx", "x"},
            {"aXbXc", "X"}, {"a.b.c", "."}, {"a.b.c", "\\."}, {"a|b", "|"}, {"a|b", "\\|"}, {"a\\b", "\\\\"},
            {"a$b", "\\$"}, {"camelCaseWord", "(?=[A-Z])"}, {"123abc", "(?<=\\d)(?=\\D)"}, {"a;b,c d", "[;, ]"},
            {"ab", "(?=b)"}, {"ab", "(?=a)"}, {"aaa", "a*"}, {"baaab", "a*"}, {"tab\tsep", "\t"}, {"a\nb\r\nc", "\\R"},
            {"aba", "b|"}, {"a-b_c", "\\W|_"}, {"\u00e9a\u00e9", "\u00e9"}, {"1+2", "\\+"}, {"a0b", "\\0"},
        };
        for (String[] s : splits) {
            for (int lim : new int[] {0, -1, 1, 2, 3}) {
                try {
                    String[] parts = s[0].split(s[1], lim);
                    System.out.println("split \"" + s[0].replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\" by " + s[1] + " lim " + lim + " -> " + parts.length + " " + Arrays.toString(parts).replace("\n", "\\n").replace("\t", "\\t"));
                } catch (RuntimeException e) {
                    System.out.println("split threw " + e.getClass().getName() + ": " + e.getMessage().replace("\n", "|"));
                }
            }
        }
        System.out.println(Arrays.toString(Pattern.compile(",").split("a,b,,", 0)) + Arrays.toString(Pattern.compile(",").split(new StringBuilder("x,y"))));
        // a pathological-but-bounded case
        System.out.println("(a|a)*b on 22 a's: " + Pattern.matches("(a|aa)*b", "aaaaaaaaaaaaaaaaaaaaab"));
        System.out.println("long input: " + Pattern.compile("\\w+@\\w+").matcher("x".repeat(2000) + "@y").find());
        System.out.println("long .*: " + Pattern.matches(".*z", "a".repeat(5000) + "z"));
    }

    static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
