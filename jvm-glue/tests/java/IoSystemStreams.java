import java.io.*;
import java.nio.charset.StandardCharsets;

// System.setOut/setErr/setIn: capture output, feed input, restore; System.out's own behaviour.
public class IoSystemStreams {
    public static void main(String[] args) throws Exception {
        PrintStream realOut = System.out, realErr = System.err;
        InputStream realIn = System.in;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, "UTF-8"));
        System.out.println("captured line \u00e9");
        System.out.printf("%s=%d%n", "x", 42);
        System.out.print('c');
        System.setOut(realOut);
        System.out.println("captured " + captured.size() + " bytes: " + captured.toString("UTF-8").replace("\n", "|"));
        ByteArrayOutputStream errs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errs));
        System.err.println("to err");
        new Throwable("trace me").printStackTrace();
        System.setErr(realErr);
        String e = errs.toString();
        System.out.println("err has " + e.split("\n")[0] + " / " + e.split("\n")[1] + " / lines>2=" + (e.split("\n").length > 2));
        System.setIn(new ByteArrayInputStream("fed 1\nfed 2\n".getBytes(StandardCharsets.US_ASCII)));
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        System.out.println(r.readLine() + " & " + r.readLine() + " & " + r.readLine());
        System.setIn(realIn);
        System.out.println(System.in == realIn);
        System.out.print("no newline, then ");
        System.out.flush();
        System.out.write('W');
        System.out.write(new byte[] {'\n'}, 0, 1);
        System.out.append("appended").append('\n');
        System.out.print(new char[] {'c', 'h', '\n'});
        System.out.println(System.out.checkError());
        System.err.println("stderr line");
        System.out.println("\ud83d\ude00 \u20ac");
    }
}
