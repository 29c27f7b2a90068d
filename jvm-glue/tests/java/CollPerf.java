import java.util.*;

public class CollPerf {
    public static void main(String[] args) {
        Random r = new Random(1);
        ArrayList<Integer> al = new ArrayList<>();
        for (int i = 0; i < 12000; i++) al.add(r.nextInt());
        Collections.sort(al);
        System.out.println(al.get(0) + " " + al.get(6000) + " " + al.get(11999));
        HashMap<Integer, Integer> hm = new HashMap<>();
        for (int i = 0; i < 12000; i++) hm.merge(r.nextInt(20000), 1, Integer::sum);
        long s = 0;
        for (Map.Entry<Integer, Integer> e : hm.entrySet()) s = s * 31 + e.getKey() * 7 + e.getValue();
        System.out.println(hm.size() + " " + s);
        TreeMap<String, Integer> tm = new TreeMap<>();
        for (int i = 0; i < 6000; i++) tm.put(Integer.toString(r.nextInt(26000), 36), i);
        System.out.println(tm.size() + " " + tm.firstKey() + " " + tm.lastKey() + " " + tm.ceilingKey("m"));
        int[] ia = new int[25000];
        for (int i = 0; i < ia.length; i++) ia[i] = r.nextInt();
        Arrays.sort(ia);
        System.out.println(ia[0] + " " + ia[24999]);
        PriorityQueue<Long> pq = new PriorityQueue<>();
        for (int i = 0; i < 6000; i++) pq.add(r.nextLong());
        long last = Long.MIN_VALUE;
        boolean ok = true;
        while (!pq.isEmpty()) {
            long v = pq.poll();
            ok &= v >= last;
            last = v;
        }
        System.out.println(ok);
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 25000; i++) {
            dq.addLast(i);
            if (i % 3 == 0) dq.pollFirst();
        }
        System.out.println(dq.size() + " " + dq.peekFirst());
        HashSet<String> hs = new HashSet<>();
        for (int i = 0; i < 6000; i++) hs.add("s" + (i * 7919 % 100003));
        System.out.println(hs.size() + " " + hs.contains("s7919"));
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 12000; i++) ll.add(i);
        Iterator<Integer> it = ll.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(ll.size());
    }
}
