import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

public class TextReport {
    record Item(String name, BigDecimal price, int qty, double weight) {}

    public static void main(String[] args) throws ParseException {
        Random r = new Random(31);
        String[] names = {"widget", "gadget", "doohickey", "sprocket", "gizmo", "thingamajig"};
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            BigDecimal price = BigDecimal.valueOf(r.nextInt(1000000), 2);
            items.add(new Item(names[r.nextInt(names.length)] + i, price, 1 + r.nextInt(50), r.nextDouble() * 100));
        }
        NumberFormat money = new DecimalFormat("$#,##0.00;($#,##0.00)");
        NumberFormat qty = NumberFormat.getIntegerInstance();
        NumberFormat pct = NumberFormat.getPercentInstance();
        pct.setMaximumFractionDigits(2);
        DecimalFormat kg = new DecimalFormat("#,##0.0## kg");
        DecimalFormat sci = new DecimalFormat("0.0000E0");
        BigDecimal total = BigDecimal.ZERO;
        double totalWeight = 0;
        for (Item it : items) {
            BigDecimal line = it.price().multiply(BigDecimal.valueOf(it.qty()));
            total = total.add(line);
            totalWeight += it.weight() * it.qty();
            System.out.println(MessageFormat.format("{0} x{1} @ {2} = {3}; {4}", it.name(), qty.format(it.qty()), money.format(it.price()), money.format(line), kg.format(it.weight())));
        }
        System.out.println("total " + money.format(total) + " weight " + kg.format(totalWeight) + " sci " + sci.format(total) + " " + sci.format(totalWeight));
        BigDecimal discount = total.multiply(new BigDecimal("0.075")).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println("discount " + money.format(discount.negate()) + " = " + pct.format(discount.doubleValue() / total.doubleValue()) + " net " + money.format(total.subtract(discount)));
        for (int k = 0; k < 8; k++) {
            Item it = items.get(k);
            String s = money.format(it.price().negate());
            Number back = money.parse(s);
            System.out.println(s + " -> " + back + " " + back.getClass().getSimpleName() + " " + (BigDecimal.valueOf(back.doubleValue()).compareTo(it.price().negate()) == 0));
        }
        double[] shares = new double[6];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) sum += shares[i] = r.nextDouble();
        for (int i = 0; i < shares.length; i++) System.out.println(names[i] + " " + pct.format(shares[i] / sum) + " " + new DecimalFormat("000.000").format(shares[i] * 100));
    }
}
