package org.civicbot.bot.location;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.PointSource;

/**
 * The best location's columns, named alike on {@code message} and {@code case}: {@code location_kind},
 * {@code location_text}, {@code location_normalized}, {@code location_lat}, {@code location_lon},
 * {@code location_precision_m}, {@code location_source}.
 */
public final class LocationColumns {

    private static final List<String> PARAMETERS = List.of("locationKind", "locationText", "locationNormalized",
            "locationLat", "locationLon", "locationPrecision", "locationSource");

    private LocationColumns() {
    }

    /** The named parameters {@code :locationKind} … {@code :locationSource}; all null for no location. */
    public static Map<String, Object> params(StoredLocation location) {
        List<Object> values = location == null ? Collections.nCopies(PARAMETERS.size(), null)
                : Arrays.asList(location.kind().name(), location.text(), location.normalized(), location.lat(),
                        location.lon(), location.precisionMeters(),
                        location.source() == null ? null : location.source().name());
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < PARAMETERS.size(); i++) {
            params.put(PARAMETERS.get(i), values.get(i));
        }
        return params;
    }

    /** The location in the current row, or null when it has none. */
    public static StoredLocation read(ResultSet rs) throws SQLException {
        String kind = rs.getString("location_kind");
        if (kind == null) {
            return null;
        }
        String source = rs.getString("location_source");
        return new StoredLocation(LocationKind.valueOf(kind), rs.getString("location_text"), null, null,
                rs.getString("location_normalized"), rs.getObject("location_lat", Double.class),
                rs.getObject("location_lon", Double.class), rs.getObject("location_precision_m", Integer.class),
                source == null ? null : PointSource.valueOf(source), null);
    }
}
