import java.util.Random;
import java.util.regex.*;

/** Seeded random (mostly malformed) patterns: compile outcome, error description and index. */
public class RegexSyntaxFuzz {
    public static void main(String[] args) {
        Random r = new Random(77);
        String alphabet = "()[]{}*+?|\\^$.-&,0123abdpPkQExuc<>=!:#";
        int ok = 0, bad = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(7);
            for (int k = 0; k < n; k++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String p = sb.toString();
            try {
                Pattern c = Pattern.compile(p, r.nextInt(4) == 0 ? Pattern.COMMENTS : 0);
                ok++;
                Matcher m = c.matcher("ab1-c2,(x)");
                System.out.println(p + " OK " + c.matcher("").groupCount() + " " + (m.find() ? m.start() + "-" + m.end() : "none"));
            } catch (PatternSyntaxException e) {
                bad++;
                System.out.println(p + " ! " + e.getDescription() + " @" + e.getIndex());
            }
        }
        System.out.println(ok + " ok, " + bad + " errors");
    }
}
