package java.time;

import java.time.zone.ZoneRulesException;

/**
 * A time-zone ID. Only fixed offsets are supported: ZoneOffset itself and the
 * regions "UTC", "GMT", "UT", "Z" and those names followed by an offset.
 */
public abstract class ZoneId implements java.io.Serializable {
    ZoneId() {}

    public static ZoneId systemDefault() {
        return ZoneRegion.UTC_REGION;
    }

    public static ZoneId of(String zoneId) {
        if (zoneId == null) throw new NullPointerException("zoneId");
        if (zoneId.length() <= 1 || zoneId.startsWith("+") || zoneId.startsWith("-")) return ZoneOffset.of(zoneId);
        for (String prefix : new String[] {"UTC", "GMT", "UT"}) {
            if (zoneId.startsWith(prefix)) {
                if (zoneId.length() == prefix.length()) return new ZoneRegion(zoneId, 0);
                char c = zoneId.charAt(prefix.length());
                if (c == '+' || c == '-') {
                    ZoneOffset off;
                    try {
                        off = ZoneOffset.of(zoneId.substring(prefix.length()));
                    } catch (DateTimeException e) {
                        throw new DateTimeException("Invalid ID for offset-based ZoneId: " + zoneId, e);
                    }
                    if (off.getTotalSeconds() == 0) return new ZoneRegion(prefix, 0);
                    return new ZoneRegion(prefix + off.getId(), off.getTotalSeconds());
                }
            }
        }
        if (zoneId.equals("Etc/UTC") || zoneId.equals("Etc/GMT") || zoneId.equals("Etc/UCT") || zoneId.equals("UCT")
                || zoneId.equals("Zulu") || zoneId.equals("Universal") || zoneId.equals("Etc/Universal")
                || zoneId.equals("Etc/Zulu") || zoneId.equals("Greenwich") || zoneId.equals("Etc/Greenwich")
                || zoneId.equals("Etc/GMT0") || zoneId.equals("GMT0")) {
            return new ZoneRegion(zoneId, 0);
        }
        for (int i = 0; i < zoneId.length(); i++) {
            char c = zoneId.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c == '/' && i != 0)
                    || (c >= '0' && c <= '9' && i != 0) || (c == '~' && i != 0) || (c == '.' && i != 0)
                    || (c == '_' && i != 0) || (c == '+' && i != 0) || (c == '-' && i != 0);
            if (!ok) throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
        }
        throw new ZoneRulesException("Unknown time-zone ID: " + zoneId);
    }

    public abstract String getId();

    /** The fixed offset of this zone, in seconds. */
    abstract int offsetSeconds();

    public ZoneId normalized() {
        return ZoneOffset.ofTotalSeconds(offsetSeconds());
    }

    public boolean equals(Object o) {
        return o instanceof ZoneId && ((ZoneId) o).getId().equals(getId());
    }

    public int hashCode() {
        return getId().hashCode();
    }

    public String toString() {
        return getId();
    }
}
