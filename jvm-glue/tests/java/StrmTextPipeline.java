import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmTextPipeline {
    record LogLine(int ts, String level, String module, String msg) {
        static LogLine parse(String s) {
            String[] p = s.split(" ", 4);
            return new LogLine(Integer.parseInt(p[0]), p[1], p[2], p[3]);
        }
    }

    public static void main(String[] args) {
        String log = """
                100 INFO net link up
                105 WARN disk slow write 120ms
                110 INFO net dhcp lease 10.0.0.7
                111 ERROR fs mount failed: no such device
                115 INFO sched 4 threads
                120 WARN net retransmit 3
                121 ERROR net timeout after 5s
                130 INFO fs mounted /data
                140 DEBUG sched tick
                150 WARN disk slow write 300ms
                """;
        List<LogLine> lines = log.lines().filter(l -> !l.isBlank()).map(LogLine::parse).toList();
        System.out.println(lines.size() + " lines, span " + (lines.get(lines.size() - 1).ts() - lines.get(0).ts()));
        Map<String, Long> byLevel = lines.stream().collect(Collectors.groupingBy(LogLine::level, TreeMap::new, Collectors.counting()));
        System.out.println(byLevel);
        Map<String, List<Integer>> errTimes = lines.stream().filter(l -> !l.level().equals("INFO"))
                .collect(Collectors.groupingBy(LogLine::module, TreeMap::new, Collectors.mapping(LogLine::ts, Collectors.toList())));
        System.out.println(errTimes);
        System.out.println(lines.stream().filter(l -> l.level().equals("ERROR")).map(l -> l.module() + ": " + l.msg()).collect(Collectors.joining("; ", "errors[", "]")));
        IntSummaryStatistics gaps = IntStream.range(1, lines.size()).map(i -> lines.get(i).ts() - lines.get(i - 1).ts()).summaryStatistics();
        System.out.println(gaps);
        Function<String, Integer> ms = m -> Integer.parseInt(m.replaceAll("[^0-9]", ""));
        System.out.println(lines.stream().filter(l -> l.msg().endsWith("ms")).map(LogLine::msg).map(ms).reduce(0, Integer::sum));
        System.out.println(lines.stream().map(LogLine::msg).flatMap(m -> Arrays.stream(m.split(" "))).filter(w -> w.matches("[a-z]+")).distinct().sorted().limit(8).toList());
        System.out.println(lines.stream().collect(Collectors.partitioningBy(l -> l.ts() < 120, Collectors.mapping(LogLine::level, Collectors.toSet()))).get(true).size());
        Optional<LogLine> firstWarnAfterError = lines.stream().dropWhile(l -> !l.level().equals("ERROR")).filter(l -> l.level().equals("WARN")).findFirst();
        System.out.println(firstWarnAfterError.map(LogLine::toString).orElse("none"));
        System.out.printf("%-6s|%5s|%s%n", "LEVEL", "COUNT", "BAR");
        byLevel.forEach((k, v) -> System.out.printf("%-6s|%5d|%s%n", k, v, "#".repeat(v.intValue() * 3)));
    }
}
