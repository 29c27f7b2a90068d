import java.text.*;
public class TextCharIter { public static void main(String[] a) {
  StringCharacterIterator it = new StringCharacterIterator("hello world", 2, 8, 4);
  System.out.println(it.current() + " " + it.getIndex() + " " + it.getBeginIndex() + " " + it.getEndIndex());
  StringBuilder sb = new StringBuilder();
  for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) sb.append(c).append(it.getIndex());
  System.out.println(sb + " " + (int) it.current() + " " + it.getIndex() + " " + (int) it.next() + " " + it.previous() + " " + it.last() + " " + it.setIndex(8) + "|" + (int) it.setIndex(8));
  sb.setLength(0);
  for (char c = it.last(); c != CharacterIterator.DONE; c = it.previous()) sb.append(c);
  System.out.println(sb + " " + it.getIndex() + " " + (int) it.previous() + " " + it.getIndex());
  StringCharacterIterator e = new StringCharacterIterator("");
  System.out.println((int) e.first() + " " + (int) e.last() + " " + (int) e.current() + " " + (int) e.next() + " " + (int) e.previous() + " " + e.getIndex());
  StringCharacterIterator c = (StringCharacterIterator) it.clone();
  System.out.println(c.equals(it) + " " + (c.hashCode() == it.hashCode()) + " " + c.hashCode() + " " + it.equals(new StringCharacterIterator("hello world", 2, 8, 2)));
  it.setText("abc");
  System.out.println(it.current() + " " + it.getEndIndex() + " " + c.current());
  int[][] bad = {{-1, 3, 0}, {0, 20, 0}, {3, 2, 2}, {0, 5, 6}, {2, 5, 1}};
  for (int[] b : bad) { try { new StringCharacterIterator("hello", b[0], b[1], b[2]); System.out.println("ok"); } catch (Exception x) { System.out.println(x); } }
  try { it.setIndex(9); } catch (Exception x) { System.out.println(x); }
  try { new StringCharacterIterator("hello", 9); } catch (Exception x) { System.out.println(x); }
  try { new StringCharacterIterator(null); } catch (Exception x) { System.out.println(x); }
}}
