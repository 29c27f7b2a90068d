// mote-opts: -Xmx16m
// java-opts: -Xmx16m
import java.util.ArrayList;
import java.util.List;

public class OutOfMemory {
    public static void main(String[] args) {
        List<long[]> hog = new ArrayList<>();
        try {
            while (true) hog.add(new long[100000]);
        } catch (OutOfMemoryError e) {
            int n = hog.size();
            hog = null;
            System.out.println("OOM caught: " + e.getMessage() + ", allocated many: " + (n > 5));
        }
        try {
            int[][] grid = new int[50000][50000];
            System.out.println("allocated " + grid.length);
        } catch (OutOfMemoryError e) {
            System.out.println("multi-dim OOM: " + e.getMessage());
        }
        try {
            long[] huge = new long[500_000_000];
            System.out.println("allocated " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge array OOM: " + e.getMessage());
        }
        List<int[]> again = new ArrayList<>();
        for (int i = 0; i < 100; i++) again.add(new int[1000]);
        System.out.println("recovered " + again.size());
    }
}
