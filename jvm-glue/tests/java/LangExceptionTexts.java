// Messages built by the java.lang exception constructors that take an index.
public class LangExceptionTexts {
    public static void main(String[] a) {
        System.out.println(new StringIndexOutOfBoundsException(5).getMessage() + "|" + new IndexOutOfBoundsException(7).getMessage() + "|" + new IndexOutOfBoundsException(7L).getMessage() + "|" + new ArrayIndexOutOfBoundsException(3).getMessage() + "|" + new NumberFormatException().getMessage() + "|" + new ArithmeticException().getMessage());
    }
}
