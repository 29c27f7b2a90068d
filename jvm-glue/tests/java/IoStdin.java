import java.io.*;
import java.nio.charset.StandardCharsets;

// stdin: first line
// stdin: second line with é and €, tabs	here
// stdin:
// stdin: 42 17 -5
// stdin: last
// System.in: lines through BufferedReader, numbers, then end of input.
public class IoStdin {
    public static void main(String[] args) throws Exception {
        System.out.println(System.in.markSupported() + " " + (System.in instanceof BufferedInputStream));
        System.out.println("raw available " + new FileInputStream(FileDescriptor.in).available());
        int first = System.in.read();
        System.out.println("first byte " + first + ", available " + System.in.available());
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            System.out.println(n + ": [" + line + "] " + line.length());
            if (line.matches("[-0-9 ]+") && !line.isEmpty()) {
                int sum = 0;
                for (String part : line.split(" ")) sum += Integer.parseInt(part);
                System.out.println("sum " + sum);
            }
        }
        System.out.println("eof " + r.readLine() + " " + System.in.read() + " " + System.in.available() + " " + r.ready());
        byte[] b = new byte[4];
        System.out.println(System.in.read(b) + " " + System.in.read(b, 0, 0));
    }
}
