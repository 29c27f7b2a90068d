import java.util.*;
import java.util.stream.*;

public class StrmGroupingReport {
    record Emp(String name, String dept, String title, int salary, int year) {}

    public static void main(String[] args) {
        List<Emp> emps = List.of(
                new Emp("Ada", "Eng", "Lead", 180, 2015), new Emp("Ben", "Eng", "Dev", 120, 2019), new Emp("Cy", "Eng", "Dev", 125, 2020),
                new Emp("Dot", "Ops", "SRE", 130, 2018), new Emp("Eli", "Ops", "SRE", 128, 2021), new Emp("Flo", "Sales", "Rep", 90, 2017),
                new Emp("Gil", "Sales", "Rep", 95, 2016), new Emp("Hal", "Sales", "Lead", 140, 2012), new Emp("Ivy", "HR", "Partner", 100, 2019),
                new Emp("Jo", "Eng", "Dev", 118, 2022), new Emp("Kai", "Ops", "Lead", 150, 2014));
        Map<String, Double> avg = emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.averagingInt(Emp::salary)));
        avg.forEach((d, a) -> System.out.printf("%-6s avg %8.2f%n", d, a));
        Map<String, Optional<Emp>> top = emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Emp::salary))));
        top.forEach((d, e) -> System.out.println(d + " top " + e.map(Emp::name).orElse("-")));
        Map<String, Map<String, List<String>>> nested = emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new,
                Collectors.groupingBy(Emp::title, TreeMap::new, Collectors.mapping(Emp::name, Collectors.toList()))));
        System.out.println(nested);
        Map<String, IntSummaryStatistics> stats = emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.summarizingInt(Emp::salary)));
        stats.forEach((d, s) -> System.out.println(d + " " + s));
        System.out.println(emps.stream().collect(Collectors.groupingBy(Emp::dept, Collectors.summingInt(Emp::salary))));
        Map<Integer, String> byYear = emps.stream().collect(Collectors.groupingBy(e -> e.year() / 5 * 5, TreeMap::new, Collectors.mapping(Emp::name, Collectors.joining("/"))));
        System.out.println(byYear);
        Map<String, Integer> maxByDept = emps.stream().collect(Collectors.toMap(Emp::dept, Emp::salary, Math::max, TreeMap::new));
        System.out.println(maxByDept);
        System.out.println(emps.stream().collect(Collectors.groupingBy(Emp::dept, Collectors.collectingAndThen(Collectors.toList(), List::size))));
        System.out.println(emps.stream().sorted(Comparator.comparing(Emp::dept).thenComparing(Emp::salary, Comparator.reverseOrder())).map(e -> e.dept() + ":" + e.name()).toList());
        String span = emps.stream().collect(Collectors.teeing(Collectors.minBy(Comparator.comparingInt(Emp::year)), Collectors.maxBy(Comparator.comparingInt(Emp::year)),
                (a, b) -> a.get().name() + ".." + b.get().name()));
        System.out.println(span);
        int total = emps.stream().mapToInt(Emp::salary).sum();
        emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.summingInt(Emp::salary)))
                .forEach((d, s) -> System.out.printf("%-6s %5d %6.2f%%%n", d, s, 100.0 * s / total));
        System.out.println(emps.stream().map(Emp::name).collect(Collectors.partitioningBy(n -> n.length() == 2, Collectors.joining(","))));
    }
}
