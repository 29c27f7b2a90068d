import java.io.*;

// PrintStream subclasses: overridden print(String) sees println's text, overridden write(byte[],int,int)
// sees all printed bytes; a tee; flushes with autoflush.
public class IoPrintStreamSubclass {
    static class Prefixing extends PrintStream {
        Prefixing(OutputStream out) {
            super(out, true);
        }

        @Override
        public void print(String s) {
            super.print("> " + s);
        }
    }

    static class Counting extends PrintStream {
        int writes, bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            bytes += len;
            super.write(b, off, len);
        }
    }

    static class Tee extends PrintStream {
        final PrintStream other;

        Tee(PrintStream a, PrintStream b) {
            super(a);
            other = b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            other.write(b, off, len);
        }

        @Override
        public void flush() {
            super.flush();
            other.flush();
        }
    }

    static class FlushCount extends OutputStream {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        int flushes;

        public void write(int b) {
            data.write(b);
        }

        public void flush() {
            flushes++;
        }
    }

    public static void main(String[] args) {
        FlushCount sink = new FlushCount();
        Prefixing p = new Prefixing(sink);
        p.println("hello");
        p.println(42);
        p.println((Object) "obj");
        p.println(new char[] {'c'});
        p.print("plain");
        p.println();
        p.println(2.5);
        System.out.print(sink.data.toString().replace("\n", "|\n"));
        System.out.println("flushes " + sink.flushes);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        Counting c = new Counting(bo);
        c.print("abc");
        c.println("def");
        c.println(7L);
        c.print('x');
        c.print(true);
        c.print("fmt!");
        c.append("app");
        c.write('q');
        c.println();
        c.print("");
        System.out.println("writes=" + c.writes + " bytes=" + c.bytes + " size=" + bo.size() + " [" + bo.toString().replace("\n", "|") + "]");
        ByteArrayOutputStream one = new ByteArrayOutputStream(), two = new ByteArrayOutputStream();
        Tee tee = new Tee(new PrintStream(one), new PrintStream(two));
        tee.println("both \u00e9");
        tee.print(3);
        tee.flush();
        System.out.println(one.size() + " " + two.size() + " " + one.toString().equals(two.toString()));
        PrintStream old = System.out;
        ByteArrayOutputStream cap = new ByteArrayOutputStream();
        System.setOut(new Tee(old, new PrintStream(cap)));
        System.out.println("teed to console");
        System.setOut(old);
        System.out.println("captured: " + cap.toString().trim());
    }
}
