import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class FmtComparators {
    record Book(String title, String author, int year, double rating, Integer pages) {}

    public static void main(String[] args) {
        List<Book> books = List.of(
                new Book("Dune", "Herbert", 1965, 4.3, 412), new Book("Emma", "Austen", 1815, 4.0, null), new Book("Ubik", "Dick", 1969, 4.1, 202),
                new Book("Persuasion", "Austen", 1817, 4.2, 249), new Book("Valis", "Dick", 1981, 3.9, 271), new Book("Children of Dune", "Herbert", 1976, 3.9, 444),
                new Book("Sense", "Austen", 1811, 4.1, null), new Book("Solaris", "Lem", 1961, 4.0, 204));
        List<Comparator<Book>> cmps = List.of(
                Comparator.comparing(Book::title),
                Comparator.comparing(Book::author).thenComparing(Book::year),
                Comparator.comparing(Book::author).thenComparing(Book::year, Comparator.reverseOrder()),
                Comparator.comparingDouble(Book::rating).reversed().thenComparing(Book::title),
                Comparator.comparing(Book::pages, Comparator.nullsFirst(Comparator.naturalOrder())),
                Comparator.comparing(Book::pages, Comparator.nullsLast(Comparator.reverseOrder())).thenComparingInt(Book::year),
                Comparator.comparingInt((Book b) -> b.title().length()).thenComparing(Book::title, String::compareTo).reversed(),
                Comparator.comparingLong((Book b) -> b.year() / 10).thenComparingDouble(Book::rating),
                Comparator.<Book, String>comparing(b -> b.author().substring(1)).reversed().thenComparing(Comparator.comparing(Book::title).reversed()));
        for (Comparator<Book> c : cmps) {
            System.out.println(books.stream().sorted(c).map(b -> b.title() + "(" + b.year() + ")").collect(Collectors.joining(", ")));
        }
        System.out.println(books.stream().max(cmps.get(3)).get().title() + " " + books.stream().min(cmps.get(1)).get().title());
        System.out.println(books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new, Collectors.maxBy(Comparator.comparingDouble(Book::rating)))).values().stream()
                .map(o -> o.get().title()).toList());
        List<String> words = new ArrayList<>(List.of("b", "A", "c", "B", "a", "C"));
        words.sort(Comparator.naturalOrder());
        System.out.println(words);
        words.sort(Comparator.comparing((String s) -> s.toLowerCase()).thenComparing(Comparator.naturalOrder()));
        System.out.println(words);
        words.sort(Collections.reverseOrder());
        System.out.println(words);
        Comparator<Integer> abs = Comparator.comparingInt(Math::abs);
        System.out.println(Stream.of(-3, 2, -1, 3, 1, -2).sorted(abs).toList() + " " + Stream.of(-3, 2, -1, 3, 1, -2).sorted(abs.reversed()).toList()
                + " " + Stream.of(-3, 2, -1, 3, 1, -2).sorted(abs.thenComparing(Comparator.reverseOrder())).toList());
        System.out.println(BinaryOperator.minBy(abs).apply(-2, 2) + " " + BinaryOperator.maxBy(abs).apply(-2, 2));
    }
}
