import java.util.*;
import java.util.stream.*;

public class StrmArrays {
    public static void main(String[] args) {
        int[] ia = {5, 3, 9, 1, 7, 3};
        long[] la = {5L << 33, -2, 7};
        double[] da = {2.5, -1.5, 0.25, 8};
        String[] sa = {"pear", "apple", "fig"};
        System.out.println(Arrays.stream(ia).sum() + " " + Arrays.stream(ia, 1, 4).boxed().toList() + " " + Arrays.stream(ia).sorted().boxed().toList());
        System.out.println(Arrays.stream(la).max().getAsLong() + " " + Arrays.stream(la, 1, 3).sum() + " " + Arrays.toString(Arrays.stream(la).map(x -> x / 2).toArray()));
        System.out.println(Arrays.stream(da).sum() + " " + Arrays.stream(da, 0, 2).average() + " " + Arrays.toString(Arrays.stream(da).sorted().toArray()));
        System.out.println(Arrays.stream(sa).sorted().toList() + " " + Arrays.stream(sa, 1, 3).map(String::length).toList());
        System.out.println(Arrays.toString(Arrays.stream(sa).map(String::toUpperCase).toArray(String[]::new)));
        int[] squares = IntStream.rangeClosed(1, 8).map(i -> i * i).toArray();
        System.out.println(Arrays.toString(squares) + " " + squares.length);
        Integer[] boxed = IntStream.of(ia).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        int[][] grid = IntStream.range(0, 3).mapToObj(r -> IntStream.range(0, 4).map(c -> r * 4 + c).toArray()).toArray(int[][]::new);
        System.out.println(Arrays.deepToString(grid));
        int[][] transposed = IntStream.range(0, 4).mapToObj(c -> Arrays.stream(grid).mapToInt(row -> row[c]).toArray()).toArray(int[][]::new);
        System.out.println(Arrays.deepToString(transposed));
        System.out.println(Arrays.stream(grid).map(row -> Arrays.stream(row).mapToObj(String::valueOf).collect(Collectors.joining(" "))).collect(Collectors.joining(" / ")));
        System.out.println(Arrays.toString(Stream.of(1, 2, 3).toArray()) + " " + Stream.of().toArray().length + " " + IntStream.empty().toArray().length);
        System.out.println(Arrays.toString(LongStream.range(0, 5).toArray()) + Arrays.toString(DoubleStream.of(1, 2).map(x -> x / 4).toArray()));
        System.out.println(Arrays.asList(3, 1, 2).stream().sorted().toList() + " " + Arrays.stream(new Object[0]).count());
        char[] cs = "hello".toCharArray();
        System.out.println(IntStream.range(0, cs.length).mapToObj(i -> cs[cs.length - 1 - i]).map(String::valueOf).collect(Collectors.joining()));
        try {
            Arrays.stream(ia, 4, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            Arrays.stream(sa, 0, 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
