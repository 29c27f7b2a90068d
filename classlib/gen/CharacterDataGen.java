import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates classlib/src/java.base/java/lang/CharacterData.java from the HOST JDK's
 * java.lang.Character behaviour (run it with the JDK whose Unicode tables Mote should match,
 * i.e. JDK 17):
 *
 *   java classlib/gen/CharacterDataGen.java > classlib/src/java.base/java/lang/CharacterData.java
 *
 * Every code point gets a property record (general category, flag bits, case-mapping deltas,
 * numeric value and digit value as deltas); consecutive code points with the same record form a
 * run. Records and runs are stored as string constants (small integers one char each, see small()),
 * decoded once at class initialisation.
 */
public class CharacterDataGen {
    static final int F_ALPHABETIC = 1, F_IDEOGRAPHIC = 2, F_UPPER = 4, F_LOWER = 8, F_JSTART = 16, F_JPART = 32,
            F_USTART = 64, F_UPART = 128, F_IGNORABLE = 256, F_MIRRORED = 512, F_WHITESPACE = 1024;

    static int[] record(int cp) {
        int flags = 0;
        if (Character.isAlphabetic(cp)) flags |= F_ALPHABETIC;
        if (Character.isIdeographic(cp)) flags |= F_IDEOGRAPHIC;
        if (Character.isUpperCase(cp)) flags |= F_UPPER;
        if (Character.isLowerCase(cp)) flags |= F_LOWER;
        if (Character.isJavaIdentifierStart(cp)) flags |= F_JSTART;
        if (Character.isJavaIdentifierPart(cp)) flags |= F_JPART;
        if (Character.isUnicodeIdentifierStart(cp)) flags |= F_USTART;
        if (Character.isUnicodeIdentifierPart(cp)) flags |= F_UPART;
        if (Character.isIdentifierIgnorable(cp)) flags |= F_IGNORABLE;
        if (Character.isMirrored(cp)) flags |= F_MIRRORED;
        if (Character.isWhitespace(cp)) flags |= F_WHITESPACE;
        int num = Character.getNumericValue(cp);
        int numKind = num == -1 ? 0 : num == -2 ? 1 : 2;
        int dig = Character.digit(cp, 36);
        int digKind = dig == -1 ? 0 : 2;
        return new int[] {Character.getType(cp), flags, Character.toUpperCase(cp) - cp, Character.toLowerCase(cp) - cp,
            Character.toTitleCase(cp) - cp, numKind, numKind == 2 ? num - cp : 0, digKind, digKind == 2 ? dig - cp : 0};
    }

    static void chars(StringBuilder sb, int v) {
        sb.append((char) (v >>> 16)).append((char) v);
    }

    /**
     * Small values take one char (zig-zag + 1, so 0 is never emitted as NUL); others 0xFFFF and three
     * 11-bit chars. No char is ever a surrogate, so the constants survive any modified-UTF-8 decoder.
     */
    static void small(StringBuilder sb, int v) {
        int z = ((v << 1) ^ (v >> 31)) + 1;
        if (z > 0 && z < 0xD800) sb.append((char) z);
        else {
            sb.append((char) 0xFFFF);
            sb.append((char) (((v >>> 22) & 0x3FF) + 1)).append((char) (((v >>> 11) & 0x7FF) + 1)).append((char) ((v & 0x7FF) + 1));
        }
    }

    static String lit(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') sb.append(c);
            else if (c < 0x100) sb.append(String.format("\\%03o", (int) c)); // never \\u000a etc. (javac unescapes early)
            else sb.append(String.format("\\u%04x", (int) c));
        }
        return sb.append('"').toString();
    }

    static void chunks(PrintWriter w, String name, String data) {
        w.println("    private static final String[] " + name + " = {");
        for (int i = 0; i < data.length(); i += 8000) {
            String part = data.substring(i, Math.min(data.length(), i + 8000));
            w.print("        ");
            for (int j = 0; j < part.length(); j += 24) {
                if (j > 0) w.print("\n            + ");
                w.print(lit(part.substring(j, Math.min(part.length(), j + 24))));
            }
            w.println(",");
        }
        w.println("    };");
    }

    public static void main(String[] args) {
        Map<String, Integer> index = new HashMap<>();
        List<int[]> records = new ArrayList<>();
        StringBuilder runs = new StringBuilder();
        int nRuns = 0;
        int prev = -1, lastStart = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int[] r = record(cp);
            String key = java.util.Arrays.toString(r);
            Integer idx = index.get(key);
            if (idx == null) {
                idx = records.size();
                index.put(key, idx);
                records.add(r);
            }
            if (idx != prev) {
                small(runs, cp - lastStart);
                lastStart = cp;
                small(runs, idx);
                nRuns++;
                prev = idx;
            }
        }
        StringBuilder recs = new StringBuilder();
        for (int[] r : records) for (int v : r) small(recs, v);
        // Full (one-to-many) case mappings String.toUpperCase/toLowerCase apply in the ROOT locale.
        StringBuilder special = new StringBuilder();
        int nSpecial = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp == 0x03A3) continue; // final sigma: handled by String.toLowerCase's context rule
            String s = new String(Character.toChars(cp));
            String up = s.toUpperCase(Locale.ROOT), lo = s.toLowerCase(Locale.ROOT);
            boolean su = !up.equals(new String(Character.toChars(Character.toUpperCase(cp))));
            boolean sl = !lo.equals(new String(Character.toChars(Character.toLowerCase(cp))));
            if (su || sl) {
                small(special, cp);
                String u = su ? up : "", l = sl ? lo : "";
                small(special, u.length());
                for (char c : u.toCharArray()) small(special, c);
                small(special, l.length());
                for (char c : l.toCharArray()) small(special, c);
                nSpecial++;
            }
        }
        PrintWriter w = new PrintWriter(System.out);
        w.println("package java.lang;");
        w.println();
        w.println("// GENERATED by classlib/gen/CharacterDataGen.java from the host JDK (" + System.getProperty("java.version")
            + ", Unicode tables of java.lang.Character). Do not edit.");
        w.println("// " + records.size() + " distinct property records, " + nRuns + " runs, " + nSpecial + " full case mappings.");
        w.println("final class CharacterData {");
        w.println("    private CharacterData() {}");
        w.println();
        w.println("    static final int RECORD_INTS = 9;");
        w.println("    static final int N_RECORDS = " + records.size() + ";");
        w.println("    static final int N_RUNS = " + nRuns + ";");
        w.println("    static final int N_SPECIAL = " + nSpecial + ";");
        chunks(w, "RECORDS", recs.toString());
        chunks(w, "RUNS", runs.toString());
        chunks(w, "SPECIAL", special.toString());
        w.println();
        w.println("    static String records() {");
        w.println("        return join(RECORDS);");
        w.println("    }");
        w.println();
        w.println("    static String runs() {");
        w.println("        return join(RUNS);");
        w.println("    }");
        w.println();
        w.println("    static String special() {");
        w.println("        return join(SPECIAL);");
        w.println("    }");
        w.println();
        w.println("    private static String join(String[] parts) {");
        w.println("        StringBuilder sb = new StringBuilder();");
        w.println("        for (String p : parts) sb.append(p);");
        w.println("        return sb.toString();");
        w.println("    }");
        w.println("}");
        w.flush();
    }
}
