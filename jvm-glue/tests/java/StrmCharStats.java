import java.util.*;
import java.util.stream.*;

public class StrmCharStats {
    public static void main(String[] args) {
        String s = "Hello, World! 123 Java-17 streams: 42 times.";
        System.out.println(s.chars().filter(c -> Character.isLetter((char) c)).count() + " letters");
        System.out.println(s.chars().filter(c -> Character.isDigit((char) c)).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        StringBuilder up = s.chars().map(c -> Character.toUpperCase((char) c)).collect(StringBuilder::new, (b, c) -> b.append((char) c), (a, b) -> a.append(b.toString()));
        System.out.println(up);
        Map<Character, Long> freq = s.toLowerCase().chars().filter(c -> c >= 'a' && c <= 'z').mapToObj(c -> (char) c)
                .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        System.out.println(freq);
        System.out.println(s.chars().distinct().count() + " " + s.chars().max().getAsInt() + " " + s.chars().min().getAsInt() + " " + s.chars().sum());
        System.out.println(s.chars().boxed().collect(Collectors.partitioningBy(c -> c < 'a', Collectors.counting())));
        System.out.println(new StringBuilder(s).reverse().chars().limit(10).mapToObj(c -> String.valueOf((char) c)).toList() + " " + new StringBuilder("x\uD834\uDD1E").codePoints().count());
        String pal = "A man, a plan, a canal: Panama";
        String clean = pal.chars().filter(c -> Character.isLetterOrDigit((char) c)).map(c -> Character.toLowerCase((char) c))
                .collect(StringBuilder::new, (b, c) -> b.append((char) c), (a, b) -> a.append(b.toString())).toString();
        System.out.println(clean + " " + IntStream.range(0, clean.length() / 2).allMatch(i -> clean.charAt(i) == clean.charAt(clean.length() - 1 - i)));
        System.out.println("a\uD834\uDD1Eb".codePoints().mapToObj(Integer::toHexString).toList() + " " + "a\uD834\uDD1Eb".codePoints().count());
        System.out.println("abc".chars().mapToObj(c -> c + 1).toList() + " " + "".chars().count() + " " + "".chars().average());
        System.out.println(Stream.of("x", "yy", "zzz").map(String::chars).map(IntStream::count).toList());
        String csv = "name,age\nann,30\r\nbob,25\n\ncy,41";
        System.out.println(csv.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")).map(p -> p[0] + "=" + (Integer.parseInt(p[1]) + 1)).toList());
        System.out.println("  a  b  ".lines().count() + " " + "x\n\ny\n".lines().map(String::length).toList());
    }
}
