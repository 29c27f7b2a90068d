import java.math.*;
import java.util.*;
public class FmtBigFuzz { public static void main(String[] a) {
  Random r = new Random(8);
  String[] specs = {"%d", "%,d", "%+d", "%(d", "%015d", "%x", "%X", "%#x", "%o", "%#o", "%(x", "%+x", "%012x", "%-20d|", "% d", "%f", "%.0f", "%.2f", "%.10f", "%,.3f", "%+.1f", "%(.2f", "%015.3f", "%#.0f", "%e", "%.0e", "%.3e", "%E", "%#.0e", "%015.2e", "%g", "%.3g", "%.1g", "%G", "%.10g", "%,g", "%s", "%.3s", "%20.4f|", "%a"};
  for (int i = 0; i < 150; i++) {
    Object v = i % 2 == 0 ? new BigInteger(r.nextInt(150) + 1, r).subtract(BigInteger.valueOf(r.nextInt())) : new BigDecimal(BigInteger.valueOf(r.nextLong() >> r.nextInt(60)), r.nextInt(30) - 10);
    StringBuilder sb = new StringBuilder(v.toString()).append(':');
    for (String sp : specs) {
      try { sb.append(' ').append(String.format(sp, v)); } catch (IllegalFormatException e) { sb.append(' ').append(e.getClass().getSimpleName()); }
    }
    System.out.println(sb);
  }
} }
