import java.util.*;

public class FmtReceipt {
    record Item(String name, int qty, double price) {}

    public static void main(String[] args) {
        List<Item> items = List.of(new Item("Coffee beans, 1kg", 2, 18.5), new Item("Milk", 6, 0.99), new Item("Croissant", 12, 1.25),
                new Item("Espresso machine deluxe edition", 1, 649.0), new Item("Sugar", 3, 2.333));
        System.out.println(String.format("%-24s %5s %10s %12s", "Item", "Qty", "Price", "Total"));
        System.out.println("-".repeat(54));
        double sum = 0;
        for (Item it : items) {
            double total = it.qty() * it.price();
            sum += total;
            System.out.printf("%-24.24s %5d %10.2f %,12.2f%n", it.name(), it.qty(), it.price(), total);
        }
        System.out.println("-".repeat(54));
        System.out.printf("%-24s %5s %10s %,12.2f%n", "Subtotal", "", "", sum);
        System.out.printf("%-24s %5s %9.1f%% %,12.2f%n", "VAT", "", 19.0, sum * 0.19);
        System.out.printf("%-24s %5s %10s %,12.2f%n", "TOTAL", "", "", sum * 1.19);
        System.out.printf("%s%n", "=".repeat(54));
        System.out.printf("Paid by card ending %04d on %02d/%02d/%d at %02d:%02d%n", 42, 3, 7, 2026, 9, 5);
        System.out.printf("%08.3f|%+,d|%(,.2f|%x|%o|%e%n", -3.14159, 1234567, -9876.5, 48879, 511, 6.02214076e23);
        System.out.printf("[%10.4s][%-10S][%c%c]%n", "truncate", "upper", 'o', 'k');
        String row = "|%3d|%-8s|%6.1f%%|%n";
        int i = 0;
        for (String s : new String[] {"alpha", "beta", "gamma"}) System.out.printf(row, ++i, s, 100.0 * i / 3);
        System.out.println(String.format("%3$s %1$s %2$s", "a", "b", "c") + " " + "%d-%d".formatted(1, 2));
    }
}
