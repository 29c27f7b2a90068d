import java.io.*;

// Empty standard input: every read reports end of input.
public class IoStdinEmpty {
    public static void main(String[] args) throws Exception {
        System.out.println(System.in.read() + " " + System.in.available() + " " + System.in.read(new byte[3]) + " " + System.in.readAllBytes().length);
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        System.out.println(r.readLine() + " " + r.read());
        System.out.println(new DataInputStream(System.in).read());
        try {
            new DataInputStream(System.in).readInt();
        } catch (EOFException e) {
            System.out.println("EOF");
        }
    }
}
