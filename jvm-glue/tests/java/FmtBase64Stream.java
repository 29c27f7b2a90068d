import java.io.*;
import java.util.*;
public class FmtBase64Stream { public static void main(String[] a) throws Exception {
  for (String in : new String[] {"=", "A=", "AB=", "AB=x", "AB==", "AB==x", "ABC=", "ABC=x", "ABC==", "ABCD=", "ABCDE", "ABCDEF", "ABCDEFG", "AB=\n", "A", "ABCD====", "AB*C", "AB\u00e9C", "ABCD\nEF"}) {
    for (Base64.Decoder dec : new Base64.Decoder[] {Base64.getDecoder(), Base64.getMimeDecoder()}) {
      InputStream is = dec.wrap(new ByteArrayInputStream(in.getBytes("ISO-8859-1")));
      StringBuilder sb = new StringBuilder();
      try { int b; while ((b = is.read()) != -1) sb.append(b).append(','); sb.append("EOF"); try { sb.append(" again=" + is.read()); } catch (IOException e) { sb.append(" again:" + e.getMessage()); } } catch (IOException e) { sb.append(e.getMessage()); }
      System.out.println(in.replace("\n", "\\n") + " -> " + sb);
    }
  }
  InputStream is = Base64.getDecoder().wrap(new ByteArrayInputStream("QUJD".getBytes()));
  System.out.println(is.available() + " " + is.read() + " " + is.available());
  is.close();
  try { is.read(); } catch (IOException e) { System.out.println(e.getMessage()); }
} }
