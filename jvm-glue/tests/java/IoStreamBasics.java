import java.io.*;

public class IoStreamBasics {
    static class Bytes extends InputStream {
        final byte[] data; int pos;
        Bytes(byte[] d) { data = d; }
        public int read() { return pos < data.length ? data[pos++] & 0xff : -1; }
    }
    public static void main(String[] a) throws Exception {
        byte[] d = new byte[20000];
        for (int i = 0; i < d.length; i++) d[i] = (byte) (i * 7);
        byte[] all = new Bytes(d).readAllBytes();
        System.out.println(all.length + " " + all[19999] + " " + (all[5] == d[5]));
        InputStream in = new Bytes(d);
        System.out.println(in.skip(100) + " " + in.read() + " " + in.readNBytes(5).length);
        byte[] b = new byte[10];
        System.out.println(in.read(b, 2, 8) + " " + b[2] + " " + in.readNBytes(b, 0, 0));
        try { in.read(b, 5, 6); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { in.readNBytes(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        InputStream n = InputStream.nullInputStream();
        System.out.println(n.read() + " " + n.available() + " " + n.readAllBytes().length);
        n.close();
        try { n.read(); } catch (IOException e) { System.out.println(e.getMessage()); }
        try { new Bytes(new byte[3]).skipNBytes(5); } catch (EOFException e) { System.out.println("EOF " + e.getMessage()); }
        try { new Bytes(d).reset(); } catch (IOException e) { System.out.println(e.getMessage()); }
        System.out.println(new Bytes(new byte[0]).readAllBytes().length + " " + new Bytes(d).markSupported());
    }
}
