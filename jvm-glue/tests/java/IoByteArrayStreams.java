import java.io.*;
import java.nio.charset.StandardCharsets;

// ByteArrayInputStream / ByteArrayOutputStream: reads, skips, marks, growth, toString with charsets, writeTo, reset.
public class IoByteArrayStreams {
    public static void main(String[] args) throws Exception {
        byte[] data = new byte[50];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 37);
        ByteArrayInputStream in = new ByteArrayInputStream(data, 5, 30);
        System.out.println(in.available() + " " + in.read() + " " + in.markSupported());
        byte[] b = new byte[8];
        System.out.println(in.read(b, 2, 5) + " " + b[2] + " " + b[6] + " " + in.available());
        in.mark(0);
        System.out.println(in.skip(10) + " " + in.skip(-3) + " " + in.available());
        in.reset();
        System.out.println(in.available() + " " + in.read());
        System.out.println(in.readNBytes(4).length + " " + in.readAllBytes().length + " " + in.read() + " " + in.read(b, 0, 0) + " " + in.read(b, 0, 3) + " " + in.skip(5));
        in.reset();
        System.out.println(in.available() + " " + in.readNBytes(b, 0, 8) + " " + in.transferTo(new ByteArrayOutputStream()));
        ByteArrayInputStream past = new ByteArrayInputStream(data, 45, 30);
        System.out.println(past.available() + " " + past.readAllBytes().length);
        try {
            in.read(b, 5, 4);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        in.close();
        System.out.println("after close " + new ByteArrayInputStream(data).read());

        ByteArrayOutputStream out = new ByteArrayOutputStream(2);
        for (int i = 0; i < 300; i++) out.write(i);
        out.write(data, 10, 20);
        out.writeBytes("tail".getBytes(StandardCharsets.US_ASCII));
        System.out.println(out.size() + " " + out.toByteArray()[299] + " " + out.toByteArray().length);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        out.writeTo(copy);
        System.out.println(copy.size() + " " + copy.toByteArray()[320]);
        out.reset();
        System.out.println(out.size() + " '" + out + "'");
        out.write("h\u00e9llo \u20ac\ud83d\ude00".getBytes(StandardCharsets.UTF_8));
        System.out.println(out.size() + " " + out.toString().length() + " " + out.toString(StandardCharsets.ISO_8859_1).length() + " " + out.toString("US-ASCII").length());
        System.out.println(out.toString(StandardCharsets.UTF_8).equals(out.toString()) + " " + (int) out.toString("UTF-8").charAt(7));
        try {
            out.toString("nope");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        try {
            new ByteArrayOutputStream(-5);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            out.write(new byte[2], 1, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        out.close();
        out.write(65);
        System.out.println("write after close ok " + out.size());
    }
}
