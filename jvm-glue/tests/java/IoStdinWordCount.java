import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

// stdin: The quick brown fox jumps over the lazy dog.
// stdin: The dog barks; the fox runs — über schnell!
// stdin:
// stdin:    indented line with   extra   spaces
// stdin: Ünïcödé wörds and ASCII words, words, WORDS.
// A word-frequency tool over standard input: lines through BufferedReader, bytes counted as well.
public class IoStdinWordCount {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Map<String, Integer> counts = new TreeMap<>();
        int lines = 0, chars = 0, bytes = 0, blank = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lines++;
            chars += line.length();
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (line.isBlank()) blank++;
            StringBuilder w = new StringBuilder();
            for (int i = 0; i <= line.length(); i++) {
                char c = i < line.length() ? line.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    w.append(Character.toLowerCase(c));
                } else if (w.length() > 0) {
                    counts.merge(w.toString(), 1, Integer::sum);
                    w.setLength(0);
                }
            }
        }
        System.out.println(lines + " lines, " + blank + " blank, " + chars + " chars, " + bytes + " bytes");
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > 1) sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        System.out.println(sb.toString().trim());
        System.out.println(counts.size() + " distinct; " + counts.containsKey("über") + " " + counts.containsKey("ünïcödé"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        out.printf("%-8s|%5d%n", "the", counts.get("the"));
        out.println("done");
    }
}
