import java.io.*;

// PushbackInputStream and PushbackReader: unread single and bulk, capacity, skip, available, close.
public class IoPushback {
    public static void main(String[] args) throws Exception {
        PushbackInputStream in = new PushbackInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), 4);
        int a = in.read(), b = in.read();
        in.unread(b);
        in.unread(a);
        System.out.println(in.available() + " " + in.read() + " " + in.read() + " " + in.read());
        in.unread(new byte[] {10, 11, 12});
        byte[] buf = new byte[5];
        System.out.println(in.read(buf, 0, 5) + " " + buf[0] + " " + buf[2] + " " + buf[3] + " " + buf[4]);
        in.unread(new byte[] {20, 21, 22, 23, 24}, 1, 3);
        System.out.println(in.skip(2) + " " + in.read() + " " + in.skip(10) + " " + in.read() + " " + in.markSupported());
        in.unread(99);
        System.out.println(in.read(buf, 0, 3) + " " + buf[0] + " " + in.read(buf, 0, 0) + " " + in.read(buf));
        for (int i = 0; i < 4; i++) in.unread(i);
        try {
            in.unread(5);
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            in.unread(new byte[1]);
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            in.reset();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        in.mark(3);
        in.close();
        in.close();
        try {
            in.read();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            in.unread(1);
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            new PushbackInputStream(in, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        PushbackInputStream one = new PushbackInputStream(new ByteArrayInputStream(new byte[0]));
        one.unread(7);
        System.out.println(one.read() + " " + one.read());
        // A tokenizer that peeks one char ahead.
        PushbackReader r = new PushbackReader(new StringReader("12+345*6 - 78"), 2);
        StringBuilder tokens = new StringBuilder();
        int c;
        while ((c = r.read()) != -1) {
            if (Character.isDigit((char) c)) {
                StringBuilder num = new StringBuilder().append((char) c);
                while ((c = r.read()) != -1 && Character.isDigit((char) c)) num.append((char) c);
                if (c != -1) r.unread(c);
                tokens.append('[').append(num.toString()).append(']');
            } else if (c != ' ') {
                tokens.append((char) c);
            }
        }
        System.out.println(tokens);
        PushbackReader pr = new PushbackReader(new StringReader("abcdef"), 3);
        char[] cb = new char[4];
        System.out.println(pr.read(cb, 0, 2) + " " + new String(cb, 0, 2) + " " + pr.ready());
        pr.unread(new char[] {'x', 'y'});
        pr.unread('w');
        System.out.println(pr.read(cb, 0, 4) + " " + new String(cb) + " " + pr.skip(1) + " " + (char) pr.read() + " " + pr.markSupported());
        try {
            pr.unread("long".toCharArray());
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            pr.mark(1);
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            pr.skip(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        pr.close();
        try {
            pr.read();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            new PushbackReader(new StringReader(""), -1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
