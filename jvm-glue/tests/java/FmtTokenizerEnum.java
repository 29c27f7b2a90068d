import java.util.*;
public class FmtTokenizerEnum { public static void main(String[] a) { Enumeration<Object> e = new StringTokenizer("a b c"); StringBuilder sb = new StringBuilder(); while (e.hasMoreElements()) sb.append(e.nextElement()); System.out.println(sb + " " + Collections.list(new StringTokenizer("x,y", ","))); } }
