import java.util.*;
import java.math.*;
public class FmtBigNumbers { public static void main(String[] a) throws Exception {
  Scanner s = new Scanner("123456789012345678901234567890 -1,234,567 ff 3.14159265358979323846 1e400 NaN 12,34 x 0.1");
  System.out.println(s.hasNextBigInteger() + " " + s.nextBigInteger() + " " + s.nextBigInteger() + " " + s.hasNextBigInteger(16) + " " + s.nextBigInteger(16));
  System.out.println(s.hasNextBigDecimal() + " " + s.nextBigDecimal() + " " + s.nextBigDecimal() + " " + s.hasNextBigDecimal());
  try { s.nextBigDecimal(); } catch (InputMismatchException e) { System.out.println("IME " + e.getMessage() + " " + s.next()); }
  try { s.nextBigInteger(); } catch (InputMismatchException e) { System.out.println("IME " + e.getMessage() + " " + s.next()); }
  System.out.println(s.hasNextBigInteger() + " " + s.next() + " " + s.nextBigDecimal().scale());
  try { new Scanner(new java.io.File("/nonexistent/x.txt")); } catch (java.io.FileNotFoundException e) { System.out.println("FNF " + e.getMessage()); }
  try { new Formatter("/nonexistent/y.txt"); } catch (java.io.FileNotFoundException e) { System.out.println("FNF " + e.getMessage()); }
  System.out.println(String.format("%,d %x %.3f %e %g", new BigInteger("-123456789012345678901234567890"), new BigInteger("-255"), new BigDecimal("2.0005"), new BigDecimal("123456.789"), new BigDecimal("0.000123456")));
} }
