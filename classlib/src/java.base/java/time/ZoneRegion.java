package java.time;

/** A named zone with a fixed offset ("UTC", "GMT+02:00", ...). */
final class ZoneRegion extends ZoneId {
    static final ZoneRegion UTC_REGION = new ZoneRegion("Etc/UTC", 0); // the system zone: Mote has no zone database

    private final String id;
    private final int offset;

    ZoneRegion(String id, int offset) {
        this.id = id;
        this.offset = offset;
    }

    public String getId() {
        return id;
    }

    int offsetSeconds() {
        return offset;
    }
}
