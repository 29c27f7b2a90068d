import java.util.*;
import java.util.stream.*;

public class FmtUuidMany {
    public static void main(String[] args) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "name-" + i + "-" + "x".repeat(i * 3);
            UUID u = UUID.nameUUIDFromBytes(name.getBytes());
            ids.add(u);
            if (i % 4 == 0) System.out.println(u + " " + u.version() + " " + u.variant() + " " + u.hashCode() + " " + UUID.fromString(u.toString()).equals(u));
        }
        byte[] big = new byte[1000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 7);
        System.out.println(UUID.nameUUIDFromBytes(big) + " " + UUID.nameUUIDFromBytes(new byte[55]) + " " + UUID.nameUUIDFromBytes(new byte[56]) + " " + UUID.nameUUIDFromBytes(new byte[64]));
        Collections.sort(ids);
        System.out.println(ids.stream().limit(5).toList());
        System.out.println(ids.stream().map(UUID::getMostSignificantBits).sorted().limit(3).toList());
        UUID v1 = UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        System.out.println(v1.version() + " " + v1.variant() + " " + v1.timestamp() + " " + v1.clockSequence() + " " + v1.node());
        UUID r = UUID.randomUUID();
        System.out.println(r.version() + " " + r.variant() + " " + r.toString().length() + " " + r.equals(UUID.fromString(r.toString())));
        System.out.println(new UUID(0x123456789abcdefL, -2L) + " " + new UUID(0, 0).variant() + " " + new UUID(0, 0xC000000000000000L).variant() + " " + new UUID(0, 0xE000000000000000L).variant());
        System.out.println(UUID.fromString("0-0-0-0-0") + " " + UUID.fromString("ABCDEF01-2345-6789-ABCD-EF0123456789"));
        for (String bad : new String[] {"", "x", "1-2-3-4", "g-1-1-1-1", "1-1-1-1-", "00000000-0000-0000-0000-0000000000000"}) {
            try {
                UUID.fromString(bad);
                System.out.println("ok " + bad);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        System.out.println(ids.stream().map(UUID::toString).map(s -> s.substring(0, 8)).collect(Collectors.joining(",")).hashCode());
    }
}
