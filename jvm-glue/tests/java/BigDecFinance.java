import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

public class BigDecFinance {
    public static void main(String[] args) {
        // amortization schedule
        BigDecimal principal = new BigDecimal("250000.00");
        BigDecimal annualRate = new BigDecimal("0.0425");
        int months = 360;
        BigDecimal r = annualRate.divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
        BigDecimal onePlusRpowN = BigDecimal.ONE.add(r).pow(months, MathContext.DECIMAL128);
        BigDecimal payment = principal.multiply(r).multiply(onePlusRpowN).divide(onePlusRpowN.subtract(BigDecimal.ONE), 2, RoundingMode.HALF_EVEN);
        System.out.println("payment " + payment + " r " + r + " pow " + onePlusRpowN.round(new MathContext(20)));
        BigDecimal balance = principal, totalInterest = BigDecimal.ZERO;
        for (int m = 1; m <= months; m++) {
            BigDecimal interest = balance.multiply(r).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal princ = payment.subtract(interest);
            if (m == months) princ = balance;
            balance = balance.subtract(princ);
            totalInterest = totalInterest.add(interest);
            if (m <= 3 || m % 60 == 0 || m == months) System.out.println(m + " interest " + interest + " principal " + princ + " balance " + balance);
        }
        System.out.println("total interest " + totalInterest + " " + totalInterest.toEngineeringString() + " " + totalInterest.precision());
        // compound growth with several rounding modes
        for (RoundingMode rm : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.CEILING}) {
            BigDecimal acc = new BigDecimal("1000");
            for (int y = 0; y < 30; y++) acc = acc.multiply(new BigDecimal("1.037")).setScale(2, rm);
            System.out.println(rm + " " + acc);
        }
        // splitting a bill
        BigDecimal bill = new BigDecimal("100.00");
        for (int n = 1; n <= 9; n++) {
            BigDecimal share = bill.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
            BigDecimal rest = bill.subtract(share.multiply(BigDecimal.valueOf(n)));
            System.out.println(n + " share " + share + " remainder " + rest + " " + bill.divideAndRemainder(BigDecimal.valueOf(n))[1]);
        }
        // sums of values that are inexact in binary
        BigDecimal sum = BigDecimal.ZERO;
        double dsum = 0;
        for (int i = 0; i < 1000; i++) {
            sum = sum.add(new BigDecimal("0.1"));
            dsum += 0.1;
        }
        System.out.println(sum + " " + dsum + " " + BigDecimal.valueOf(dsum) + " " + new BigDecimal(dsum).setScale(20, RoundingMode.HALF_UP));
        // collections: equals vs compareTo
        List<BigDecimal> list = new ArrayList<>();
        String[] vals = {"2.0", "2.00", "2", "-1.5", "10", "1E+1", "0.000", "0", "3.14159", "-0.001", "100.10", "1E-5"};
        for (String v : vals) list.add(new BigDecimal(v));
        Set<BigDecimal> hash = new HashSet<>(list);
        TreeMap<BigDecimal, Integer> tree = new TreeMap<>();
        for (BigDecimal b : list) tree.put(b, tree.size());
        Set<BigDecimal> stripped = new HashSet<>();
        for (BigDecimal b : list) stripped.add(b.stripTrailingZeros());
        System.out.println(hash.size() + " " + tree + " " + stripped.size());
        Collections.sort(list);
        System.out.println(list);
        list.sort(Collections.reverseOrder());
        System.out.println(list);
        BigDecimal max = Collections.max(list), min = Collections.min(list);
        System.out.println(max + " " + min + " " + max.add(min) + " " + max.max(new BigDecimal("10.0")) + " " + max.min(new BigDecimal("10.0")));
        // percentages and tax
        BigDecimal[] prices = {new BigDecimal("19.99"), new BigDecimal("5.25"), new BigDecimal("0.99"), new BigDecimal("1234.56")};
        BigDecimal tax = new BigDecimal("8.875");
        for (BigDecimal p : prices) {
            BigDecimal t = p.multiply(tax).movePointLeft(2);
            System.out.println(p + " tax " + t + " -> " + t.setScale(2, RoundingMode.HALF_UP) + " total " + p.add(t).setScale(2, RoundingMode.HALF_UP) + " plain " + t.toPlainString() + " ulp " + t.ulp());
        }
    }
}
