public class CharLoops {
    static String caesar(String s, int k) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') out[i] = (char) ('a' + (c - 'a' + k) % 26);
            else if (c >= 'A' && c <= 'Z') out[i] = (char) ('A' + (c - 'A' + k) % 26);
            else out[i] = c;
        }
        return new String(out);
    }

    static boolean palindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            while (i < j && !Character.isLetterOrDigit(s.charAt(i))) i++;
            while (i < j && !Character.isLetterOrDigit(s.charAt(j))) j--;
            if (Character.toLowerCase(s.charAt(i++)) != Character.toLowerCase(s.charAt(j--))) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        String msg = "Hello, World! The quick brown fox.";
        String enc = caesar(msg, 13);
        System.out.println(enc + " | " + caesar(enc, 13));
        System.out.println(palindrome("A man, a plan, a canal: Panama") + " " + palindrome("not one"));
        int[] freq = new int[26];
        for (char c : msg.toLowerCase().toCharArray()) if (c >= 'a' && c <= 'z') freq[c - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) if (freq[c - 'a'] > 1) sb.append(c).append(freq[c - 'a']);
        System.out.println(sb);
        char c = 'A';
        c += 1.7;
        c *= 1;
        System.out.println(c + " " + (char) (c + 1) + " " + (c + 1) + " " + (char) 0x263A + " " + "\u263A".codePointAt(0));
    }
}
