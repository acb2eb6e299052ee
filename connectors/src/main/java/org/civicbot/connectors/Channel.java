package org.civicbot.connectors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A way citizens reach the municipality. The id is what appears in URLs and in the database. */
public enum Channel {
    SIMULATOR("simulator"),
    FACEBOOK("facebook"),
    TWITTER("twitter"),
    SMS("sms"),
    TELEGRAM("telegram"),
    /** Service requests posted through the Open311 GeoReport v2 API by fault-report apps. */
    OPEN311("open311");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The channel with this id (case-insensitive), or empty for an unknown name. */
    public static Optional<Channel> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }
}
