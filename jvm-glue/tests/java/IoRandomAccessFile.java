import java.io.*;

// RandomAccessFile on a private temp file: positions, overwrite in place, typed values, length changes,
// read-only mode, plus FileInputStream.skip/available (which move the file position like lseek).
public class IoRandomAccessFile {
    interface Body { Object run() throws Exception; }

    static String dir;

    static void t(String name, Body b) {
        try {
            System.out.println(name + " = " + b.run());
        } catch (Throwable e) {
            System.out.println(name + " ! " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replace(dir, "$D"));
        }
    }

    public static void main(String[] args) throws Exception {
        File d = new File("/tmp/mote-io-IoRandomAccessFile-" + System.nanoTime());
        dir = d.getPath();
        d.mkdirs();
        File f = new File(d, "raf.bin");
        RandomAccessFile raf = new RandomAccessFile(f, "rw");
        System.out.println(raf.length() + " " + raf.getFilePointer() + " " + raf.read());
        raf.writeInt(0x01020304);
        raf.writeUTF("h\u00e9llo");
        raf.writeDouble(2.5);
        raf.writeBytes("line one\r\nline two\rthree\n");
        raf.writeChars("ab");
        raf.writeLong(-1L);
        raf.writeBoolean(true);
        raf.writeShort(-2);
        raf.writeFloat(0.5f);
        raf.writeChar('Z');
        raf.writeByte(200);
        System.out.println("len " + raf.length() + " fp " + raf.getFilePointer());
        raf.seek(0);
        System.out.println(Integer.toHexString(raf.readInt()) + " " + raf.readUTF() + " " + raf.readDouble());
        System.out.println("[" + raf.readLine() + "] [" + raf.readLine() + "] [" + raf.readLine() + "]");
        System.out.println(raf.readChar() + "" + raf.readChar() + " " + raf.readLong() + " " + raf.readBoolean() + " " + raf.readShort() + " " + raf.readFloat() + " "
                + raf.readChar() + " " + raf.readUnsignedByte() + " " + raf.read() + " " + raf.readLine());
        t("eof", () -> raf.readInt());
        raf.seek(2);
        raf.write(new byte[] {(byte) 0xee, (byte) 0xff});
        raf.seek(0);
        System.out.println(Integer.toHexString(raf.readInt()) + " " + raf.skipBytes(5) + " " + raf.getFilePointer() + " " + raf.skipBytes(1000) + " " + raf.getFilePointer());
        raf.seek(raf.length() + 10);
        raf.write(7);
        System.out.println("sparse len " + raf.length());
        raf.setLength(5);
        System.out.println("cut " + raf.length() + " " + raf.getFilePointer());
        raf.setLength(9);
        raf.seek(0);
        byte[] all = new byte[20];
        System.out.println(raf.read(all) + " " + all[4] + " " + all[8] + " " + raf.read(all, 0, 0));
        t("negSeek", () -> { raf.seek(-1); return null; });
        t("readFullyEOF", () -> { raf.seek(6); raf.readFully(new byte[5]); return null; });
        raf.close();
        raf.close();
        t("closedRead", () -> raf.read());
        t("closedSeek", () -> { raf.seek(0); return null; });
        try (RandomAccessFile ro = new RandomAccessFile(f.getPath(), "r")) {
            System.out.println(ro.length() + " " + ro.read());
            t("roWrite", () -> { ro.write(1); return null; });
        }
        t("badMode", () -> new RandomAccessFile(f, "w"));
        t("missing", () -> new RandomAccessFile(new File(d, "missing"), "r"));
        t("dirRw", () -> new RandomAccessFile(d, "rw"));
        t("noParent", () -> new RandomAccessFile(new File(d, "x/y"), "rw"));
        try (RandomAccessFile w = new RandomAccessFile(f, "rw")) {
            for (int i = 0; i < 100; i++) w.write(i);
        }
        try (FileInputStream in = new FileInputStream(f)) {
            System.out.println(in.available() + " " + in.skip(10) + " " + in.read() + " " + in.available() + " " + in.skip(-5) + " " + in.read() + " " + in.skip(500) + " "
                    + in.available() + " " + in.read());
            t("skipBeforeStart", () -> in.skip(-10000));
        }
        f.delete();
        d.delete();
        System.out.println(d.exists());
    }
}
