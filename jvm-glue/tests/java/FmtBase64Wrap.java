import java.io.*;
import java.util.*;
public class FmtBase64Wrap { public static void main(String[] a) throws Exception {
  for (Base64.Encoder enc : new Base64.Encoder[] {Base64.getEncoder(), Base64.getUrlEncoder().withoutPadding(), Base64.getMimeEncoder(8, new byte[] {'|'})}) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    OutputStream os = enc.wrap(bo);
    os.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 250}); os.write(77); os.write(new byte[] {5, 6}, 1, 1);
    System.out.println(bo.toString() + " (before close)");
    os.close(); System.out.println(bo.toString());
    try { os.write(1); } catch (IOException e) { System.out.println(e); }
    os.close();
  }
} }
