// Case mapping: Character.toUpperCase/toLowerCase/toTitleCase for every code point (per-block checksums),
// String.toUpperCase/toLowerCase of every BMP char (full mappings like ß -> SS), final sigma, surrogates.
public class LangCaseMapping {
    static String units(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append('.');
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int block = 0; block < 0x110000; block += 0x2000) {
            int sum = 0;
            for (int c = block; c < block + 0x2000; c += block < 0x10000 ? 1 : 13) {
                sum = sum * 31 + (Character.toUpperCase(c) - c);
                sum = sum * 31 + (Character.toLowerCase(c) - c);
                sum = sum * 31 + (Character.toTitleCase(c) - c);
            }
            if (sum != 0) System.out.println("cp " + Integer.toHexString(block) + " " + sum);
        }
        int charSum = 0;
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            charSum = charSum * 31 + Character.toUpperCase(ch) + 7 * Character.toLowerCase(ch) + 13 * Character.toTitleCase(ch);
        }
        System.out.println("char " + charSum);
        for (int block = 0; block < 0x10000; block += 0x400) {
            StringBuilder sb = new StringBuilder();
            for (int c = block; c < block + 0x400; c++) {
                if (Character.isSurrogate((char) c)) continue;
                sb.append(' ').append((char) c);
            }
            String s = sb.toString();
            String up = s.toUpperCase(), lo = s.toLowerCase();
            System.out.println("str " + Integer.toHexString(block) + " " + up.length() + " " + up.hashCode() + " " + lo.length() + " " + lo.hashCode());
        }
        int[] specials = {0xdf, 0x130, 0x131, 0x149, 0x1f0, 0x390, 0x3b0, 0x587, 0x1e96, 0x1f50, 0x1f80, 0x1fb3, 0x1fbc, 0xfb00,
            0xfb03, 0xfb06, 0xfb13, 0x1c5, 0x1c4, 0x1c6, 0x3a3, 0x345, 0x10400, 0x10428, 0x1e900, 0x1e922, 0x118a0, 0x16e40};
        for (int c : specials) {
            String s = new String(Character.toChars(c));
            System.out.println(Integer.toHexString(c) + " up=" + units(s.toUpperCase()) + " lo=" + units(s.toLowerCase())
                + " U=" + Integer.toHexString(Character.toUpperCase(c)) + " L=" + Integer.toHexString(Character.toLowerCase(c))
                + " T=" + Integer.toHexString(Character.toTitleCase(c)));
        }
        String[] words = {"ΟΔΥΣΣΕΥΣ", "ΣΑ", "Σ", "ΑΣ ΒΑ", "ΑΣΑ", "ΑΣ.", "ΑΣ1", "a\u03a3", "Σ\u03a3\u03a3", "ABC Straße İstanbul",
            "ǅungla ǈ ǋ", "MiXeD 123 ÀÉÎÕÜ àéîõü", "ﬃ ﬄ ﬅ", "", "x\uD800y\uDC00", "\uD801\uDC00\uD801\uDC28"};
        for (String w : words) {
            System.out.println(units(w) + " -> " + units(w.toUpperCase()) + " / " + units(w.toLowerCase()));
        }
        String ascii = "The Quick Brown Fox 0123456789 !@#";
        System.out.println(ascii.toUpperCase() + " " + ascii.toLowerCase() + " " + (ascii.toUpperCase().toUpperCase() == ascii.toUpperCase().toUpperCase()));
        String lower = "already lower";
        System.out.println((lower.toLowerCase() == lower) + " " + ("UPPER".toUpperCase() == "UPPER"));
    }
}
