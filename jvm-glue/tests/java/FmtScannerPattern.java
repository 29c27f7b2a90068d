import java.util.*;
import java.util.regex.*;

public class FmtScannerPattern {
    public static void main(String[] args) {
        Scanner s = new Scanner("a1b22c333d").useDelimiter(Pattern.compile("\\d+"));
        System.out.println(s.delimiter() + " " + s.delimiter().pattern());
        StringBuilder sb = new StringBuilder();
        while (s.hasNext()) sb.append(s.next()).append(';');
        System.out.println(sb);
        Scanner t = new Scanner("x=1, y=22 ,z=333");
        t.useDelimiter("\\s*,\\s*");
        Pattern kv = Pattern.compile("([a-z])=(\\d+)");
        while (t.hasNext(kv)) {
            String tok = t.next(kv);
            Matcher m = kv.matcher(tok);
            m.matches();
            System.out.print(m.group(1) + "->" + Integer.parseInt(m.group(2)) * 2 + " ");
        }
        System.out.println();
        Scanner u = new Scanner("HEADER:v1\nbody line\n");
        u.skip(Pattern.compile("[A-Z]+:"));
        System.out.println(u.next() + "|" + u.findInLine(Pattern.compile("^body")) + "|" + u.findInLine("line$") + "|" + u.nextLine() + "|" + u.findWithinHorizon(Pattern.compile("."), 0));
        Scanner v = new Scanner("2024-01-15 and 1999-12-31");
        Pattern date = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
        String d;
        while ((d = v.findWithinHorizon(date, 0)) != null) System.out.print("[" + d + "]");
        System.out.println();
        Scanner w = new Scanner("one  two\tthree\n\nfour").useDelimiter("(?<=o)");
        StringBuilder sw = new StringBuilder();
        while (w.hasNext()) sw.append('<').append(w.next().replace("\n", "\\n").replace("\t", "\\t")).append('>');
        System.out.println(sw);
        try {
            new Scanner("x").useDelimiter("(");
        } catch (PatternSyntaxException e) {
            System.out.println("bad pattern: " + e.getDescription());
        }
        Scanner r = new Scanner("a b").reset();
        System.out.println(r.delimiter() + " " + r.next() + r.next());
    }
}
